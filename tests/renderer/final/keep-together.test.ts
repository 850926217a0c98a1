// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../../renderer/final/keep-together';

/*
 * A page's content as Paged.js has laid it out, "¦" where it found the overflow (in a
 * text) or <i data-break></i> (between elements); what stays on the page after the hook.
 */

const question = (text: string, answer: string) =>
  `<div class="final-question"><p class="final-question-text">${text}</p><div><p>${answer}</p></div></div>`;

/** The page's content and Paged.js's overflow: from the marker to the end. */
function page(html: string): { rendered: Element; overflow: Range } {
  const rendered = document.createElement('div');
  rendered.innerHTML = `<article class="final-document">${html}</article>`;
  document.body.replaceChildren(rendered);
  const overflow = document.createRange();
  const marker = rendered.querySelector('[data-break]');
  if (marker) {
    overflow.setStartBefore(marker);
    marker.remove();
  } else {
    const walker = document.createTreeWalker(rendered, NodeFilter.SHOW_TEXT);
    let text: Text | null;
    while ((text = walker.nextNode() as Text | null) && !text.data.includes('¦'));
    const at = text!.data.indexOf('¦');
    text!.data = text!.data.replace('¦', '');
    overflow.setStart(text!, at);
  }
  overflow.setEndAfter(rendered.lastChild!);
  return { rendered, overflow };
}

/** What stays on the page: its text before the overflow. */
function stays(rendered: Element, overflow: Range): string {
  const before = document.createRange();
  before.setStart(rendered, 0);
  before.setEnd(overflow.startContainer, overflow.startOffset);
  return before.toString().replace(/\s+/g, ' ').trim();
}

describe('keepTogether', () => {
  it.each([
    [
      'a heading split over two lines goes over whole',
      `<section><p>Förra svaret.</p><h2>4. Tillgänglighet genom digital kommunikation och ¦transportsystemet</h2>${question('4.1 Beskriv.', 'Svaret.')}</section>`,
      'Förra svaret.',
    ],
    [
      'a question split over two lines goes over whole, with its answer',
      `<p>Förra svaret.</p>${question('2.1 Beskriv hur det strategiskt ¦viktigaste arbetet har genomförts.', 'Svaret.')}`,
      'Förra svaret.',
    ],
    [
      'a question is not left at the foot of the page without its answer',
      `<p>Förra svaret.</p>${question('2.1 Beskriv.', '¦Svaret.')}`,
      'Förra svaret.',
    ],
    [
      'nor a heading above the first question of its section (between elements)',
      `<p>Förra svaret.</p><section><h2>3. Innovation</h2><div class="final-question"><p class="final-question-text">3.1 Beskriv.</p><div><i data-break></i><p>Svaret.</p></div></div></section>`,
      'Förra svaret.',
    ],
    [
      'a group question goes over with its first part',
      `<p>Förra svaret.</p><div><p class="final-question-text">5.1 Redovisa.</p>${question('a) Prestationer.', '¦Svaret.')}</div>`,
      'Förra svaret.',
    ],
    [
      'the signature is not split',
      `<p>Sista svaret.</p><div class="final-signature"><p>Västerås 2026-02-20</p><p>¦Anna Andersson</p></div>`,
      'Sista svaret.',
    ],
  ])('%s', (_case, html, expected) => {
    const { rendered, overflow } = page(html);
    const moved = keepTogether(overflow, rendered);
    expect(moved).toBeDefined();
    expect(stays(rendered, moved!)).toBe(expected);
    // What goes over still runs to the end of the page's content.
    expect(moved!.endContainer).toBe(overflow.endContainer);
    expect(moved!.endOffset).toBe(overflow.endOffset);
  });

  it.each([
    ['an answer breaks between its lines', `${question('1.1 Beskriv.', 'Första raden och ¦andra raden.')}`],
    ['a paragraph after a paragraph', `<p>Förra stycket.</p><p>¦Nästa stycke.</p>`],
    [
      'a heading at the top of the page taller than the page still breaks',
      `<h2>En rubrik så lång att ¦den inte ryms</h2>`,
    ],
    ['a question first on the page keeps its answer’s break', `${question('2.1 Beskriv.', '¦Svaret.')}`],
  ])('leaves the break where Paged.js put it: %s', (_case, html) => {
    const { rendered, overflow } = page(html);
    expect(keepTogether(overflow, rendered)).toBeUndefined();
  });

  it('leaves no overflow alone', () => {
    expect(keepTogether(undefined, document.createElement('div'))).toBeUndefined();
  });
});
