/** Yield to the event loop (a macrotask) so a page or worker can handle input between training steps. */

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/** Resolve on the next macrotask: setImmediate (Node/Deno), else MessageChannel (no 4 ms timer clamp), else setTimeout. */
export function yieldNow(): Promise<void> {
  const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
  if (typeof g.setImmediate === 'function') return new Promise((resolve) => g.setImmediate!(resolve));
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(0);
  });
}
