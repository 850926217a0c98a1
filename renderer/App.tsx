import { useEffect, useState } from 'react';
import type { AppInfo } from '../shared/host/workbench-host';
import { useDailyBackup } from './app/use-daily-backup';
import { useHashRoute } from './app/use-hash-route';
import { HomeScreen } from './home/HomeScreen';
import { useHost } from './host/HostProvider';
import { useNotice } from './components/Notice';
import { useI18n } from './i18n/I18nProvider';
import type { Locale } from './i18n/messages';
import { ReportScreen } from './report/ReportScreen';
import { WorkspaceScreen } from './contributions/WorkspaceScreen';
import { useTemplates } from './templates/TemplatesProvider';

/** The application frame: top bar with language choice, then the screen the URL names. */
export function App({ uncleanShutdown = false }: { uncleanShutdown?: boolean }) {
  const templates = useTemplates();
  const { t, locale, setLocale } = useI18n();
  const host = useHost();
  const [route, go] = useHashRoute();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    host.appInfo().then(setInfo, (error: unknown) => console.error('appInfo', error));
  }, [host]);
  useDailyBackup();
  const { notify } = useNotice();
  useEffect(() => {
    if (uncleanShutdown) notify(t('recoveredAfterCrash'), { ms: 20_000 });
  }, [uncleanShutdown, notify, t]);
  return (
    <>
      <a
        className="skip-link"
        href="#innehall"
        onClick={(event) => (event.preventDefault(), document.getElementById('innehall')?.focus())}
      >
        {t('skipToContent')}
      </a>
      <header className="top-bar">
        <span className="brand">{t('appName')}</span>
        <label className="locale">
          {t('language')}{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main id="innehall" tabIndex={-1}>
        {route.screen === 'report' && (
          <ReportScreen
            key={route.reportId}
            reportId={route.reportId}
            view={route.view}
            templates={templates.templates}
            onHome={() => go({ screen: 'home' })}
            onView={(view) => go({ screen: 'report', reportId: route.reportId, view })}
          />
        )}
        {route.screen === 'workspace' && (
          <WorkspaceScreen
            key={route.workspaceId}
            workspaceId={route.workspaceId}
            onHome={() => go({ screen: 'home' })}
          />
        )}
        {route.screen === 'home' && (
          <HomeScreen
            templates={templates}
            onOpen={(reportId) => go({ screen: 'report', reportId, view: 'dokument' })}
            onOpenWorkspace={(workspaceId) => go({ screen: 'workspace', workspaceId })}
          />
        )}
      </main>
      {info && (
        <footer className="status-bar">
          {t('aboutApp', {
            name: info.name,
            version: info.version,
            runtime: info.runtime,
            runtimeVersion: info.runtimeVersion,
          })}
        </footer>
      )}
    </>
  );
}
