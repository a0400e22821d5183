/**
 * Speaker notes laid out for a glance: a paragraph's bold lead words become a short heading, and a paragraph of
 * several sentences becomes a list with one sentence a bullet. The words are the slide's own; nothing is rewritten.
 */

/** Where one sentence ends and the next begins, inside plain text (French and English punctuation). */
const sentenceBreak = /(?<=[.!?…])(?:\u00a0»)?\s+(?=[A-ZÀ-ÖØ-Ý«“"(0-9])/u;

/** Split a paragraph's child nodes into sentences; breaks are only looked for in its own text nodes. */
export function splitSentences(nodes: readonly Node[], doc: Document): DocumentFragment[] {
  const out: DocumentFragment[] = [doc.createDocumentFragment()];
  for (const node of nodes) {
    if (node.nodeType !== Node.TEXT_NODE) {
      out[out.length - 1].append(node.cloneNode(true));
      continue;
    }
    const pieces = (node.textContent ?? '').split(sentenceBreak);
    pieces.forEach((piece, i) => {
      if (i > 0) out.push(doc.createDocumentFragment());
      if (piece) out[out.length - 1].append(doc.createTextNode(piece));
    });
  }
  return out.filter((f) => (f.textContent ?? '').trim() !== '');
}

/** The lead of a paragraph: its first child when that is a <strong> (bold lead words), else null. */
function leadOf(p: HTMLElement): HTMLElement | null {
  const first = Array.from(p.childNodes).find((n) => n.nodeType !== Node.TEXT_NODE || (n.textContent ?? '').trim() !== '');
  return first instanceof HTMLElement && first.tagName === 'STRONG' ? first : null;
}

/** Lay out one paragraph: an optional heading (its lead) and its sentences as bullets, or the paragraph unchanged. */
function layoutParagraph(p: HTMLElement, doc: Document): Node[] {
  const lead = leadOf(p);
  const rest = Array.from(p.childNodes).filter((n) => n !== lead);
  const sentences = splitSentences(rest, doc);
  if (!lead && sentences.length < 2) return [p];
  const out: Node[] = [];
  if (lead) {
    const h = doc.createElement('h3');
    h.className = 'note-lead';
    h.textContent = (lead.textContent ?? '').trim().replace(/[.:]$/, '');
    out.push(h);
  }
  if (sentences.length === 1) {
    const para = doc.createElement('p');
    para.append(sentences[0]);
    out.push(para);
  } else if (sentences.length > 1) {
    const ul = doc.createElement('ul');
    for (const s of sentences) {
      const li = doc.createElement('li');
      li.append(s);
      ul.append(li);
    }
    out.push(ul);
  }
  return out;
}

/** The notes (a copy of a slide's `aside.notes` children) laid out with headings and bullets, in document `doc`. */
export function layoutNotes(notes: Node, doc: Document): DocumentFragment {
  const out = doc.createDocumentFragment();
  const children = Array.from(notes.childNodes);
  // Notes written as plain prose (no block of their own) are laid out as one paragraph.
  if (!children.some((n) => n instanceof HTMLElement && /^(P|UL|OL|DIV|H[1-6]|TABLE|BLOCKQUOTE)$/.test(n.tagName))) {
    const p = doc.createElement('p');
    p.append(...children);
    out.append(...layoutParagraph(p, doc));
    return out;
  }
  for (const node of children) {
    if (node instanceof HTMLElement && node.tagName === 'P') out.append(...layoutParagraph(node, doc));
    else out.append(node);
  }
  return out;
}
