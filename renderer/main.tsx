import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoticeProvider } from './components/Notice';
import { DbProvider } from './db/DbProvider';
import { WorkbenchDb } from './db/schema';
import { HostProvider } from './host/HostProvider';
import { selectHost } from './host/select-host';
import { I18nProvider } from './i18n/I18nProvider';
import { loadBundledTemplates } from './templates/bundled-templates';
import './styles/app.css';
import './styles/report.css';
import './styles/contributions.css';
import './styles/final.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html saknar #root');

// Ask the browser not to evict the drafts under storage pressure; refusal is not fatal.
void navigator.storage?.persist?.().catch(() => false);

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <HostProvider host={selectHost(window, __APP_VERSION__)}>
        <DbProvider db={new WorkbenchDb()}>
          <NoticeProvider>
            <App templates={loadBundledTemplates()} />
          </NoticeProvider>
        </DbProvider>
      </HostProvider>
    </I18nProvider>
  </StrictMode>,
);
