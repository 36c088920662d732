import { useEffect, useId, useRef, useState } from 'react';
import { useShellCommand } from '../shared/useShellCommand.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { AboutScreen } from './AboutScreen.tsx';
import './about.css';

/**
 * "Giới thiệu" in the app header, and the About window it opens over whatever the user is doing
 * (an open editor keeps its work). The desktop's Help menu opens the same window.
 */
export function AboutButton({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  useShellCommand('show-about', () => setOpen(true));
  return (
    <>
      <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('about.open')}
      </button>
      {open && <AboutDialog signedIn={signedIn} onClose={() => setOpen(false)} />}
    </>
  );
}

function AboutDialog({ signedIn, onClose }: { signedIn: boolean; onClose(): void }) {
  const t = useT();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    // A modal dialog: the page behind is inert, Esc closes it, focus comes back where it was.
    if (element && !element.open) element.showModal();
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="about-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
        if (event.target === dialog.current) dialog.current.close();
      }}
    >
      <div className="about-dialog__body">
        {/* First in the tab order, top right on screen: where the window's close button is expected. */}
        <button type="button" className="button button--quiet about-dialog__close" onClick={() => dialog.current?.close()}>
          {t('about.close')}
        </button>
        <AboutScreen headingId={headingId} signedIn={signedIn} />
      </div>
    </dialog>
  );
}
