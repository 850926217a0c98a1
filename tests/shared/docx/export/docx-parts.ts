import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx (zip) as text, by path. */
export function xmlParts(docx: Uint8Array): Map<string, string> {
  const files = unzipSync(docx);
  return new Map(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** Paths of the parts that are not well-formed XML, with the parser's complaint. */
export function malformedParts(docx: Uint8Array): string[] {
  const bad: string[] = [];
  for (const [name, xml] of xmlParts(docx)) {
    const result = XMLValidator.validate(xml);
    if (result !== true) bad.push(`${name}: ${result.err.msg}`);
  }
  return bad;
}
