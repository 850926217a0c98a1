// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, tableAsText, tableSizes } from '../../../../renderer/editor/paste/clean-html';

const clean = (html: string) =>
  cleanPastedHtml(html)
    .innerHTML.replace(/\s+/g, ' ')
    .replace(/(<\/(?:p|ul|ol|li|h4)>) </g, '$1<')
    .trim();

const WORD_LIST = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<p class=MsoNormal><span style='font-family:Arial'>Under året har vi:</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>Kartlagt bredband</span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New";mso-list:Ignore'>o<span>&nbsp; </span></span><![endif]><b>Västerås</b> kommun</p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Mött <i>marknadsaktörer</i></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><![endif]>Första steget</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><![endif]>Andra steget</p>
</body></html>`;

describe('cleanPastedHtml', () => {
  it('rebuilds Word mso-list paragraphs into nested bullet and numbered lists', () => {
    expect(clean(WORD_LIST)).toBe(
      '<p>Under året har vi:</p><ul><li>Kartlagt bredband<ul><li><b>Västerås</b> kommun</li></ul></li><li>Mött <i>marknadsaktörer</i></li></ul><ol><li>Första steget</li><li>Andra steget</li></ol>',
    );
  });

  it.each([
    ['scripts go', '<p>a<script>window.x=1</script></p>', '<p>a</p>'],
    ['event handlers go', '<p onclick="alert(1)">a</p>', '<p>a</p>'],
    ['styles and fonts go', '<p style="color:red"><font face="Arial">a</font></p>', '<p>a</p>'],
    [
      'styled spans become formatting',
      '<p><span style="font-weight:700">fet</span> <span style="font-style:italic">kursiv</span></p>',
      '<p><b>fet</b> <i>kursiv</i></p>',
    ],
    [
      'Google Docs wrapper b is not bold',
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p>a</p></b>',
      '<p>a</p>',
    ],
    ['javascript links lose the link, keep the text', '<p><a href="javascript:alert(1)">x</a></p>', '<p>x</p>'],
    [
      'https links stay',
      '<p><a href="https://www.regeringen.se/" target="_blank" style="x">r</a></p>',
      '<p><a href="https://www.regeringen.se/">r</a></p>',
    ],
    ['headings become sub-headings', '<h1>Rubrik</h1>', '<h4>Rubrik</h4>'],
    ['divs become paragraphs', '<div>a</div><div>b</div>', '<p>a</p><p>b</p>'],
    ['remote images go', '<p><img src="https://example.se/x.png" onerror="alert(1)"></p>', '<p></p>'],
    ['svg goes', '<p>a<svg onload="alert(1)"><script>1</script></svg></p>', '<p>a</p>'],
  ])('%s', (_name, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it('keeps embedded data images with their alt text and nothing else', () => {
    const html = '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Diagram" width="300" onerror="x()"></p>';
    expect(clean(html)).toBe('<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Diagram"></p>');
  });
});

describe('paste from the three word processors (#14, defect 8)', () => {
  // The clipboard HTML each program writes for the same text: a heading, bold, italic, underline, a link, two bullets.
  const expected =
    '<h4>Prestationer</h4><p><b>Fet text</b> och <i>kursiv text</i> och <u>understruken text</u>. Se <a href="https://www.regeringen.se/">regeringen.se</a>.</p><ul><li>Första punkten</li><li>Andra punkten</li></ul>';
  it.each(['word', 'libreoffice', 'google-docs'])(
    '%s keeps bold, italic, underline, the heading, the link and the list',
    (program) => {
      const html = readFileSync(`tests/renderer/editor/paste/fixtures/${program}.html`, 'utf8');
      expect(clean(html).replace(/<p>\s*<\/p>/g, '')).toBe(expected);
    },
  );
});

describe('tables on the clipboard', () => {
  // What each program writes for a 2 × 2 table with a header row (abridged to its structure and styling).
  const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=302 valign=top style='width:226.5pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Kommun<o:p></o:p></b></p></td><td width=302 valign=top style='width:226.5pt'><p class=MsoNormal><b>Andel<o:p></o:p></b></p></td></tr>
<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td width=302 valign=top style='background:#D9E2F3'><p class=MsoNormal>Västerås<o:p></o:p></p></td><td width=302 valign=top><p class=MsoNormal>41 %<o:p></o:p></p></td></tr></table></body></html>`;
  const LIBREOFFICE = `<html><body><table width="643" cellpadding="4" cellspacing="0"><col width="313"/><col width="313"/><tr valign="top"><td width="313" style="border: 1px solid #000000; padding: 0.1cm"><p><b>Kommun</b></p></td><td width="313" style="border: 1px solid #000000"><p><b>Andel</b></p></td></tr><tr valign="top"><td width="313" style="border: 1px solid #000000"><p>Västerås</p></td><td width="313"><p>41 %</p></td></tr></table></body></html>`;
  const EXCEL = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table border=0 cellpadding=0 cellspacing=0 width=128 style='border-collapse:collapse;width:96pt'><col width=64 span=2 style='width:48pt'>
<tr height=20 style='height:15.0pt'><td height=20 class=xl65 width=64 style='height:15.0pt;width:48pt'>Kommun</td><td class=xl65 width=64 style='width:48pt'>Andel</td></tr>
<tr height=20 style='height:15.0pt'><td height=20 style='height:15.0pt'>Västerås</td><td align=right>41 %</td></tr></table></body></html>`;

  it.each([
    [
      'Word',
      WORD,
      '<table><tr><td><p><b>Kommun</b></p></td><td><p><b>Andel</b></p></td></tr><tr><td><p>Västerås</p></td><td><p>41 %</p></td></tr></table>',
    ],
    [
      'LibreOffice',
      LIBREOFFICE,
      '<table><tr><td><p><b>Kommun</b></p></td><td><p><b>Andel</b></p></td></tr><tr><td><p>Västerås</p></td><td><p>41 %</p></td></tr></table>',
    ],
    ['Excel', EXCEL, '<table><tr><td>Kommun</td><td>Andel</td></tr><tr><td>Västerås</td><td>41 %</td></tr></table>'],
  ])('%s: the table, rows and cells stay; widths, colours and styles go', (_program, html, expected) => {
    expect(clean(html).replace(/> </g, '><')).toBe(expected);
  });

  it('keeps spans as numbers within bounds, and a caption as a paragraph before the table', () => {
    expect(
      clean('<table><caption>Tabell 1</caption><tr><td colspan="3" rowspan="x" onclick="a()">a</td></tr></table>'),
    ).toBe('<p>Tabell 1</p><table><tr><td colspan="3">a</td></tr></table>');
  });

  it('measures tables and turns one into text, a paragraph per row', () => {
    const body = cleanPastedHtml('<table><tr><td>a</td><td colspan="2">b</td></tr><tr><td>c</td></tr></table>');
    const [size] = tableSizes(body);
    expect({ columns: size!.columns, cells: size!.cells }).toEqual({ columns: 3, cells: 3 });
    tableAsText(size!.table);
    expect(body.innerHTML).toBe('<p>a | b</p><p>c</p>');
  });
});
