// The lesson navigation on the left: lessons in order with each one's reading progress (the open lesson
// with its sections), plus links to the glossary, references, the model and settings.
import type { CSSProperties } from 'react';
import { lessons } from '../data/content';
import { LessonToc } from '../lessons/LessonToc';
import { routeHref, type Route } from '../state/route';
import { useAtlas } from '../state/services';

function ProgressMark({ fraction, completed }: { fraction: number; completed: boolean }) {
  const pct = Math.round(fraction * 100);
  // A CSS ring (conic gradient), lighter to draw than an SVG per lesson.
  return (
    <span className="progress-mark" data-completed={completed} style={{ '--progress': completed ? 1 : fraction } as CSSProperties}>
      <span className="visually-hidden">{completed ? 'completed' : pct > 0 ? `${pct}% read` : 'not started'}</span>
    </span>
  );
}

export function Sidebar({ route }: { route: Route }) {
  const { progress } = useAtlas();
  return (
    <nav className="sidebar" aria-label="Lessons">
      <p className="sidebar-title">Lessons</p>
      <ol className="lesson-list">
        {lessons.map((lesson) => {
          const p = progress.lessons[lesson.slug];
          const current = route.name === 'lesson' && route.slug === lesson.slug;
          return (
            <li key={lesson.slug}>
              <a href={routeHref({ name: 'lesson', slug: lesson.slug })} aria-current={current ? 'page' : undefined} data-lesson-link={lesson.slug}>
                <span className="lesson-number" aria-hidden="true">
                  {lesson.order}
                </span>
                <span className="lesson-link-title">{lesson.title}</span>
                <ProgressMark fraction={p?.readFraction ?? 0} completed={p?.completed ?? false} />
              </a>
              {current && <LessonToc meta={lesson} />}
            </li>
          );
        })}
      </ol>
      <ul className="sidebar-extra">
        <li>
          <a href={routeHref({ name: 'quiz' })} aria-current={route.name === 'quiz' ? 'page' : undefined}>
            Self-quiz
          </a>
        </li>
        <li>
          <a href={routeHref({ name: 'glossary' })} aria-current={route.name === 'glossary' ? 'page' : undefined}>
            Glossary
          </a>
        </li>
        <li>
          <a href={routeHref({ name: 'references' })} aria-current={route.name === 'references' ? 'page' : undefined}>
            References
          </a>
        </li>
        <li>
          <a href={routeHref({ name: 'model' })} aria-current={route.name === 'model' ? 'page' : undefined}>
            The model
          </a>
        </li>
        <li>
          <a href={routeHref({ name: 'settings' })} aria-current={route.name === 'settings' ? 'page' : undefined}>
            Settings
          </a>
        </li>
      </ul>
    </nav>
  );
}
