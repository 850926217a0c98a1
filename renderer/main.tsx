import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoticeProvider } from './components/Notice';
import { ItDefaultsProvider } from './app/it-defaults';
import { DbProvider } from './db/DbProvider';
import { openDatabase } from './db/open-database';
import { WorkbenchDb } from './db/schema';
import { getImageBlob } from './db/images-repo';
import { ImageSourceProvider, type ImageSource } from './editor/image-source';
import { StartupProblem } from './app/StartupProblem';
import { startSession } from './app/session-marker';
import { HostProvider } from './host/HostProvider';
import { selectHost } from './host/select-host';
import { I18nProvider } from './i18n/I18nProvider';
import { loadBundledTemplates } from '../shared/template/bundled-templates';
import { TemplatesProvider } from './templates/TemplatesProvider';
import './styles/app.css';
import './styles/report.css';
import './styles/contributions.css';
import './styles/final.css';
import './styles/review.css';
import './styles/compare.css';
import './styles/tables.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html saknar #root');

// Ask the browser not to evict the drafts under storage pressure; refusal is not fatal.
void navigator.storage?.persist?.().catch(() => false);

const host = selectHost(window, __APP_VERSION__);
const db = new WorkbenchDb();
// The store is the editors' image source.
const images: ImageSource = { blob: (imageId) => getImageBlob(db, imageId) };
// The database is opened before any screen, so a failure shows what happened instead of a blank page.
void openDatabase(db).then(async (problem) => {
  const uncleanShutdown = problem
    ? false
    : await startSession(db.settings, window.localStorage, window, () => crypto.randomUUID()).catch(() => false);
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <HostProvider host={host}>
          {problem ? (
            <StartupProblem problem={problem} />
          ) : (
            <DbProvider db={db}>
              <ImageSourceProvider source={images}>
                <NoticeProvider>
                  <ItDefaultsProvider>
                    <TemplatesProvider bundled={loadBundledTemplates()}>
                      <App uncleanShutdown={uncleanShutdown} />
                    </TemplatesProvider>
                  </ItDefaultsProvider>
                </NoticeProvider>
              </ImageSourceProvider>
            </DbProvider>
          )}
        </HostProvider>
      </I18nProvider>
    </StrictMode>,
  );
});
