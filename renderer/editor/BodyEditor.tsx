import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor } from 'lexical';
import { memo, useState, type RefObject } from 'react';
import type { SerializedEditorState } from '../../core/model/document.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { editorTheme } from './editorTheme.ts';
import { openableBody } from './openableBody.ts';
import { ImageNode } from './nodes/ImageNode.ts';
import { BodyChangePlugin } from './plugins/autosave/BodyChangePlugin.tsx';
import { ImagesPlugin } from './plugins/images/ImagesPlugin.tsx';
import { LinksPlugin } from './plugins/links/LinksPlugin.tsx';
import { PastePlugin } from './plugins/paste/PastePlugin.tsx';
import { ToolbarPlugin } from './plugins/toolbar/ToolbarPlugin.tsx';
import { NfcPlugin } from './plugins/vietnamese/NfcPlugin.tsx';
import { SpellCheckPlugin } from './plugins/vietnamese/SpellCheckPlugin.tsx';
import { WordCountPlugin } from './plugins/wordCount/WordCountPlugin.tsx';

export const BODY_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, ImageNode];

/** Every node type the body editor reads: Lexical's own and those registered above. */
export const BODY_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  ...BODY_NODES.map((node) => node.getType()),
]);

interface Props {
  body: SerializedEditorState;
  editorRef: RefObject<LexicalEditor | null>;
  onChange(): void;
}

/**
 * The article body: Lexical rich text with our photo node and plugins. Its props do not change
 * while the article is open, so the screen around it (the save state, the fields) re-renders
 * without re-rendering the editor's plugins.
 */
export const BodyEditor = memo(function BodyEditor({ body, editorRef, onChange }: Props) {
  const t = useT();
  const [opened] = useState(() => openableBody(body, BODY_NODE_TYPES));
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'newsdesk-body',
    nodes: BODY_NODES,
    theme: editorTheme,
    onError: (error) => {
      throw error;
    },
    // An empty body gets Lexical's default empty paragraph.
    ...(opened.body.root.children.length > 0 ? { editorState: JSON.stringify(opened.body) } : {}),
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      {opened.unknownTypes.length > 0 && (
        <p role="status" className="editor-unknown-nodes">
          {t('editor.unknownNodes', { types: opened.unknownTypes.join(', ') })}
        </p>
      )}
      <ToolbarPlugin />
      <div className="editor-body">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor-content article-body"
              aria-label={t('editor.body')}
              aria-placeholder={t('editor.bodyPlaceholder')}
              placeholder={<p className="editor-placeholder">{t('editor.bodyPlaceholder')}</p>}
              spellCheck
              lang="vi"
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinksPlugin />
      <ImagesPlugin />
      <PastePlugin />
      <NfcPlugin />
      <SpellCheckPlugin />
      <BodyChangePlugin onChange={onChange} />
      <EditorRefPlugin editorRef={editorRef} />
      <footer className="editor-footer">
        <WordCountPlugin />
      </footer>
    </LexicalComposer>
  );
});
