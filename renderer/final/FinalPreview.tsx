import { useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { Answer, Report } from '../../shared/report/report-schema';
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';
import { FinalDocument } from './FinalDocument';
import { pagedRules } from './print-pages';
import { useBackgroundPages } from './use-background-pages';
import type { PagingState } from './use-paged-state';

const ZOOMS = [0.5, 0.75, 1, 1.25] as const;

/**
 * "Förhandsvisning": the final document as one long page or as its A4 pages (footnotes
 * at the foot of their page), with a zoom. The pages are drawn in the background either
 * way, and once drawn they are what is printed (the PDF); before that, the long document
 * prints with Chromium's own pages.
 */
export function FinalPreview({
  template,
  report,
  answers,
  draft,
  showPages,
  pages,
  urgent,
  onPaging,
}: {
  template: Template;
  report: Report;
  answers: readonly Answer[];
  draft: boolean;
  /** The pages are shown (else the long document). */
  showPages: boolean;
  /** Pages drawn for the document as it is now, or null while they are drawn. */
  pages: number | null;
  urgent: boolean;
  /** Hears when pagination starts (`done` false) and when its pages are drawn (`done` true). */
  onPaging: (state: PagingState) => void;
}) {
  const { t } = useI18n();
  // The document to paginate, rendered outside the page (only its HTML is read): hidden in the page, it doubled
  // the shown document's ids and elements.
  const [source] = useState(() => ({ current: document.createElement('div') }));
  const first = useRef<HTMLDivElement>(null);
  const second = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  // Pages once drawn stay until newer ones replace them: printed in place of the long document.
  const [drawn, setDrawn] = useState(false);
  const css = pagedRules(
    {
      organisation: report.organisation,
      title: `${template.title} ${report.year}`,
      caseNumber: report.header.vartDnr ?? '',
    },
    draft,
  );
  useBackgroundPages({
    source,
    slots: [first, second],
    css,
    draft,
    urgent,
    footnoteLabel: (number) => t('footnote', { number }),
    onPaging: (state) => {
      if (state.done) setDrawn(true);
      onPaging(state);
    },
  });
  const step = (by: number) => {
    const at = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);
    setZoom(ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, at + by))]!);
  };
  return (
    <div className={drawn ? 'preview-body has-pages' : 'preview-body'}>
      {showPages ? (
        <div className="button-row paged-tools" role="group" aria-label={t('zoomLabel')}>
          <button type="button" onClick={() => step(-1)} disabled={zoom === ZOOMS[0]}>
            {t('zoomOut')}
          </button>
          <output aria-live="polite">{Math.round(zoom * 100)} %</output>
          <button type="button" onClick={() => step(1)} disabled={zoom === ZOOMS[ZOOMS.length - 1]}>
            {t('zoomIn')}
          </button>
          <span role="status">{pages === null ? t('pagingBusy') : t('pageCount', { count: pages })}</span>
        </div>
      ) : (
        <FinalDocument template={template} report={report} answers={answers} draft={draft} printRules={!drawn} />
      )}
      {/* Two slots, the drawn pages (.paged-pages) and those being drawn (.paged-staging), roles set by useBackgroundPages. */}
      <div
        className="paged-slots"
        data-shown={showPages ? 'true' : 'false'}
        style={{ '--paged-zoom': zoom } as CSSProperties}
      >
        <div ref={first} />
        <div ref={second} />
      </div>
      {createPortal(
        <FinalDocument template={template} report={report} answers={answers} draft={draft} paged />,
        source.current,
      )}
    </div>
  );
}
