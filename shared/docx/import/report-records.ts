import type { ReportImage } from '../../files/report-file';
import { createReport } from '../../report/new-report';
import type { Deps } from '../../report/deps';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, type Answer, type Report } from '../../report/report-schema';
import type { Template } from '../../template/template-schema';
import type { DocxImportResult } from './read-report';

/** The records of a new report made from an imported Word report: header, signature, answers and images. */
export function reportFromImport(
  template: Template,
  result: DocxImportResult,
  fallbackOrganisation: string,
  deps: Deps,
): { report: Report; answers: Answer[]; images: ReportImage[] } {
  const organisation = result.organisation.trim().slice(0, 200) || fallbackOrganisation;
  const { report, answers } = createReport(template, { year: result.year, organisation, header: result.header }, deps);
  const s = result.signature;
  report.signature = {
    ...s,
    forvaltning: s.forvaltning || report.signature.forvaltning,
    organisation: s.organisation || organisation,
  };
  const imported = new Map(result.answers.map((a) => [a.questionId, a]));
  for (const answer of answers) {
    const source = imported.get(answer.questionId);
    if (!source) continue;
    answer.content = source.content;
    answer.choice = source.choice;
    answer.basis = source.basis;
  }
  const createdAt = report.createdAt;
  const images = result.images
    .filter(
      (image) =>
        (IMAGE_TYPES as readonly string[]).includes(image.mimeType) &&
        image.bytes.byteLength > 0 &&
        image.bytes.byteLength <= MAX_IMAGE_BYTES,
    )
    .map((image) => ({
      id: result.imageIds.get(image.key)!,
      reportId: report.id,
      mimeType: image.mimeType as (typeof IMAGE_TYPES)[number],
      name: image.name.slice(0, 255),
      size: image.bytes.byteLength,
      createdAt,
      bytes: image.bytes,
    }));
  return { report, answers, images };
}

/** The import summary in Swedish: what was found, what was not, and how much text was not placed. */
export function importSummary(result: DocxImportResult, total: number): string[] {
  const lines = [`Hittade ${result.found.length} av ${total} frågor.`];
  if (result.missing.length > 0) lines.push(`Hittades inte: ${result.missing.join(', ')}.`);
  for (const dropped of result.droppedImages) lines.push(`Bild utelämnad: ${dropped}`);
  for (const p of result.probable) {
    lines.push(
      `Trolig fråga: ”${p.text}” liknar fråga ${p.questionId} till ${Math.round(p.similarity * 100)} % (lästes som text${p.placedIn ? ` i svar ${p.placedIn}` : ''}).`,
    );
  }
  if (result.unplaced.length > 0)
    lines.push(
      `${result.unplaced.length} stycken kunde inte placeras:`,
      ...result.unplaced.map((text) => `  – ${text}`),
    );
  return lines;
}
