// "On this page": the sections of the open lesson, the one being read marked, shown in the sidebar under
// the lesson (so the lesson's own column is free for wide figures).
import { useEffect, useState, type ReactNode } from 'react';
import type { LessonMeta } from '../data/content';
import { routeHref } from '../state/route';

/** The id of the section heading the reader is in (the last level-2 heading above the upper third). */
export function useCurrentSection(meta: LessonMeta): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      let id: string | undefined;
      for (const h of meta.headings) {
        if (h.depth !== 2) continue;
        const el = document.getElementById(h.id);
        if (el && el.getBoundingClientRect().top < window.innerHeight / 3) id = h.id;
      }
      setCurrent(id);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const initial = window.setTimeout(measure, 300);
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      window.clearTimeout(initial);
    };
  }, [meta]);
  return current;
}

export function LessonToc({ meta }: { meta: LessonMeta }): ReactNode {
  const currentSection = useCurrentSection(meta);
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title visually-hidden">On this page</p>
      <ol>
        {meta.headings
          .filter((h) => h.depth === 2)
          .map((h) => (
            <li key={h.id}>
              <a href={routeHref({ name: 'lesson', slug: meta.slug, anchor: h.id })} aria-current={h.id === currentSection ? 'location' : undefined}>
                {h.text}
              </a>
            </li>
          ))}
        <li>
          <a href={routeHref({ name: 'lesson', slug: meta.slug, anchor: 'lesson-references' })}>References</a>
        </li>
      </ol>
    </nav>
  );
}
