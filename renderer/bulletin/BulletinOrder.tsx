import { useState } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import { useT } from '../i18n/I18nContext.tsx';

interface Props {
  articles: readonly ArticleSummary[];
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  labelledBy: string;
}

/** The bulletin's running order: drag and drop with a mouse, Up / Down buttons from the keyboard. */
export function BulletinOrder({ articles, onMove, onRemove, labelledBy }: Props) {
  const t = useT();
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  return (
    <ol className="bulletin-order" aria-labelledby={labelledBy}>
      {articles.map((article, index) => (
        <li
          key={article.id}
          className={`bulletin-order__item${over === index && dragging !== index ? ' bulletin-order__item--over' : ''}`}
          draggable
          data-testid="bulletin-order-item"
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', String(index));
            setDragging(index);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(index);
          }}
          onDragLeave={() => setOver((current) => (current === index ? null : current))}
          onDrop={(event) => {
            event.preventDefault();
            const from = Number(event.dataTransfer.getData('text/plain'));
            if (Number.isInteger(from) && from !== index) onMove(from, index);
            setDragging(null);
            setOver(null);
          }}
          onDragEnd={() => {
            setDragging(null);
            setOver(null);
          }}
        >
          <span className="bulletin-order__grip" aria-hidden="true">
            ⠿
          </span>
          <span className="bulletin-order__number">{index + 1}.</span>
          <span className="bulletin-order__title">{article.title}</span>
          <span className="bulletin-order__tools">
            <button
              type="button"
              className="button button--quiet"
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
              aria-label={t('bulletin.moveUpLabel', { title: article.title })}
            >
              ↑ {t('bulletin.moveUp')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={index === articles.length - 1}
              onClick={() => onMove(index, index + 1)}
              aria-label={t('bulletin.moveDownLabel', { title: article.title })}
            >
              ↓ {t('bulletin.moveDown')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onRemove(article.id)}
              aria-label={t('bulletin.removeLabel', { title: article.title })}
            >
              ✕ {t('bulletin.remove')}
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
