import type { Finding } from '../../shared/preflight/finding';
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';

/** The preflight findings, errors first in document order; each one is a button that goes to its place. */
export function PreflightList({ findings, template, onGo }: { findings: readonly Finding[]; template: Template; onGo: (finding: Finding) => void }) {
  const { t } = useI18n();
  const errors = findings.filter((f) => f.severity === 'fel').length;
  const labels = new Map(template.header.map((h) => [h.id, h.label]));
  const where = (f: Finding) =>
    f.questionId ? t('findingWhereQuestion', { id: f.questionId }) : t('findingWhereField', { field: labels.get(f.field ?? '') ?? f.field ?? '' });
  return (
    <div className="preflight">
      <p role="status" className={errors > 0 ? 'preflight-summary has-errors' : 'preflight-summary'}>
        {findings.length === 0 ? t('reviewClean') : t('reviewSummary', { errors, warnings: findings.length - errors })}
      </p>
      {findings.length > 0 && (
        <ul className="preflight-findings">
          {[...findings]
            .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fel' ? -1 : 1))
            .map((f, i) => (
              <li key={i} className={`finding finding-${f.severity}`}>
                <button type="button" onClick={() => onGo(f)}>
                  <span className="finding-severity">{f.severity === 'fel' ? t('severityError') : t('severityWarning')}</span>
                  <span className="finding-where">{where(f)}</span>
                  <span className="finding-message">{f.message}</span>
                  <code className="finding-rule">{f.rule}</code>
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
