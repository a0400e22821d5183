/**
 * The dashboard's controls wired to the training session: each input calls one session method, and the value the
 * session accepts is written back to the slide's URL parameters (`lr`, `beta`, `seed`) so a link reproduces the run.
 */
import type { Scope } from '../deck/types.ts';
import type { TrainingSession } from '../live/trainingSession.ts';
import { BETA_PARAM, LR_PARAM, SEED_PARAM } from '../live/trainingParams.ts';

/** Steps run by the "+10" button. */
export const STEP_BUTTON_STEPS = 10;

/** The first element matching `sel` under `root` (throws when the slide body lacks it). */
export function find<E extends Element = HTMLElement>(root: ParentNode, sel: string): E {
  const found = root.querySelector<E>(sel);
  if (!found) throw new Error(`training dashboard: missing ${sel}`);
  return found;
}

/** Wire the controls (live mode only: elsewhere they are disabled). */
export function bindControls(root: HTMLElement, scope: Scope, session: TrainingSession): void {
  const L = scope.listen.bind(scope);
  const input = (sel: string) => find<HTMLInputElement>(root, sel);
  L(find(root, '.tr-play'), 'click', () => {
    if (session.view.state === 'running') void session.pause();
    else session.play();
  });
  L(find(root, '.tr-step'), 'click', () => void session.step(STEP_BUTTON_STEPS));
  L(find(root, '.tr-reset'), 'click', () => {
    scope.setParam(SEED_PARAM.name, session.setSeed(Number(input('.tr-seed').value)));
    void session.reset();
  });
  L(input('.tr-lr'), 'input', () => {
    scope.setParam(LR_PARAM.name, session.setLearningRate(10 ** Number(input('.tr-lr').value)));
  });
  L(input('.tr-beta'), 'input', () => {
    scope.setParam(BETA_PARAM.name, session.setBeta(Number(input('.tr-beta').value)));
  });
  L(input('.tr-seed'), 'change', () => {
    scope.setParam(SEED_PARAM.name, session.setSeed(Number(input('.tr-seed').value)));
  });
  L(input('.tr-pretrained'), 'change', () => {
    session.usePretrained(input('.tr-pretrained').checked).catch(() => {}); // a failed start shows in the view
  });
}

/** Give the session the settings of the slide's URL parameters (the same as its own after the first visit). */
export function adoptUrlSettings(scope: Scope, session: TrainingSession): void {
  scope.setParam(LR_PARAM.name, session.setLearningRate(scope.param(LR_PARAM.name)));
  scope.setParam(BETA_PARAM.name, session.setBeta(scope.param(BETA_PARAM.name)));
  scope.setParam(SEED_PARAM.name, session.setSeed(scope.param(SEED_PARAM.name)));
}
