// <Cite k="key1 key2" />: numbered citations linking to the lesson's bibliography; numbers follow the
// order of first citation in the lesson (computed at build time).
import { Fragment } from 'react';
import { routeHref } from '../app/router';
import { referencesByKey } from './manifest';
import { useLesson } from './lesson-context';

export function shortReference(key: string): string {
  const ref = referencesByKey.get(key);
  if (!ref) return key;
  const firstAuthor = ref.authors.split(/[,;]/)[0]?.replace(/\bet al\.?/, '').trim() || ref.container;
  return `${firstAuthor} ${ref.year}, ${ref.container}`;
}

export function Cite({ k }: { k: string }) {
  const lesson = useLesson();
  const keys = k.split(/[\s,]+/).filter(Boolean);
  return (
    <sup className="cite">
      [
      {keys.map((key, i) => {
        const n = lesson.citeOrder.indexOf(key) + 1;
        return (
          <Fragment key={key}>
            {i > 0 && ', '}
            <a href={routeHref({ name: 'lesson', slug: lesson.slug, anchor: `ref-${key}` })} aria-label={`Reference ${n}: ${shortReference(key)}`} data-cite={key}>
              {n}
            </a>
          </Fragment>
        );
      })}
      ]
    </sup>
  );
}
