import { basename } from 'node:path';
import { readTemplateDocx } from '../../shared/docx/import/read-template';
import { templateOutline } from '../../shared/template/template-outline';
import { bundledTemplates, defineCommand, readInput, templateArgument, writeOutput } from './command-kit';

export const TEMPLATE_FROM_DOCX_USAGE = `Användning: rapportverkstad template-from-docx MALL.docx [--out MALL.json] [--reference MALL]

Läser en mall ur regeringens Word-fil: titel och år, sidhuvudets fält, avsnitten och
deras numrerade frågor med exakt ordalydelse, fotnoter, Ja/Nej-delar med instruktion,
effektfrågor och deras underlag, platshållare och underskriften. Skriver mallens
översikt och det som inte kunde läsas; med --out också mallen som JSON-fil (samma
format som de inbyggda mallarna, kan öppnas i appen under Mallar). --reference (en
inbyggd malls id eller en mallfil, standard den nyaste inbyggda) ger det filen inte
säger: fält-id i sidhuvudet, utfärdare, underskriftens rubriker.

Slutkod: 0 mallen lästes, 2 filen är ingen läsbar .docx eller ingen mall (inga
numrerade frågor) eller mallen blir ogiltig.
`;

/** `template-from-docx`: a template read from the government's Word file. */
export const templateFromDocxCommand = defineCommand(
  {
    usage: TEMPLATE_FROM_DOCX_USAGE,
    options: { out: { type: 'string' }, reference: { type: 'string' } },
    positionals: { min: 1, max: 1 },
  },
  async ({ values, positionals }, io) => {
    const path = positionals[0]!;
    const reference =
      typeof values.reference === 'string' ? await templateArgument(io, values.reference) : bundledTemplates()[0];
    const { template, notRead } = readTemplateDocx(await readInput(io, path), basename(path), reference);
    io.out(`${templateOutline(template, notRead).join('\n')}\n`);
    if (typeof values.out === 'string') {
      await writeOutput(io, values.out, new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`), [path]);
      io.out(`Skrev ${values.out}.\n`);
    }
    return 0;
  },
);
