import { isUnanswered } from '../../shared/report/answer-text';
import { basisSentence, statedBasis } from '../../shared/report/basis';
import { emptyRichText } from '../../shared/report/content-schema';
import type { Answer, Report } from '../../shared/report/report-schema';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { listAnswerFields, type AnswerField } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';
import { RichTextView } from './RichTextView';
import { usePrintPages } from './print-pages';

/*
 * The final document as the reader sees it, read-only: the same parts in the same
 * order as the .docx (organisation, header table, title, sections, questions with
 * footnote marks, answers, check boxes, basis, signature block). It is the preview, what
 * Chromium prints to PDF, and the view of a signed (locked) report.
 */

function AnswerView({
  template,
  field,
  answer,
}: {
  template: Template;
  field: AnswerField;
  answer: Answer | undefined;
}) {
  const { t } = useI18n();
  const content = answer?.content ?? emptyRichText();
  const basis = answer?.basis ?? [];
  const addBasis =
    field.kind === 'effect' &&
    basis.length > 0 &&
    !basis.every((b) => statedBasis(richTextToPlain(content), template.basisOptions).includes(b));
  return (
    <>
      {field.kind === 'yesno' && (
        <p className="final-choice">
          {answer?.choice === 'ja' ? '☒' : '☐'} Ja&emsp;{answer?.choice === 'nej' ? '☒' : '☐'} Nej
        </p>
      )}
      {field.instruction && <p className="final-instruction">{field.instruction}</p>}
      {isUnanswered(content, template.placeholders) ? (
        <p className="final-unanswered">{t('unansweredMark')}</p>
      ) : (
        <RichTextView blocks={content.root.children} />
      )}
      {addBasis && <p>{basisSentence(basis)}</p>}
    </>
  );
}

/** The whole report, read-only, laid out like the exported document. */
export function FinalDocument({
  template,
  report,
  answers,
  draft = false,
  paged = false,
  printRules = true,
}: {
  template: Template;
  report: Report;
  answers: readonly Answer[];
  draft?: boolean;
  /** The source of the paged preview: footnotes in the text (Paged.js puts them at the foot of their page), no print rules of its own. */
  paged?: boolean;
  /** Its own page rules while shown (off while drawn pages are what prints). */
  printRules?: boolean;
}) {
  const { t } = useI18n();
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const fields = new Map(listAnswerFields(template).map((f) => [f.id, f]));
  const title = `${template.title} ${report.year}`;
  usePrintPages(
    { organisation: report.organisation, title, caseNumber: report.header.vartDnr ?? '' },
    draft,
    !paged && printRules,
  );
  const question = (field: AnswerField, label: string) => (
    <div key={field.id} className="final-question" id={`slut-${field.id}`}>
      <p className="final-question-text">
        {label}
        {field.footnote &&
          (paged ? <span className="paged-footnote">{field.footnote.text}</span> : <sup>{field.footnote.number}</sup>)}
      </p>
      <AnswerView template={template} field={field} answer={byId.get(field.id)} />
    </div>
  );
  const s = report.signature;
  const footnotes = [...fields.values()].filter((f) => f.footnote);
  return (
    <article className="final-document" aria-label={t('finalDocumentLabel')} lang="sv">
      {/* As pages, the margin box says UTKAST on every page. */}
      {draft && !paged && <p className="draft-mark">UTKAST</p>}
      <p className="final-organisation">{report.organisation}</p>
      <p>{title}</p>
      <table className="final-header">
        <tbody>
          {template.header.map((field) => (
            <tr key={field.id}>
              <th scope="row">{field.label}</th>
              <td className="final-multiline">{report.header[field.id] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h1 className="final-title">{title}</h1>
      {template.sections.map((section) => (
        <section key={section.number}>
          <h2>
            {section.number}. {section.title}
          </h2>
          {section.items.map((item) =>
            item.type === 'group' ? (
              <div key={item.id}>
                <p className="final-question-text">
                  {item.id} {item.text}
                </p>
                {item.parts.map((part) => question(fields.get(part.id)!, `${part.id.slice(-1)}) ${part.text}`))}
              </div>
            ) : (
              question(fields.get(item.id)!, `${item.id} ${item.text}`)
            ),
          )}
        </section>
      ))}
      <div className="final-signature">
        <p>{[s.ort, s.datum].filter((v) => v.trim() !== '').join(' ')}</p>
        <p className="final-signature-line">…………………………………………</p>
        {[s.namn, s.titel, s.forvaltning || report.header.forvaltning || '', s.organisation || report.organisation].map(
          (line, i) => (
            <p key={i}>{line}</p>
          ),
        )}
      </div>
      {!paged && (
        <aside className="final-footnotes" aria-label={t('footnotesHeading')}>
          <ol>
            {footnotes.map((f) => (
              <li key={f.id} value={f.footnote!.number}>
                {f.footnote!.text}
              </li>
            ))}
          </ol>
        </aside>
      )}
    </article>
  );
}
