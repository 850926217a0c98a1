import { templateKey } from '../../shared/template/edit-template';
import type { Template } from '../../shared/template/template-schema';
import { useI18n } from '../i18n/I18nProvider';

/** A choice among templates, each named with its version when it has one; the value is the template's key. */
export function TemplateSelect({
  templates,
  value,
  onChange,
}: {
  templates: readonly Template[];
  value: string;
  onChange: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      {templates.map((candidate) => (
        <option key={templateKey(candidate)} value={templateKey(candidate)}>
          {candidate.name}
          {candidate.version ? ` (${t('templateVersion', { version: candidate.version })})` : ''}
        </option>
      ))}
    </select>
  );
}
