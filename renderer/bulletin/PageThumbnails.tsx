import { useT } from '../i18n/I18nContext.tsx';

/** The page plans the core drew from the bulletin's layout (SVG, shown as images). */
export function PageThumbnails({ thumbnails }: { thumbnails: readonly string[] }) {
  const t = useT();
  return (
    <div className="bulletin-thumbnails">
      <p className="bulletin-thumbnails__note">
        {t('bulletin.pages', { count: thumbnails.length })} · {t('bulletin.thumbnailsNote')}
      </p>
      <ol className="bulletin-thumbnails__pages">
        {thumbnails.map((svg, index) => (
          <li key={index}>
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={t('bulletin.pageAlt', { page: index + 1 })} width={119} height={168} />
            <span>{index + 1}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
