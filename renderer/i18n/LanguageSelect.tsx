import { useId } from 'react';
import { LANGUAGES, isLanguage, nativeNames } from './languages.ts';
import { useI18n } from './I18nContext.tsx';

export function LanguageSelect() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
