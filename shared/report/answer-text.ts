import type { RichText } from './content-schema';
import { richTextToPlain } from './rich-text-plain';

/*
 * When an answer counts as unanswered: nothing visible in it, or nothing but the
 * template's placeholder ("Klicka här för att ange text."), which a real submitted
 * report still carried in two places.
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** True when the answer is empty or only repeats template placeholders. */
export function isUnanswered(content: RichText, placeholders: readonly string[]): boolean {
  // An image is an answer; otherwise only the text counts (one serialization, one plain-text pass).
  if (JSON.stringify(content).includes('"type":"image"')) return false;
  let rest = normalise(richTextToPlain(content));
  for (const placeholder of placeholders) rest = rest.split(normalise(placeholder)).join(' ');
  return rest.replace(/[\s.•]/g, '') === '';
}
