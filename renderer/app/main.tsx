import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from '../api/ApiContext.tsx';
import { newsdeskApi } from '../api/newsdeskApi.ts';
import { I18nProvider } from '../i18n/I18nContext.tsx';
import type { Language } from '../i18n/languages.ts';
import { saveLanguage, startLanguage } from '../i18n/languageStore.ts';
import { adoptAppFonts } from './appFonts.ts';
import { App } from './App.tsx';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import './theme.css';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

adoptAppFonts();
const api = newsdeskApi();
// One stored language, in the data folder's preferences: the shell's menus and dialogs follow it too.
const storeLanguage = (language: Language) => saveLanguage(api.preferences, language);

void startLanguage(api.preferences, browserStorage()).then((language) =>
  createRoot(container).render(
    <StrictMode>
      <ApiProvider api={api}>
        <I18nProvider initial={language} onChange={storeLanguage}>
          {/* The last resort when the header itself fails; each screen has its own boundary inside. */}
          <ScreenBoundary screen="app">
            <App />
          </ScreenBoundary>
        </I18nProvider>
      </ApiProvider>
    </StrictMode>,
  ),
);

/** The browser's storage for this page, where an earlier version kept the language; none when storage is disabled. */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
