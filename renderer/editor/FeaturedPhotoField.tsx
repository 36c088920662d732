import { useRef, useState } from 'react';
import type { Photo } from '../../core/model/article.ts';
import { useApi } from '../api/ApiContext.tsx';
import { assetUrl } from '../api/assetUrl.ts';
import { fileUpload } from '../api/fileUpload.ts';
import { errorText } from '../shared/errorText.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { useEditorNotice } from './EditorNotice.tsx';
import { FieldSpelling } from './plugins/vietnamese/FieldSpelling.tsx';

interface Props {
  photo: Photo | null;
  onChange(photo: Photo | null): void;
}

/** The article's featured photo (shown at the top and sent to the portal's image field), with its own caption, credit and alt. */
export function FeaturedPhotoField({ photo, onChange }: Props) {
  const t = useT();
  const api = useApi();
  const { notify } = useEditorNotice();
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    setBusy(true);
    try {
      const stored = await api.editor.storePhoto(await fileUpload(file));
      onChange({ caption: '', credit: '', alt: '', ...photo, asset: stored.asset, width: stored.width, height: stored.height });
    } catch (error) {
      notify(t('editor.photo.refused', { reason: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="featured-field">
      <legend>{t('editor.featured')}</legend>
      {photo && (
        <img className="featured-field__image" src={assetUrl(photo.asset)} alt={photo.alt} width={photo.width} height={photo.height} />
      )}
      <div className="featured-field__controls">
        {photo && (
          <>
            <label className="field">
              <span className="field__label">{t('editor.photo.caption')}</span>
              <FieldSpelling value={photo.caption} onReplace={(caption) => onChange({ ...photo, caption })}>
                <input type="text" value={photo.caption} onChange={(event) => onChange({ ...photo, caption: event.target.value })} />
              </FieldSpelling>
            </label>
            <label className="field">
              <span className="field__label">{t('editor.photo.credit')}</span>
              <input
                type="text"
                value={photo.credit}
                placeholder={t('editor.photo.creditPlaceholder')}
                onChange={(event) => onChange({ ...photo, credit: event.target.value })}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('editor.photo.alt')}</span>
              <input
                type="text"
                value={photo.alt}
                placeholder={t('editor.photo.altPlaceholder')}
                onChange={(event) => onChange({ ...photo, alt: event.target.value })}
              />
            </label>
          </>
        )}
        <div className="featured-field__actions">
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => picker.current?.click()}>
            {t(photo ? 'editor.featured.change' : 'editor.featured.choose')}
          </button>
          {photo && (
            <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
              {t('editor.featured.remove')}
            </button>
          )}
        </div>
        <input
          ref={picker}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          hidden
          data-testid="featured-picker"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
    </fieldset>
  );
}
