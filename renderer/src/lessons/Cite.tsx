// <Cite k="key1 key2" />: numbered citations linking to the lesson's bibliography; numbers follow the
// order of first citation in the lesson (computed at build time).
import { Fragment } from 'react';
import { routeHref } from '../state/route';
import { shortReference } from '../data/reference-labels';
import { useLesson } from './lesson-context';

/** The citation link the reader followed last, so the bibliography can take them back to it. */
let lastFollowed: HTMLElement | null = null;

/** Scrolls back to the citation of `key` the reader followed (or its first citation) and focuses it. */
export function backToCitation(key: string): void {
  const target = lastFollowed?.isConnected && lastFollowed.dataset.cite === key ? lastFollowed : document.querySelector<HTMLElement>(`.lesson-body [data-cite="${CSS.escape(key)}"]`);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

export function Cite({ k }: { k: string }) {
  const lesson = useLesson();
  const keys = k
    .split(/[\s,]+/)
    .filter(Boolean)
    .sort((a, b) => lesson.citeOrder.indexOf(a) - lesson.citeOrder.indexOf(b));
  return (
    <sup className="cite">
      [
      {keys.map((key, i) => {
        const n = lesson.citeOrder.indexOf(key) + 1;
        return (
          <Fragment key={key}>
            {i > 0 && ', '}
            <a
              href={routeHref({ name: 'lesson', slug: lesson.slug, anchor: `ref-${key}` })}
              aria-label={`Reference ${n}: ${shortReference(key)}`}
              title={shortReference(key)}
              data-cite={key}
              onClick={(event) => {
                lastFollowed = event.currentTarget;
              }}
            >
              {n}
            </a>
          </Fragment>
        );
      })}
      ]
    </sup>
  );
}
