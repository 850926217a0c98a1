/*
 * Where a page of the final document may end. Paged.js ends a page where its content
 * overflows, even in the middle of a heading ("4. Tillgänglighet genom digital
 * kommunikation och" at the foot of one page, "transportsystemet" on the next), and it
 * leaves a heading or a question alone at the foot of a page with its answer on the
 * next. It reads neither `break-inside` nor `break-after` from the app's stylesheet.
 *
 * This runs on each overflow Paged.js finds (its `onOverflow` hook) and moves the start
 * of what goes to the next page: first before a block kept whole (a heading, a question,
 * the signature) that the break would split, then, while what goes over begins with the
 * first thing of its block, before a heading or question just above it, so that they go
 * over with their answer. A move that would leave the page empty is not made: a block
 * taller than a page still has to break somewhere.
 */

/** Blocks never split across two pages. */
const KEEP_WHOLE = 'h1, h2, h3, .final-question-text, .final-signature';
/** Blocks never left at the foot of a page without what follows them. */
const KEEP_WITH_NEXT = 'h1, h2, h3, .final-question-text';

/** Whether a range holds anything a reader would see (text, an image, a table). */
function hasContent(range: Range): boolean {
  return range.toString().trim() !== '' || range.cloneContents().querySelector('img, table, svg, hr') !== null;
}

/** Whether `element` shows anything before the start of `range`. */
function contentBefore(element: Node, range: Range): boolean {
  const before = element.ownerDocument!.createRange();
  before.setStart(element, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return hasContent(before);
}

/** The element at the start of `range`, or the element its text is in. */
function elementAtStart(range: Range): Element | null {
  const { startContainer: container, startOffset: offset } = range;
  if (container.nodeType !== Node.ELEMENT_NODE) return container.parentElement;
  const child = container.childNodes[offset];
  return child?.nodeType === Node.ELEMENT_NODE ? (child as Element) : (child?.parentElement ?? (container as Element));
}

/** The outermost element in `rendered` that begins where `range` starts, or null when the range starts inside a block's text. */
function blockStartingAt(range: Range, rendered: Element): Element | null {
  let block = elementAtStart(range);
  if (!block || block === rendered || !rendered.contains(block) || contentBefore(block, range)) return null;
  while (block.parentElement && block.parentElement !== rendered && !contentBefore(block.parentElement, range))
    block = block.parentElement;
  return block;
}

/** The overflow moved to keep headings, questions and the signature whole and with what follows them; undefined to keep Paged.js's own. */
export function keepTogether(overflow: Range | undefined, rendered: Element): Range | undefined {
  if (!overflow) return undefined;
  const range = overflow.cloneRange();
  // Moves the start before `element` if the page keeps something; says whether it moved.
  const moveBefore = (element: Element): boolean => {
    const trial = range.cloneRange();
    trial.setStartBefore(element);
    if (!contentBefore(rendered, trial)) return false;
    range.setStartBefore(element);
    return true;
  };
  let moved = false;
  const whole = elementAtStart(range)?.closest(KEEP_WHOLE);
  if (whole && rendered.contains(whole) && contentBefore(whole, range)) moved = moveBefore(whole);
  for (;;) {
    const previous = blockStartingAt(range, rendered)?.previousElementSibling;
    if (!previous?.matches(KEEP_WITH_NEXT) || !moveBefore(previous)) break;
    moved = true;
  }
  return moved ? range : undefined;
}
