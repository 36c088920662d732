import type { ReactNode } from 'react';

/** Toolbar icons drawn in SVG (no icon font, no emoji that a system may lack), in the text colour. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="editor-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);

export const ParagraphIcon = () => (
  <Icon>
    <path d="M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 0 0 0 9H13" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M6 17c-1.7 0-3-1.3-3-3V9a3 3 0 0 1 3-3h2v5H5M16 17c-1.7 0-3-1.3-3-3V9a3 3 0 0 1 3-3h2v5h-3" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4" cy="6" r="1" />
    <circle cx="4" cy="12" r="1" />
    <circle cx="4" cy="18" r="1" />
  </Icon>
);

export const NumberListIcon = () => (
  <Icon>
    <path d="M10 6h10M10 12h10M10 18h10M4 4v4M3 10h2l-2 4h2M3 16h2v4H3M3 18h2" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
    <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </Icon>
);

export const ClearFormatIcon = () => (
  <Icon>
    <path d="M4 7V4h16v3M9 20h6M12 4 9 20M4 20 20 4" />
  </Icon>
);

export const PhotoIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <circle cx="9" cy="10" r="2" />
    <path d="m21 16-5-5-9 9" />
  </Icon>
);
