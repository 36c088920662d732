import { useState } from 'react';
import type { User } from '../../core/model/account.ts';
import { canEdit } from '../../core/model/editRules.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { Loading } from '../shared/Loading.tsx';
import { useEscapeKey } from '../shared/useEscapeKey.ts';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { PreviewPane } from '../preview/PreviewPane.tsx';
import { useArticlePdf } from '../print/useArticlePdf.ts';
import { WorkflowPanel } from '../workflow/WorkflowPanel.tsx';
import type { PaperName } from '../../core/model/print.ts';
import { ArticleExports, PrintCheck } from './ArticlePrint.tsx';
import { BackButton } from './BackButton.tsx';
import { ArticleView } from './ArticleView.tsx';
import './article.css';

interface Props {
  id: string;
  user: User;
  onBack(): void;
  onEdit(): void;
}

/** One article, read-only; "Sửa bài" opens the editor for those who may change it. */
export function ArticleScreen({ id, user, onBack, onEdit }: Props) {
  const api = useApi();
  const t = useT();
  const [article, reload] = useLoad(() => api.library.get(id), [api, id]);
  const [previewing, setPreviewing] = useState(false);
  const [showingHistory, setShowingHistory] = useState(false);
  const [paper, setPaper] = useState<PaperName>('A4');
  const [, exportPdf] = useArticlePdf(id);
  useEscapeKey(onBack);

  return (
    <div className="article-screen">
      {/* One row at a laptop's width: what is done to the article on the left, how it leaves Newsdesk on the right. */}
      <nav className="article-screen__nav" aria-label={t('article.actions')}>
        <BackButton onBack={onBack} />
        {article.status === 'ready' && canEdit(user, article.value) && (
          <button type="button" className="button button--primary" onClick={onEdit}>
            {t('article.edit')}
          </button>
        )}
        {article.status === 'ready' && (
          <button type="button" className="button" aria-pressed={previewing} onClick={() => setPreviewing(!previewing)}>
            {t('preview.open')}
          </button>
        )}
        {article.status === 'ready' && (
          <button type="button" className="button" aria-pressed={showingHistory} onClick={() => setShowingHistory(!showingHistory)}>
            {t('history.open')}
          </button>
        )}
        {article.status === 'ready' && (
          <div className="article-screen__exports">
            <ArticleExports id={id} paper={paper} onPaperChange={setPaper} />
          </div>
        )}
      </nav>
      {article.status === 'loading' && <Loading />}
      {article.status === 'failed' && <ErrorPanel error={article.error} onRetry={reload} />}
      {article.status === 'ready' && showingHistory && <HistoryPanel articleId={id} onRestored={reload} />}
      {article.status === 'ready' && (
        <div className="article-screen__layout">
          <div className="article-screen__main">
            {previewing ? (
              <PreviewPane article={article.value} onExportPdf={() => void exportPdf('A4')} />
            ) : (
              <ArticleView article={article.value} />
            )}
          </div>
          <div className="article-screen__side">
            <WorkflowPanel article={article.value} onChanged={reload} />
            <PrintCheck id={id} paper={paper} />
          </div>
        </div>
      )}
    </div>
  );
}
