/*
 * The basis of an effect answer: the template asks whether the result rests on
 * "uppföljning", "utvärdering" or "egen bedömning". Real reports state it as a closing
 * sentence ("Resultatet baseras på uppföljning."), so the preflight, the export and the
 * .docx import all read and write that sentence the same way.
 */

// JavaScript's \b knows only ASCII letters, so the word edges around "på" are spelled out.
const BASIS_PATTERN =
  /bas(?:eras|erar|erat|erad|erade)(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})på(?!\p{L})([^.!?\n]{0,200})/giu;

/** The basis options named in the text's "baseras på …" sentences, in the order of `options`. */
export function statedBasis(text: string, options: readonly string[]): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(BASIS_PATTERN)) {
    const tail = (match[1] ?? '').toLocaleLowerCase('sv');
    for (const option of options) if (tail.includes(option.toLocaleLowerCase('sv'))) found.add(option);
  }
  return options.filter((option) => found.has(option));
}

/** Joins Swedish list words: "a", "a och b", "a, b och c". */
export function joinSwedish(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} och ${words[words.length - 1]}`;
}

/** The sentence the export adds for a chosen basis: "Resultatbeskrivningen baseras på uppföljning och egen bedömning." */
export function basisSentence(basis: readonly string[]): string {
  return `Resultatbeskrivningen baseras på ${joinSwedish(basis)}.`;
}
