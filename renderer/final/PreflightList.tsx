import { useRef, useState, type KeyboardEvent } from 'react';
import type { Finding, PreflightRule } from '../../shared/preflight/finding';
import type { MessageKey } from '../i18n/messages';

/** Each rule's name on the screen; the rule ids stay in files and on the command line. */
const RULE_LABEL: Record<PreflightRule, MessageKey> = {
  unanswered: 'rule_unanswered',
  placeholder: 'rule_placeholder',
  'missing-basis': 'rule_missing_basis',
  'missing-choice': 'rule_missing_choice',
  'broken-reference': 'rule_broken_reference',
  'date-mismatch': 'rule_date_mismatch',
  'unresolved-conflict': 'rule_unresolved_conflict',
  'missing-contribution': 'rule_missing_contribution',
  'empty-heading': 'rule_empty_heading',
  'too-long': 'rule_too_long',
  'open-comment': 'rule_open_comment',
};
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';

/** The preflight findings, errors first in document order; each one is a button that goes to its place. */
export function PreflightList({
  findings,
  template,
  onGo,
}: {
  findings: readonly Finding[];
  template: Template;
  onGo: (finding: Finding) => void;
}) {
  const { t } = useI18n();
  const errors = findings.filter((f) => f.severity === 'fel').length;
  // The list is one tab stop: arrow keys, Home and End move within it, so the buttons after it are a few Tabs away.
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const last = findings.length - 1;
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: last };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(last, moves[event.key]!));
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };
  const current = Math.min(focusIndex, Math.max(0, findings.length - 1));
  const labels = new Map(template.header.map((h) => [h.id, h.label]));
  const signatureLabels = new Map(template.signature.map((s) => [`signatur.${s.id}`, s.label.toLocaleLowerCase('sv')]));
  // Field keys ("vartDnr", "signatur.ort") never reach the screen: the template's labels do.
  const where = (f: Finding) => {
    if (f.questionId) return t('findingWhereQuestion', { id: f.questionId });
    const signature = signatureLabels.get(f.field ?? '');
    if (signature) return t('findingWhereSignature', { field: signature });
    return t('findingWhereField', { field: labels.get(f.field ?? '') ?? t('findingWhereUnknown') });
  };
  return (
    <div className="preflight">
      <p role="status" className={errors > 0 ? 'preflight-summary has-errors' : 'preflight-summary'}>
        {findings.length === 0 ? t('reviewClean') : t('reviewSummary', { errors, warnings: findings.length - errors })}
      </p>
      {findings.length > 0 && (
        <ul className="preflight-findings" aria-label={t('findingsLabel')} onKeyDown={onKeyDown}>
          {[...findings]
            .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fel' ? -1 : 1))
            .map((f, i) => (
              <li key={i} className={`finding finding-${f.severity}`}>
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current[i] = el;
                  }}
                  tabIndex={i === current ? 0 : -1}
                  onFocus={() => setFocusIndex(i)}
                  onClick={() => onGo(f)}
                >
                  <span className="finding-severity">
                    {f.severity === 'fel' ? t('severityError') : t('severityWarning')}
                  </span>
                  <span className="finding-where">{where(f)}</span>
                  <span className="finding-message">{f.message}</span>
                  <span className="finding-rule">{t(RULE_LABEL[f.rule])}</span>
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
