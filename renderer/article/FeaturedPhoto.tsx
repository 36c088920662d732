import type { Photo } from '../../core/model/article.ts';
import { assetUrl } from '../api/assetUrl.ts';
import { useT } from '../i18n/I18nContext.tsx';

export function FeaturedPhoto({ photo }: { photo: Photo }) {
  const t = useT();
  const hasCaption = photo.caption !== '' || photo.credit !== '';
  return (
    <figure className="featured-photo">
      <img src={assetUrl(photo.asset)} alt={photo.alt} width={photo.width} height={photo.height} />
      {hasCaption && (
        <figcaption>
          {photo.caption} {photo.credit !== '' && <span className="nd-credit">{t('article.credit', { credit: photo.credit })}</span>}
        </figcaption>
      )}
    </figure>
  );
}
