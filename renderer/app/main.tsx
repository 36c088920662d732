import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from '../api/ApiContext.tsx';
import { newsdeskApi } from '../api/newsdeskApi.ts';
import { I18nProvider } from '../i18n/I18nContext.tsx';
import type { Language } from '../i18n/languages.ts';
import { adoptAppFonts } from './appFonts.ts';
import { App } from './App.tsx';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import './theme.css';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

adoptAppFonts();
const api = newsdeskApi();
// The desktop shell labels its menus and dialogs in the page's language. A failure only leaves the
// menus in the previous language, so the page carries on without a message.
const tellShellLanguage = (language: Language) => void api.preferences.setLanguage(language).catch(() => undefined);

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={api}>
      <I18nProvider onLanguage={tellShellLanguage}>
        {/* The last resort when the header itself fails; each screen has its own boundary inside. */}
        <ScreenBoundary screen="app">
          <App />
        </ScreenBoundary>
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
