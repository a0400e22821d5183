/**
 * The drawing pad on vae-uses-live: the class draws, the drawing gets its own bar « votre dessin » among the
 * anomaly scores (the same score: −log p(x | z = μ(x)) in nats, on the same log scale and against the same threshold).
 */
import type { Scope } from '../src/deck/types.ts';
import { find } from '../src/deck/find.ts';
import type { LatentModel } from '../src/model/pretrained.ts';
import { CompactPad, type PadReading } from '../src/widgets/compactPad.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import { DigitGrid } from '../src/charts/digitGrid.ts';

/** Where the drawing's bar goes: the bars' host, the log-scale position of a score, and the flagging threshold. */
export interface AnomalyBars {
  bars: HTMLElement;
  at: (score: number) => string;
  threshold: number;
}

/** Mount the pad in `.ul-pad` and its bar (before the axis row) in the bars; returns the pad. */
export function mountAnomalyPad(el: HTMLElement, scope: Scope, model: LatentModel, scale: AnomalyBars): CompactPad {
  const row = document.createElement('div');
  row.className = 'ul-bar-row ul-pad-row';
  row.innerHTML = `<span class="ul-thumb"></span><span class="ul-label">${scope.t({ fr: 'votre dessin', en: 'your drawing' })}</span>
<span class="ul-track"><span class="ul-fill" style="width:0"></span></span>
<span class="shown-value ul-score" data-pad-score="">—</span>`;
  scale.bars.insertBefore(row, scale.bars.querySelector('.ul-axis'));
  const thumb = scope.own(new DigitGrid(find(row, '.ul-thumb'), { cols: 1, cellSize: 44, gap: 0, ariaLabel: scope.t({ fr: 'votre dessin (28×28)', en: 'your drawing (28×28)' }) }));
  const fill = find(row, '.ul-fill');
  const score = find(row, '.ul-score');
  const show = ({ pre, vae }: PadReading): void => {
    thumb.update(pre.status === 'empty' ? new Float32Array(0) : pre.image);
    const s = vae?.recon ?? null;
    const flagged = s !== null && s > scale.threshold;
    row.classList.toggle('flagged', flagged);
    row.dataset.flagged = String(flagged);
    fill.style.width = s === null ? '0' : scale.at(s);
    if (s === null) {
      score.dataset.value = '';
      score.dataset.padScore = '';
      score.textContent = '—';
    } else {
      setShownValue(score, s, scope.lang, 0);
      score.dataset.padScore = String(s);
    }
  };
  return new CompactPad(find(el, '.ul-pad'), scope, { size: 132, vae: model, onRead: show, seenSize: 0 });
}
