import { useEffect, useRef, useState } from 'react';
import type { Answer, Report } from '../../shared/report/report-schema';
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';
import { FinalDocument } from './FinalDocument';

const ZOOMS = [0.5, 0.75, 1, 1.25] as const;

/** "Förhandsvisning" as pages: the final document paginated (footnotes at the foot of their page), with a zoom. */
export function PagedPreview({
  template,
  report,
  answers,
  draft,
  onPaging,
}: {
  template: Template;
  report: Report;
  answers: readonly Answer[];
  draft: boolean;
  /** Hears when pagination starts (`done` false) and when its pages are drawn (`done` true), with the draft flag they were drawn with. */
  onPaging?: (state: { done: boolean; draft: boolean }) => void;
}) {
  const { t } = useI18n();
  const source = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const from = source.current;
    const into = target.current;
    if (!from || !into) return;
    let cancelled = false;
    let destroy = () => {};
    const label = (number: number) => t('footnote', { number });
    into.replaceChildren();
    onPaging?.({ done: false, draft });
    const running = {
      organisation: report.organisation,
      title: `${template.title} ${report.year}`,
      caseNumber: report.header.vartDnr ?? '',
    };
    // Paged.js is loaded only when pages are shown: the app's own bundle stays small.
    void import('./paged').then(async ({ paginate, pagedRules }) => {
      const result = await paginate(from.innerHTML, pagedRules(running, draft), into);
      if (cancelled) return result.destroy();
      destroy = result.destroy;
      // Paged.js draws each footnote call as an empty link (its number is generated content): it gets a name.
      into
        .querySelectorAll('a[data-footnote-call]')
        .forEach((call, i) => call.setAttribute('aria-label', label(i + 1)));
      setPages(result.pages);
      onPaging?.({ done: true, draft });
    });
    return () => {
      cancelled = true;
      destroy();
    };
  }, [template, report, answers, draft, onPaging, t]);
  return (
    <div className="paged-preview">
      <div className="button-row paged-tools" role="group" aria-label={t('zoomLabel')}>
        <button
          type="button"
          onClick={() => setZoom(ZOOMS[Math.max(0, ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]) - 1)]!)}
          disabled={zoom === ZOOMS[0]}
        >
          {t('zoomOut')}
        </button>
        <output aria-live="polite">{Math.round(zoom * 100)} %</output>
        <button
          type="button"
          onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]) + 1)]!)}
          disabled={zoom === ZOOMS[ZOOMS.length - 1]}
        >
          {t('zoomIn')}
        </button>
        <span role="status">{pages === null ? t('pagingBusy') : t('pageCount', { count: pages })}</span>
      </div>
      <div hidden ref={source}>
        <FinalDocument template={template} report={report} answers={answers} draft={draft} paged />
      </div>
      <div className="paged-pages" ref={target} style={{ zoom }} />
    </div>
  );
}
