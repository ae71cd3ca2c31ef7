// The atlas's non-lesson screens: home (contents and resume), glossary, references and settings.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { glossary, lessons, references, referencesByKey } from '../data/content';
import { ReferenceEntry } from '../ui/ReferenceEntry';
import { Sources } from '../ui/sources';
import { routeHref } from '../state/route';
import { useAtlas } from '../state/services';
import { shouldMoveFocus } from '../ui/focus';
import { THEMES, REDUCED_MOTION, TEXT_SCALES, type Settings } from '../../../electron/common/settings-values';

function useScreenTitle(title: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === 'BiTE Atlas' ? title : `${title} · BiTE Atlas`;
    if (shouldMoveFocus()) ref.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [title]);
  return ref;
}

/** The self-quiz's "N due today" line: its own chunk, loaded after the home page. */
const QuizDueCard = lazy(() => import('../quiz/DueCard'));

/** The entry a route names (a glossary term, a reference): scrolled to the middle of the screen and focused. */
function useFocusEntry(elementId: string | undefined) {
  useEffect(() => {
    if (!elementId) return;
    const el = document.getElementById(elementId);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [elementId]);
}

export function HomePage() {
  const { progress, ready } = useAtlas();
  const titleRef = useScreenTitle('BiTE Atlas');
  const resume = Object.entries(progress.lessons)
    .filter(([slug, p]) => !p.completed && lessons.some((l) => l.slug === slug))
    .sort((a, b) => b[1].lastOpenedAt.localeCompare(a[1].lastOpenedAt))[0];
  const resumeLesson = resume ? lessons.find((l) => l.slug === resume[0]) : undefined;
  const entry = resumeLesson
    ? {
        href: routeHref({ name: 'lesson', slug: resumeLesson.slug, ...(resume![1].lastHeading ? { anchor: resume![1].lastHeading } : {}) }),
        text: `Continue “${resumeLesson.title}”`,
      }
    : lessons[0] && { href: routeHref({ name: 'lesson', slug: lessons[0].slug }), text: `Start with “${lessons[0].title}”` };
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title" ref={titleRef} tabIndex={-1}>
        Blinatumomab, step by step
      </h1>
      <p className="home-lead">
        An offline atlas of the CD19×CD3 bispecific T-cell engager: how the molecule is built, how it makes a T cell kill a B cell, why the
        first days of an infusion carry the risk, and what the trials showed. Figures are driven by one calibrated teaching model —{' '}
        <strong>illustrative, not for dosing decisions</strong>.
      </p>
      {/* Always one button here (continue where the reader left off, or start at lesson 1), kept invisible until
          the saved progress has loaded, so the lesson cards below never jump when it arrives. */}
      {entry && (
        <p className={ready ? 'resume' : 'resume resume-pending'} aria-hidden={ready ? undefined : true}>
          <a className="button" href={entry.href} tabIndex={ready ? undefined : -1}>
            {entry.text}
          </a>
        </p>
      )}
      <Suspense fallback={<p className="home-quiz">&nbsp;</p>}>
        <QuizDueCard />
      </Suspense>
      <ol className="lesson-cards">
        {lessons.map((lesson) => {
          const p = progress.lessons[lesson.slug];
          return (
            <li key={lesson.slug} className="lesson-card">
              <h2>
                <a href={routeHref({ name: 'lesson', slug: lesson.slug })}>
                  <span className="lesson-card-number">Lesson {lesson.order}</span> {lesson.title}
                </a>
              </h2>
              <p>{lesson.summary}</p>
              <p className="lesson-card-status">{p?.completed ? 'Completed' : p ? `${Math.round(p.readFraction * 100)}% read` : 'Not started'}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function GlossaryPage({ termId }: { termId?: string }) {
  const titleRef = useScreenTitle('Glossary');
  useFocusEntry(termId && `term-${termId}`);
  const letters = [...new Set(glossary.map((g) => g.term[0]!.toUpperCase()))];
  return (
    <section className="glossary-page" aria-labelledby="glossary-title">
      <h1 id="glossary-title" ref={titleRef} tabIndex={-1}>
        Glossary
      </h1>
      {termId && !glossary.some((g) => g.id === termId) && (
        <p className="notice notice-warning" role="status">
          The glossary has no entry “{termId}”: the link that brought you here may be out of date. All terms are listed below.
        </p>
      )}
      <p>{glossary.length} terms used in the lessons. In a lesson, hover over or tab to a dotted term to see its definition.</p>
      <nav aria-label="Glossary letters" className="glossary-letters">
        {letters.map((letter) => (
          <a key={letter} href={routeHref({ name: 'glossary', termId: glossary.find((g) => g.term[0]!.toUpperCase() === letter)!.id })}>
            {letter}
          </a>
        ))}
      </nav>
      <dl className="glossary-list">
        {glossary.map((entry) => (
          <div key={entry.id} className="glossary-entry" id={`term-${entry.id}`} tabIndex={-1} data-current={entry.id === termId}>
            <dt>{entry.term}</dt>
            <dd>
              {entry.definition}
              {entry.aliases.length > 0 && <span className="glossary-aliases"> Also: {entry.aliases.join(', ')}.</span>}
              {entry.refs.length > 0 && (
                <>
                  {' '}
                  <Sources className="glossary-refs" refs={entry.refs} />
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ReferencesPage({ refKey }: { refKey?: string }) {
  const titleRef = useScreenTitle('References');
  const sorted = [...references].sort((a, b) => a.key.localeCompare(b.key));
  // #/references/<key>: the entry is scrolled to, focused and marked (like a glossary term).
  useFocusEntry(refKey && `ref-${refKey}`);
  return (
    <section className="references-page" aria-labelledby="references-title">
      <h1 id="references-title" ref={titleRef} tabIndex={-1}>
        References
      </h1>
      {refKey && !referencesByKey.has(refKey) && (
        <p className="notice notice-warning" role="status">
          The reference list has no entry “{refKey}”: the link that brought you here may be out of date. All sources are listed below.
        </p>
      )}
      <p>Every number in the atlas traces to one of these sources by its key. Links open in your web browser.</p>
      <ul className="reference-list">
        {sorted.map((ref) => (
          <li key={ref.key} id={`ref-${ref.key}`} tabIndex={-1} data-current={ref.key === refKey}>
            <ReferenceEntry reference={ref} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const THEME_LABELS: Record<Settings['theme'], string> = { system: 'Follow the system', light: 'Light', dark: 'Dark', projector: 'Projector (high contrast)' };
const MOTION_LABELS: Record<Settings['reducedMotion'], string> = { system: 'Follow the system', reduce: 'Reduce motion', 'no-preference': 'Full motion' };

export function SettingsPage() {
  const { settings, updateSettings, platform } = useAtlas();
  const titleRef = useScreenTitle('Settings');
  return (
    <section className="settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={titleRef} tabIndex={-1}>
        Settings
      </h1>
      <p>Saved on this {platform.edition === 'desktop' ? 'computer' : 'browser'} and kept across restarts.</p>
      <fieldset className="setting">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="choice">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void updateSettings({ theme })} />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <fieldset className="setting">
        <legend>Text size</legend>
        {TEXT_SCALES.map((scale) => (
          <label key={scale} className="choice">
            <input type="radio" name="text-size" value={scale} checked={settings.textScale === scale} onChange={() => void updateSettings({ textScale: scale })} />
            {Math.round(scale * 100)}%
          </label>
        ))}
      </fieldset>
      <fieldset className="setting">
        <legend>Motion in figures</legend>
        {REDUCED_MOTION.map((motion) => (
          <label key={motion} className="choice">
            <input
              type="radio"
              name="motion"
              value={motion}
              checked={settings.reducedMotion === motion}
              onChange={() => void updateSettings({ reducedMotion: motion })}
            />
            {MOTION_LABELS[motion]}
          </label>
        ))}
        <p className="setting-hint">With reduced motion, animations are replaced by still frames at the same moments.</p>
      </fieldset>
    </section>
  );
}

export function NotFoundPage({ path }: { path: string }) {
  const titleRef = useScreenTitle('Not found');
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title" ref={titleRef} tabIndex={-1}>
        Nothing here
      </h1>
      <p>There is no page at “{path}”.</p>
      <p>
        <a href="#/">Back to the contents</a>
      </p>
    </section>
  );
}

