import { useMemo } from 'react';
import type { SerializedEditorState } from '../../core/model/document.ts';
import { renderBodyHtml } from '../../core/render/bodyHtml.ts';
import { assetUrl } from '../api/assetUrl.ts';
import { useT } from '../i18n/I18nContext.tsx';

/** The body as the portal will show it; `renderBodyHtml` escapes text and checks every URL. */
export function ArticleBody({ body }: { body: SerializedEditorState }) {
  const t = useT();
  const html = useMemo(() => renderBodyHtml(body, { assetUrl }), [body]);
  if (body.root.children.length === 0) return <p className="article-body article-body--empty">{t('article.emptyBody')}</p>;
  return <article className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
