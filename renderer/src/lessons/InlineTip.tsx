// An inline word or number in lesson prose with an explanation that appears on hover and on keyboard focus
// (CSS, so it works from the first paint) and is announced as the trigger's description; Escape dismisses
// it. Glossary terms and live model numbers both use it.
import { useId, useState, type ReactNode } from 'react';

export function InlineTip({ className, data, tip, children }: { className: string; data: Record<`data-${string}`, string>; tip: ReactNode; children: ReactNode }) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span className="term-wrap" data-dismissed={dismissed || undefined} onMouseEnter={() => setDismissed(false)} onMouseLeave={() => setDismissed(false)}>
      <button
        type="button"
        className={className}
        {...data}
        aria-describedby={tipId}
        onBlur={() => setDismissed(false)}
        onClick={() => setDismissed(false)} // Enter, Space or a click shows it again after Escape
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !dismissed) {
            event.stopPropagation();
            setDismissed(true);
          }
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={tipId} className="term-tip">
        {tip}
      </span>
    </span>
  );
}
