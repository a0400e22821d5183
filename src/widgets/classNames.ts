/** The names of the ten classes of the slide's data set, in the slide's language (digits for MNIST). */
import type { Scope } from '../deck/types.ts';

/** Class names 0–9 of `scope.services.dataset`, for legends and labels. */
export function classNamesOf(scope: Pick<Scope, 'services' | 't'>): string[] {
  return scope.services.dataset.classNames.map((name) => scope.t(name));
}
