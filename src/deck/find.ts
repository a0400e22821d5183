/** The one way a slide's live part finds an element of its body: present, or a clear error naming slide and selector. */

/**
 * The first element under `root` matching `selector`. Throws `<slide id>: missing <selector> in the slide body` when
 * there is none; the slide id is the id of the enclosing `<section>` (the deck gives each slide's section its id).
 */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  const slideId = root instanceof Element ? root.closest('section')?.id : undefined;
  throw new Error(`${slideId || 'slide'}: missing ${selector} in the slide body`);
}
