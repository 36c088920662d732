import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's elements; editor.css styles them like the portal's article. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  heading: { h2: 'editor-heading editor-heading--h2', h3: 'editor-heading editor-heading--h3' },
  quote: 'editor-quote',
  list: {
    ul: 'editor-list editor-list--bullet',
    ol: 'editor-list editor-list--number',
    listitem: 'editor-listitem',
    nested: { listitem: 'editor-listitem--nested' },
  },
  link: 'editor-link',
  text: {
    bold: 'editor-text--bold',
    italic: 'editor-text--italic',
    underline: 'editor-text--underline',
    strikethrough: 'editor-text--strikethrough',
    underlineStrikethrough: 'editor-text--underline-strikethrough',
    subscript: 'editor-text--subscript',
    superscript: 'editor-text--superscript',
  },
};
