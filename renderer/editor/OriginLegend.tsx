import { useI18n } from '../i18n/I18nProvider';
import type { DepartmentLook } from './plugins/ProvenancePlugin';

/** "Visa ursprung": each department's colour and name, and that unmarked text is the coordinator's own. */
export function OriginLegend({ origins }: { origins: ReadonlyMap<string, DepartmentLook> }) {
  const { t } = useI18n();
  return (
    <ul className="origin-legend" aria-label={t('originLegend')}>
      {[...origins.values()].map((look) => (
        <li key={look.name}>
          <span className="origin-swatch" style={{ background: look.color }} aria-hidden="true" />
          {look.name}
        </li>
      ))}
      <li>
        <span className="origin-swatch" style={{ background: 'transparent' }} aria-hidden="true" />
        {t('originCoordinator')}
      </li>
    </ul>
  );
}
