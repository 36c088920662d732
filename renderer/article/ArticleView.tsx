import { useEffect, useRef } from 'react';
import type { Article } from '../../core/model/article.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleMeta } from './ArticleMeta.tsx';
import { bodyShowsPhoto } from '../../core/model/photos.ts';
import { FeaturedPhoto } from './FeaturedPhoto.tsx';

export function ArticleView({ article }: { article: Article }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const featured = article.featuredPhoto;
  const showFeatured = featured !== null && !bodyShowsPhoto(article.body, featured.asset);

  useEffect(() => {
    heading.current?.focus();
  }, [article.id]);

  return (
    <div className="article-view">
      <header className="article-view__header">
        {article.category !== '' && <p className="article-view__category">{article.category}</p>}
        <h1 className="article-view__title" ref={heading} tabIndex={-1}>
          {article.title}
        </h1>
        <ArticleMeta article={article} />
        {article.sapo !== '' && <p className="article-view__sapo">{article.sapo}</p>}
      </header>
      {showFeatured && <FeaturedPhoto photo={featured} />}
      <ArticleBody body={article.body} />
      {article.byline !== '' && <p className="article-view__signature">{article.byline}</p>}
    </div>
  );
}
