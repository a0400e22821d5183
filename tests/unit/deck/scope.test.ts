// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createScope } from '../../../src/deck/scope.ts';
import { testServices } from '../../support/services.ts';
import { collectParams, createParamStore } from '../../../src/deck/params.ts';

const params = createParamStore(
  collectParams([
    { id: 's', title: { fr: '', en: '' }, body: { fr: '', en: '' }, notes: { fr: '', en: '' }, params: [{ name: 'a', min: 0, max: 1, default: 0.5 }] },
  ]),
  '',
);
const make = () => createScope({ lang: 'en', mode: 'live', params, declared: ['a'], services: testServices() });

describe('createScope', () => {
  it('removes its listeners on dispose', () => {
    const scope = make();
    const target = new EventTarget();
    const handler = vi.fn();
    scope.listen(target, 'ping', handler);
    target.dispatchEvent(new Event('ping'));
    scope.dispose();
    target.dispatchEvent(new Event('ping'));
    expect(handler).toHaveBeenCalledTimes(1);
    expect(scope.size).toBe(0);
  });

  it('clears timers and intervals, cancels frames, terminates workers, disposes owned things in reverse order', async () => {
    vi.useFakeTimers();
    const scope = make();
    const fired = vi.fn();
    scope.timeout(fired, 10);
    scope.interval(fired, 10);
    const order: string[] = [];
    scope.own({ dispose: () => order.push('first') });
    scope.own({ destroy: () => order.push('second') });
    const worker = { terminate: vi.fn() };
    scope.worker(worker);
    scope.dispose();
    vi.advanceTimersByTime(100);
    vi.useRealTimers();
    expect(fired).not.toHaveBeenCalled();
    expect(worker.terminate).toHaveBeenCalledOnce();
    expect(order).toEqual(['second', 'first']);
    expect(scope.signal.aborted).toBe(true);
  });

  it('forgets a timeout once it has fired', () => {
    vi.useFakeTimers();
    const scope = make();
    scope.timeout(() => {}, 5);
    expect(scope.size).toBe(1);
    vi.advanceTimersByTime(10);
    vi.useRealTimers();
    expect(scope.size).toBe(0);
  });

  it('releases at once what is registered after dispose (a late await)', () => {
    const scope = make();
    scope.dispose();
    const thing = { dispose: vi.fn() };
    scope.own(thing);
    expect(thing.dispose).toHaveBeenCalledOnce();
  });

  it('rejects parameters the slide did not declare, and clamps declared ones', () => {
    const scope = make();
    expect(scope.setParam('a', 7)).toBe(1);
    expect(scope.param('a')).toBe(1);
    expect(() => scope.param('b')).toThrow(/not declared/);
  });
});
