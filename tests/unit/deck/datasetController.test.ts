// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DatasetController, datasetFromSearch, queryWithDataset, rejectedDatasetNotice, switchedDatasetNotice } from '../../../src/deck/datasetController.ts';
import { createDatasetButton, NOTICE_MS } from '../../../src/deck/datasetButton.ts';
import { DATASETS } from '../../../src/data/datasets.ts';
import { showDatasetNote, DRAWING_PAD_NOTE } from '../../../src/widgets/datasetNote.ts';
import { classNamesOf } from '../../../src/widgets/classNames.ts';
import { testServices } from '../../support/services.ts';

describe('datasetFromSearch', () => {
  it('reads ?data=fashion, defaults to MNIST and reports a value that names no data set', () => {
    expect(datasetFromSearch('?data=fashion')).toEqual({ id: 'fashion', rejected: null });
    expect(datasetFromSearch('?lang=en&data=FASHION')).toEqual({ id: 'fashion', rejected: null });
    expect(datasetFromSearch('')).toEqual({ id: 'mnist', rejected: null });
    expect(datasetFromSearch('?data=')).toEqual({ id: 'mnist', rejected: null });
    expect(datasetFromSearch('?data=celeba')).toEqual({ id: 'mnist', rejected: 'celeba' });
    expect(datasetFromSearch('?data=%3Cscript%3E')).toEqual({ id: 'mnist', rejected: '<script>' });
  });
});

describe('queryWithDataset', () => {
  it('sets data for Fashion-MNIST, removes it for MNIST and keeps the other keys', () => {
    expect(queryWithDataset('?lang=en', 'fashion')).toBe('?lang=en&data=fashion');
    expect(queryWithDataset('?data=fashion&lang=en', 'mnist')).toBe('?lang=en');
    expect(queryWithDataset('?data=fashion', 'mnist')).toBe('');
  });
});

describe('notices', () => {
  it('name the rejected value (shortened) with French spacing, and say when a live run was reset', () => {
    const n = rejectedDatasetNotice('celeba');
    expect(n.fr).toContain('«\u00a0celeba\u00a0»');
    expect(n.fr).toContain('\u00a0: la présentation utilise MNIST');
    expect(n.en).toContain('the deck uses MNIST');
    expect(rejectedDatasetNotice('x'.repeat(100)).en).toContain(`${'x'.repeat(40)}…`);
    expect(switchedDatasetNotice(DATASETS.fashion, true).fr).toMatch(/remis à zéro/);
    expect(switchedDatasetNotice(DATASETS.fashion, false).en).not.toMatch(/reset/);
  });
});

describe('DatasetController', () => {
  it('starts from the URL and switches once', () => {
    const c = new DatasetController('?data=fashion');
    expect(c.dataset.id).toBe('fashion');
    expect(c.rejected).toBeNull();
    expect(c.set('fashion')).toBe(false);
    expect(c.set('mnist')).toBe(true);
    expect(c.dataset).toBe(DATASETS.mnist);
    expect(new DatasetController('?data=1').rejected).toBe('1');
  });
});

describe('createDatasetButton', () => {
  it('labels the data set in force, names the switch in its accessible name and shows notices in the language', () => {
    document.body.innerHTML = '';
    let clicks = 0;
    const b = createDatasetButton(document.body, () => clicks++);
    b.update(DATASETS.fashion, DATASETS.mnist, 'fr');
    const button = document.querySelector<HTMLButtonElement>('.data-toggle')!;
    expect(button.textContent).toBe('Données\u00a0: Fashion-MNIST');
    expect(button.dataset.dataset).toBe('fashion');
    expect(button.getAttribute('aria-label')).toMatch(/^Données\u00a0: Fashion-MNIST — passer à MNIST/);
    button.click();
    expect(clicks).toBe(1);
    const notice = document.querySelector<HTMLElement>('.data-notice')!;
    expect(notice.hidden).toBe(true);
    b.notify({ fr: 'bonjour', en: 'hello' }, 'fr');
    expect(notice.hidden).toBe(false);
    b.update(DATASETS.fashion, DATASETS.mnist, 'en');
    expect(notice.textContent).toContain('hello');
    document.querySelector<HTMLButtonElement>('.data-notice-close')!.click();
    expect(notice.hidden).toBe(true);
  });

  it('hides a notice by itself after NOTICE_MS', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '';
      const b = createDatasetButton(document.body, () => {});
      b.notify({ fr: 'a', en: 'a' }, 'fr');
      const notice = document.querySelector<HTMLElement>('.data-notice')!;
      vi.advanceTimersByTime(NOTICE_MS - 1);
      expect(notice.hidden).toBe(false);
      vi.advanceTimersByTime(1);
      expect(notice.hidden).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('showDatasetNote and classNamesOf', () => {
  const scopeFor = (id: 'mnist' | 'fashion', lang: 'fr' | 'en') => ({
    services: testServices({ dataset: DATASETS[id] }),
    t: (s: { fr: string; en: string }) => s[lang],
  });

  it('adds nothing for MNIST and one line for Fashion-MNIST, replaced on a second call', () => {
    document.body.innerHTML = '<section><div class="slide-content"></div></section>';
    const content = document.querySelector<HTMLElement>('.slide-content')!;
    showDatasetNote(content, scopeFor('mnist', 'fr'));
    expect(document.querySelector('.dataset-note')).toBeNull();
    showDatasetNote(content, scopeFor('fashion', 'fr'));
    showDatasetNote(content, scopeFor('fashion', 'fr'), DRAWING_PAD_NOTE);
    const notes = document.querySelectorAll<HTMLElement>('.dataset-note');
    expect(notes).toHaveLength(1);
    expect(notes[0].dataset.dataset).toBe('fashion');
    expect(notes[0].textContent).toContain('Fashion-MNIST');
    expect(notes[0].textContent).toContain('bloc à dessin');
  });

  it('gives the class names of the data set in the language (digits for MNIST)', () => {
    expect(classNamesOf(scopeFor('fashion', 'fr')).slice(0, 3)).toEqual(['T-shirt/haut', 'Pantalon', 'Pull']);
    expect(classNamesOf(scopeFor('fashion', 'en'))[9]).toBe('Ankle boot');
    expect(classNamesOf(scopeFor('mnist', 'en'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});
