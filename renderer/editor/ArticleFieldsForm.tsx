import { useId, useState } from 'react';
import { useT } from '../i18n/I18nContext.tsx';
import { parseTags, type ArticleFields } from './articleFields.ts';
import { FeaturedPhotoField } from './FeaturedPhotoField.tsx';
import { FieldSpelling } from './plugins/vietnamese/FieldSpelling.tsx';

interface Props {
  fields: ArticleFields;
  onChange(change: Partial<ArticleFields>): void;
}

/** Title, sapo and the article's details around the body. */
export function ArticleFieldsForm({ fields, onChange }: Props) {
  const t = useT();
  const id = useId();
  // The tags are typed as one line; kept as typed so a trailing comma is not swallowed mid-word.
  const [tagsText, setTagsText] = useState(fields.tags.join(', '));

  return (
    <div className="article-fields">
      <label className="visually-hidden" htmlFor={`${id}-title`}>
        {t('editor.title')}
      </label>
      <FieldSpelling value={fields.title} onReplace={(title) => onChange({ title })}>
        <textarea
          id={`${id}-title`}
          className="article-fields__title"
          rows={1}
          // The editor opens with the caret in the title, where writing starts (and not lost on the page).
          autoFocus
          value={fields.title}
          placeholder={t('editor.titlePlaceholder')}
          onChange={(event) => onChange({ title: event.target.value.replace(/\n/g, ' ') })}
        />
      </FieldSpelling>
      <label className="visually-hidden" htmlFor={`${id}-sapo`}>
        {t('editor.sapo')}
      </label>
      <FieldSpelling value={fields.sapo} onReplace={(sapo) => onChange({ sapo })}>
        <textarea
          id={`${id}-sapo`}
          className="article-fields__sapo"
          rows={2}
          value={fields.sapo}
          placeholder={t('editor.sapoPlaceholder')}
          onChange={(event) => onChange({ sapo: event.target.value })}
        />
      </FieldSpelling>
      <div className="article-fields__details">
        <label className="field">
          <span className="field__label">{t('editor.byline')}</span>
          <input type="text" value={fields.byline} onChange={(event) => onChange({ byline: event.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{t('editor.category')}</span>
          <input type="text" value={fields.category} onChange={(event) => onChange({ category: event.target.value })} />
        </label>
        <label className="field field--wide">
          <span className="field__label">{t('editor.tags')}</span>
          <input
            type="text"
            value={tagsText}
            placeholder={t('editor.tagsPlaceholder')}
            onChange={(event) => {
              setTagsText(event.target.value);
              onChange({ tags: parseTags(event.target.value) });
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('editor.place')}</span>
          <input type="text" value={fields.dateline.place} onChange={(event) => onChange({ dateline: { ...fields.dateline, place: event.target.value } })} />
        </label>
        <label className="field">
          <span className="field__label">{t('editor.date')}</span>
          <input
            type="date"
            value={fields.dateline.date}
            required
            onChange={(event) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onChange({ dateline: { ...fields.dateline, date: event.target.value } });
            }}
          />
        </label>
      </div>
      <FeaturedPhotoField photo={fields.featuredPhoto} onChange={(featuredPhoto) => onChange({ featuredPhoto })} />
    </div>
  );
}
