import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from '../api/ApiContext.tsx';
import { newsdeskApi } from '../api/newsdeskApi.ts';
import { I18nProvider } from '../i18n/I18nContext.tsx';
import { App } from './App.tsx';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import './theme.css';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={newsdeskApi()}>
      <I18nProvider>
        {/* The last resort when the header itself fails; each screen has its own boundary inside. */}
        <ScreenBoundary screen="app">
          <App />
        </ScreenBoundary>
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
