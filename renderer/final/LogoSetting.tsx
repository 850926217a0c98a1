import { useCallback, useMemo } from 'react';
import { encodeBase64 } from '../../shared/text/base64';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import {
  DEFAULT_HEADING_COLOR,
  getHeadingColor,
  getLogo,
  removeLogo,
  setHeadingColor,
  setLogo,
} from '../db/settings-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { FILE_TYPES } from '../app/file-types';

/** The Word document's look for the organisation: the logo at the top of page 1 (choose, see, remove) and the headings' colour. */
export function LogoSetting() {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const { value: logo, reload } = useLoaded(useCallback(() => getLogo(db), [db]));
  const { value: headingColor, reload: reloadColor } = useLoaded(useCallback(() => getHeadingColor(db), [db]));
  // A data: URL (the CSP allows it for images): nothing to revoke when the logo changes.
  const url = useMemo(() => (logo ? `data:${logo.mimeType};base64,${encodeBase64(logo.bytes)}` : undefined), [logo]);
  const choose = async () => {
    const [file] = await host.openFile({ title: t('logoChoose'), filters: FILE_TYPES.logo, multiple: false });
    if (!file) return;
    await setLogo(db, file.name, file.bytes);
    notify(t('logoSaved', { file: file.name }));
    reload();
  };
  const fail = (error: unknown) => notify(error instanceof Error ? error.message : String(error), { kind: 'error' });
  return (
    <div className="logo-setting">
      <p>{t('logoHint')}</p>
      {logo && url && <img src={url} alt={t('logoAlt')} className="logo-preview" />}
      <div className="button-row">
        <button type="button" onClick={() => void choose().catch(fail)}>
          {logo ? t('logoChange') : t('logoChoose')}
        </button>
        {logo && (
          <button type="button" onClick={() => void removeLogo(db).then(reload, fail)}>
            {t('logoRemove')}
          </button>
        )}
      </div>
      {headingColor !== undefined && (
        <label>
          {t('headingColor')}{' '}
          <input
            type="color"
            value={`#${headingColor.toLowerCase()}`}
            onChange={(e) => void setHeadingColor(db, e.target.value).then(reloadColor, fail)}
          />
          {headingColor !== DEFAULT_HEADING_COLOR && (
            <button
              type="button"
              className="link-button"
              onClick={() => void setHeadingColor(db, DEFAULT_HEADING_COLOR).then(reloadColor, fail)}
            >
              {t('headingColorBlack')}
            </button>
          )}
        </label>
      )}
    </div>
  );
}
