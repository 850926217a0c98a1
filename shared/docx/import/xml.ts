import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocxImportError } from './import-error';

/*
 * A small read-only XML tree over fast-xml-parser's ordered output, with the helpers
 * the .docx reader needs. Entities are decoded here (the five XML ones and numeric
 * references, in one pass); a DOCTYPE, which no .docx has, is refused outright so no
 * entity expansion can happen.
 */

export interface XmlNode {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** For text nodes (name "#text"). */
  text?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML entity references in one pass. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return NAMED[ref] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

type Ordered = Record<string, unknown>;

function convert(items: Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const attrsRaw = (item[':@'] ?? {}) as Record<string, string>;
    for (const [name, value] of Object.entries(item)) {
      if (name === ':@') continue;
      if (name === '#text') {
        nodes.push({ name, attrs: {}, children: [], text: decodeEntities(String(value)) });
        continue;
      }
      const attrs = Object.fromEntries(Object.entries(attrsRaw).map(([k, v]) => [k, decodeEntities(String(v))]));
      nodes.push({ name, attrs, children: convert(value as Ordered[]) });
    }
  }
  return nodes;
}

/** Parses one XML part; throws DocxImportError when it is not well formed or has a DOCTYPE. */
export function parseXml(xml: string, where: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml)) throw new DocxImportError('bad-xml', `${where}: XML med DOCTYPE tas inte emot.`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new DocxImportError('bad-xml', `${where}: XML-delen är trasig (rad ${valid.err.line}: ${valid.err.msg}).`);
  try {
    return convert(parser.parse(xml) as Ordered[]);
  } catch (error) {
    throw new DocxImportError(
      'bad-xml',
      `${where}: XML-delen är trasig (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** The direct children of a node with a given name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The first direct child with a given name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The first descendant (depth first) with a given name. */
export function descendant(node: XmlNode, name: string): XmlNode | undefined {
  const stack = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.name === name) return next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return undefined;
}

/** The root element of a parsed part (skipping the XML declaration). */
export function rootElement(nodes: XmlNode[], name: string, where: string): XmlNode {
  const root = nodes.find((n) => n.name === name);
  if (!root) throw new DocxImportError('bad-xml', `${where}: ${name} saknas.`);
  return root;
}
