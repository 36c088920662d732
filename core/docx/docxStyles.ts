/**
 * The paragraph styles Newsdesk writes into Word files (style ids; the names Word shows are
 * "Newsdesk …"). The Word import reads them back, so an exported article comes back whole.
 */
export const DOCX_STYLE = {
  masthead: 'NewsdeskMasthead',
  kicker: 'NewsdeskKicker',
  title: 'NewsdeskTitle',
  byline: 'NewsdeskByline',
  dateline: 'NewsdeskDateline',
  sapo: 'NewsdeskSapo',
  body: 'NewsdeskBody',
  quote: 'NewsdeskQuote',
  photo: 'NewsdeskPhoto',
  caption: 'NewsdeskCaption',
  credit: 'NewsdeskCredit',
  signature: 'NewsdeskSignature',
} as const;

/** mammoth's style map for them: what the import keeps marks its role in a class, the rest is left out. */
export const DOCX_IMPORT_STYLE_MAP = [
  "p[style-name='Newsdesk Title'] => h1.nd-title:fresh",
  "p[style-name='Newsdesk Byline'] => p.nd-byline:fresh",
  "p[style-name='Newsdesk Sapo'] => p.nd-sapo:fresh",
  "p[style-name='Newsdesk Caption'] => p.nd-caption:fresh",
  "p[style-name='Newsdesk Credit'] => p.nd-credit:fresh",
  "p[style-name='Newsdesk Quote'] => blockquote > p:fresh",
  "p[style-name='Newsdesk Masthead'] => !",
  "p[style-name='Newsdesk Kicker'] => !",
  "p[style-name='Newsdesk Dateline'] => !",
  "p[style-name='Newsdesk Signature'] => !",
  'u => u',
];

/** The credit line reads "Ảnh: name" in the document; the stored credit is the name. */
export const CREDIT_PREFIX = 'Ảnh: ';
