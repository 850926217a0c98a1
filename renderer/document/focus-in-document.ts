/** Scrolls to an element of the document and focuses it, or the answer editor inside it; false when it is not there. */
export function focusInDocument(elementId: string): boolean {
  const target = document.getElementById(elementId);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  const editor = target.querySelector<HTMLElement>('[contenteditable="true"]');
  (editor ?? target).focus({ preventScroll: true });
  return true;
}
