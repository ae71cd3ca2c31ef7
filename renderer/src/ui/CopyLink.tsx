// "Copy link to this view": the address of the atlas state as it is now (lesson, section, every changed
// figure with its inputs, time and play state), copied to the clipboard and shown so it can be copied by hand.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useAtlasStoreContext } from '../state/react';
import './figure-frame.css';

export function CopyLink({ label = 'Copy link to this view' }: { label?: string }): ReactNode {
  const context = useAtlasStoreContext();
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  if (!context?.linkFor) return null;
  const { store, linkFor } = context;

  const copy = (): void => {
    const href = linkFor(store.getState());
    setLink(href);
    setStatus('');
    const select = (): void => {
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    requestAnimationFrame(select);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard?.writeText) {
      setStatus('Select the link and copy it (Ctrl+C).');
      return;
    }
    clipboard.writeText(href).then(
      () => setStatus('Link copied: it opens this view exactly.'),
      () => setStatus('The clipboard is not available here: the link is selected, copy it with Ctrl+C.'),
    );
  };

  return (
    <span className="copy-link">
      <button type="button" className="ff-toggle" onClick={copy} aria-describedby={link ? `${id}-status` : undefined}>
        <svg className="copy-link-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" />
        </svg>
        {label}
      </button>
      {link && (
        <span className="copy-link-panel">
          <input
            ref={inputRef}
            aria-label="Link to this view"
            className="ff-field copy-link-input"
            readOnly
            value={link}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setLink(null);
              }
            }}
          />
          <span id={`${id}-status`} className="copy-link-status" role="status">
            {status}
          </span>
        </span>
      )}
    </span>
  );
}
