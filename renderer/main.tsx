import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { HostProvider } from './host/HostProvider';
import { selectHost } from './host/select-host';
import { I18nProvider } from './i18n/I18nProvider';
import { loadBundledTemplates } from './templates/bundled-templates';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html saknar #root');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <HostProvider host={selectHost(window, __APP_VERSION__)}>
        <App templates={loadBundledTemplates()} />
      </HostProvider>
    </I18nProvider>
  </StrictMode>,
);
