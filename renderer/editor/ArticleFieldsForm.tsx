import { useId, useState } from 'react';
import { useT } from '../i18n/I18nContext.tsx';
import { parseTags, type ArticleFields } from './articleFields.ts';
import { DateField } from '../shared/DateField.tsx';
import { toDayMonthYear } from '../shared/calendarDate.ts';
import { FeaturedPhotoField } from './FeaturedPhotoField.tsx';
import { FieldSpelling } from './plugins/vietnamese/FieldSpelling.tsx';
import { categoryChoices } from '../../core/model/categories.ts';
import { useCategories } from '../newsroom/useCategories.ts';

function detailsFilled(fields: ArticleFields): boolean {
  return [fields.byline, fields.category, fields.dateline.place].every((value) => value.trim() !== '');
}

/** "Bích Diệp · Nông thôn mới · UBND tỉnh, 25/02/2021 · nông thôn mới, UBND tỉnh". */
function detailsSummary(fields: ArticleFields): string {
  const dateline = [fields.dateline.place.trim(), toDayMonthYear(fields.dateline.date)].filter(Boolean).join(', ');
  return [fields.byline.trim(), fields.category.trim(), dateline, fields.tags.join(', ')].filter(Boolean).join(' · ');
}

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
  // Decided when the article opens: the details do not fold away while they are being typed.
  const [detailsOpen, setDetailsOpen] = useState(() => !detailsFilled(fields));
  const categories = categoryChoices(useCategories(), fields.category);

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
      {/* Once filled, the details fold to one line under the title and sapo; a click (or Enter) opens them. */}
      <details className="article-fields__more" open={detailsOpen} onToggle={(event) => setDetailsOpen(event.currentTarget.open)}>
        <summary className="article-fields__summary">
          {detailsOpen ? (
            t('editor.details')
          ) : (
            <>
              <span className="visually-hidden">{t('editor.detailsEdit')}: </span>
              <span className="article-fields__summary-text">{detailsSummary(fields)}</span>
            </>
          )}
        </summary>
        <div className="article-fields__details">
          <label className="field">
            <span className="field__label">{t('editor.byline')}</span>
            <input type="text" value={fields.byline} onChange={(event) => onChange({ byline: event.target.value })} />
          </label>
          <label className="field">
            <span className="field__label">{t('editor.category')}</span>
            {/* A choice from the newsroom's list (type-ahead and arrow keys); a category since renamed or removed stays offered. */}
            <select value={fields.category} onChange={(event) => onChange({ category: event.target.value })}>
              <option value="">{t('categories.none')}</option>
              {categories.unlisted !== null && (
                <option value={categories.unlisted}>{t('categories.unlisted', { name: categories.unlisted })}</option>
              )}
              {categories.names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
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
            <input
              type="text"
              value={fields.dateline.place}
              onChange={(event) => onChange({ dateline: { ...fields.dateline, place: event.target.value } })}
            />
          </label>
          <DateField
            label={t('editor.date')}
            value={fields.dateline.date}
            onChange={(date) => onChange({ dateline: { ...fields.dateline, date } })}
          />
        </div>
      </details>
      <FeaturedPhotoField photo={fields.featuredPhoto} onChange={(featuredPhoto) => onChange({ featuredPhoto })} />
    </div>
  );
}
