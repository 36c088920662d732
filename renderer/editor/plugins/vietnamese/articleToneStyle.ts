import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { applyToneStyle, type ToneStyle } from '../../../../core/vietnamese/toneStyle.ts';
import type { ArticleFields } from '../../articleFields.ts';
import { $isImageNode } from '../../nodes/ImageNode.ts';

/** Rewrites the body's text and photo captions in the tone style (inside an editor update); returns how many changed. */
export function $applyToneStyleToBody(style: ToneStyle): number {
  let changed = 0;
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) {
      const text = node.getTextContent();
      const styled = applyToneStyle(text, style);
      if (styled !== text) {
        node.setTextContent(styled);
        changed += 1;
      }
    } else if ($isImageNode(node)) {
      const { caption, altText } = node.fields();
      if (applyToneStyle(caption, style) !== caption) {
        node.setCaption(applyToneStyle(caption, style));
        changed += 1;
      }
      if (applyToneStyle(altText, style) !== altText) {
        node.setAltText(applyToneStyle(altText, style));
        changed += 1;
      }
    } else if ($isElementNode(node)) {
      node.getChildren().forEach(visit);
    }
  };
  visit($getRoot());
  return changed;
}

/** The fields around the body (title, sapo, featured photo) in the tone style; null when nothing changes. */
export function fieldsInToneStyle(fields: ArticleFields, style: ToneStyle): Partial<ArticleFields> | null {
  const change: Partial<ArticleFields> = {};
  const title = applyToneStyle(fields.title, style);
  const sapo = applyToneStyle(fields.sapo, style);
  if (title !== fields.title) change.title = title;
  if (sapo !== fields.sapo) change.sapo = sapo;
  const photo = fields.featuredPhoto;
  if (photo) {
    const styled = { ...photo, caption: applyToneStyle(photo.caption, style), alt: applyToneStyle(photo.alt, style) };
    if (styled.caption !== photo.caption || styled.alt !== photo.alt) change.featuredPhoto = styled;
  }
  return Object.keys(change).length > 0 ? change : null;
}
