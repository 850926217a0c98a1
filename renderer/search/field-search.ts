import { findMatches } from '../../shared/text/search';

/*
 * The report's own text fields (the header table and the signature block) in search and
 * replace. They are React-controlled inputs: a replacement goes through the value setter
 * and an input event, so the field's onChange saves it as if typed.
 */

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The header's and the signature's text fields under `root`, in document order. */
export function textFields(root: ParentNode, where: 'header' | 'signature'): TextField[] {
  const prefix = where === 'header' ? 'rubrikfalt-' : 'underskrift-';
  return [...root.querySelectorAll<TextField>(`input[id^="${prefix}"][type="text"], textarea[id^="${prefix}"]`)];
}

/** The matches of the pattern in a field's value. */
export function findInField(field: TextField, pattern: RegExp): { start: number; end: number }[] {
  return findMatches(field.value, pattern);
}

/** Sets a field's value as typing would, so React and the field's saver see it. */
export function setFieldValue(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // The field saves on blur too; a replacement is never left waiting for one.
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}
