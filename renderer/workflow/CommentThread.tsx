import { useEffect, useId, useState } from 'react';
import type { Article } from '../../core/model/article.ts';
import type { Comment } from '../../core/model/comment.ts';
import { documentText } from '../../core/model/document.ts';
import { useDisplayName } from '../accounts/usePeople.tsx';
import { useApi } from '../api/ApiContext.tsx';
import { errorText } from '../shared/errorText.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useCommentMarks } from './useCommentMarks.ts';

const EXCERPT_WORDS = 8;

/** The body's blocks as a reader names them: "Đoạn 2: Năm 2020, tiến độ thực hiện…". */
function blockExcerpts(article: Article): string[] {
  return article.body.root.children.map((node) => {
    const words = documentText({ root: { ...article.body.root, children: [node] } })
      .split(/\s+/)
      .filter(Boolean);
    return words.slice(0, EXCERPT_WORDS).join(' ') + (words.length > EXCERPT_WORDS ? '…' : '');
  });
}

/** Marks the paragraph a comment is about, while it is pointed at, in the text shown beside the thread. */
function useHighlightedBlock(block: number | null, textSelector: string): void {
  useEffect(() => {
    if (block === null) return;
    const target = document.querySelector(textSelector)?.children[block];
    target?.classList.add('is-commented');
    target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return () => target?.classList.remove('is-commented');
  }, [block, textSelector]);
}

interface Props {
  article: Article;
  onChanged(): void;
  /** The element whose children are the article's blocks: the article view, or the editor's text. */
  textSelector?: string;
  /** Whether this person may start a new comment here (replies and "resolved" stay open to them). */
  allowNew?: boolean;
}

/** Editorial comments on the article, threaded, each optionally about one paragraph, each resolvable. */
export function CommentThread({ article, onChanged, textSelector = '.article-body', allowNew = true }: Props) {
  const api = useApi();
  const { t, locale } = useI18n();
  const name = useDisplayName();
  const comments = article.comments ?? [];
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useHighlightedBlock(highlighted, textSelector);
  useCommentMarks(
    textSelector,
    comments.filter((comment) => comment.anchor && !comment.resolved).map((comment) => comment.anchor!.block),
  );
  const excerpts = blockExcerpts(article);

  const resolve = async (comment: Comment) => {
    try {
      await api.workflow.resolveComment(article.id, comment.id);
      setFailure(null);
      setHighlighted(null);
      onChanged();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };

  const renderComment = (comment: Comment) => (
    <li key={comment.id} className={comment.resolved ? 'comment comment--resolved' : 'comment'}>
      <div
        className="comment__body"
        onMouseEnter={() => comment.anchor && setHighlighted(comment.anchor.block)}
        onMouseLeave={() => setHighlighted(null)}
        onFocus={() => comment.anchor && setHighlighted(comment.anchor.block)}
        onBlur={() => setHighlighted(null)}
        tabIndex={comment.anchor ? 0 : undefined}
      >
        <div className="comment__meta">
          <strong>{name(comment.author)}</strong> · <time dateTime={comment.at}>{formatDateTime(comment.at, locale)}</time>
        </div>
        {comment.anchor && <div className="comment__anchor">{t('comments.about', { excerpt: comment.anchor.excerpt })}</div>}
        <p>{comment.text}</p>
        {comment.resolved && (
          <div className="comment__resolved">
            {t('comments.resolvedBy', { who: name(comment.resolved.by), when: formatDateTime(comment.resolved.at, locale) })}
          </div>
        )}
      </div>
      <div className="comment__actions">
        <CommentForm article={article} parentId={comment.id} excerpts={excerpts} onSent={onChanged} />
        {!comment.parentId && !comment.resolved && (
          <button type="button" className="link-button" onClick={() => void resolve(comment)}>
            {t('comments.resolve')}
          </button>
        )}
      </div>
      {comments.some((reply) => reply.parentId === comment.id) && (
        <ul className="comment__replies">{comments.filter((reply) => reply.parentId === comment.id).map(renderComment)}</ul>
      )}
    </li>
  );

  return (
    <section aria-label={t('comments.title')} className="comments">
      <h3>{t('comments.title')}</h3>
      {comments.length === 0 && <p className="workflow-panel__empty">{t('comments.none')}</p>}
      <ul className="comments__list">{comments.filter((c) => !c.parentId).map(renderComment)}</ul>
      {failure && <p role="alert">{failure}</p>}
      {allowNew && <CommentForm article={article} excerpts={excerpts} onSent={onChanged} />}
    </section>
  );
}

function CommentForm({ article, parentId, excerpts, onSent }: { article: Article; parentId?: string; excerpts: string[]; onSent(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const textId = useId();
  const blockId = useId();
  const [open, setOpen] = useState(!parentId);
  const [text, setText] = useState('');
  const [block, setBlock] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" className="link-button comment__reply" onClick={() => setOpen(true)}>
        {t('comments.reply')}
      </button>
    );
  }
  const send = async () => {
    const index = block === '' ? null : Number(block);
    try {
      await api.workflow.comment(article.id, {
        text,
        ...(parentId ? { parentId } : {}),
        ...(index !== null ? { anchor: { block: index, excerpt: excerpts[index] ?? '' } } : {}),
      });
      setText('');
      setBlock('');
      setFailure(null);
      if (parentId) setOpen(false);
      onSent();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label htmlFor={textId}>{parentId ? t('comments.replyLabel') : t('comments.new')}</label>
      {/* "Trả lời" opens the box with the caret in it: the reply is typed straight away. */}
      <textarea id={textId} rows={2} value={text} autoFocus={Boolean(parentId)} onChange={(event) => setText(event.target.value)} />
      {!parentId && (
        <>
          <label htmlFor={blockId}>{t('comments.aboutLabel')}</label>
          <select id={blockId} value={block} onChange={(event) => setBlock(event.target.value)}>
            <option value="">{t('comments.wholeArticle')}</option>
            {excerpts.map((excerpt, index) =>
              excerpt ? (
                <option key={index} value={index}>
                  {t('comments.block', { number: index + 1, excerpt })}
                </option>
              ) : null,
            )}
          </select>
        </>
      )}
      <button type="submit" className="button" disabled={text.trim() === ''}>
        {parentId ? t('comments.sendReply') : t('comments.send')}
      </button>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}
