import { canonicalJson } from '../text/canonical-json';
import { templateVersion } from './find-template';
import type { Template } from './template-schema';

/*
 * A template read again (a new Word file, a shared template file, one carried by a report
 * file) is either one this computer already has — the same id and the same content —
 * or a new version of its id: one more than the highest known. Two different templates
 * never share an id and a version, so a report's (id, version) always means one text.
 */

/** True when two templates say the same, whatever their versions. */
function sameTemplate(a: Template, b: Template): boolean {
  const { version: _a, ...restA } = a;
  const { version: _b, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

/** The known template `candidate` already is, or `candidate` as the next version of its id. */
export function placeTemplate(
  candidate: Template,
  known: readonly Template[],
): { kind: 'known'; template: Template } | { kind: 'new'; template: Template } {
  const sameId = known.filter((t) => t.id === candidate.id);
  const existing = sameId.find((t) => sameTemplate(t, candidate));
  if (existing) return { kind: 'known', template: existing };
  if (sameId.length === 0) return { kind: 'new', template: candidate };
  const version = Math.max(...sameId.map(templateVersion)) + 1;
  return { kind: 'new', template: { ...candidate, version } };
}
