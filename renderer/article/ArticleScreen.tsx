import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../app/ErrorPanel.tsx';
import { Loading } from '../app/Loading.tsx';
import { useEscapeKey } from '../app/useEscapeKey.ts';
import { useLoad } from '../app/useLoad.ts';
import { ArticlePrint } from './ArticlePrint.tsx';
import { BackButton } from './BackButton.tsx';
import { ArticleView } from './ArticleView.tsx';
import './article.css';

export function ArticleScreen({ id, onBack }: { id: string; onBack(): void }) {
  const api = useApi();
  const [article, reload] = useLoad(() => api.library.get(id), [api, id]);
  useEscapeKey(onBack);

  return (
    <div className="article-screen">
      <nav className="article-screen__nav">
        <BackButton onBack={onBack} />
        {article.status === 'ready' && <ArticlePrint id={id} />}
      </nav>
      {article.status === 'loading' && <Loading />}
      {article.status === 'failed' && <ErrorPanel error={article.error} onRetry={reload} />}
      {article.status === 'ready' && <ArticleView article={article.value} />}
    </div>
  );
}
