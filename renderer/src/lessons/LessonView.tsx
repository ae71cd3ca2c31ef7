// One lesson on screen: header with objectives, table of contents, the compiled MDX body rendered with
// the lesson components map, the numbered bibliography, previous/next links and reading progress.
import { Suspense, use, useEffect, useMemo, useRef, type ReactNode, type Ref } from 'react';
import { lessonComponents } from './components';
import { LessonContext } from './lesson-context';
import { loadLessonModule, loadedLessonModule } from './manifest';
import { lessons, referencesByKey, type LessonMeta } from '../data/content';
import { ReferenceEntry } from '../ui/ReferenceEntry';
import { backToCitation } from './Cite';
import { handoutHrefFrom, routeHref } from '../state/route';
import { takeRestoreScroll } from '../state/scroll';
import { useAtlas } from '../state/services';
import { shouldMoveFocus } from '../ui/focus';

/** The compiled MDX body of a lesson, rendered with a components map (the lessons' one map, or a handout's). */
export function LessonBody({ meta, components = lessonComponents }: { meta: LessonMeta; components?: Record<string, unknown> }) {
  // A module that is already loaded renders at once: suspending would cost React's reveal throttle.
  const Body = loadedLessonModule(meta) ?? use(loadLessonModule(meta));
  return <Body components={components} />;
}

/** The lesson's opening: number, title, summary and objectives (on screen and in a handout). */
export function LessonIntro({ meta, titleRef, actions }: { meta: LessonMeta; titleRef?: Ref<HTMLHeadingElement>; actions?: ReactNode }) {
  return (
    <header className="lesson-header">
      <div className="lesson-header-top">
        <p className="lesson-kicker">Lesson {meta.order}</p>
        {actions}
      </div>
      <h1 id="lesson-title" ref={titleRef} tabIndex={-1}>
        {meta.title}
      </h1>
      <p className="lesson-summary">{meta.summary}</p>
      <section className="objectives" aria-labelledby="objectives-title">
        <h2 id="objectives-title" className="objectives-title">
          After this lesson you can
        </h2>
        <ul>
          {meta.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}

/** The lesson's numbered bibliography, in citation order; on screen each entry leads back to where it is cited. */
export function LessonReferences({ meta, backLinks = true }: { meta: LessonMeta; backLinks?: boolean }) {
  const bibliography = useMemo(() => meta.citeOrder.map((key) => referencesByKey.get(key)).filter((r) => r !== undefined), [meta]);
  return (
    <section className="bibliography" aria-labelledby="lesson-references">
      <h2 id="lesson-references">References</h2>
      <ol>
        {bibliography.map((ref) => (
          <li key={ref.key} id={`ref-${ref.key}`}>
            <ReferenceEntry reference={ref} />{' '}
            {backLinks && (
              <button type="button" className="back-to-text" onClick={() => backToCitation(ref.key)}>
                ↩<span className="visually-hidden"> Back to where reference {meta.citeOrder.indexOf(ref.key) + 1} is cited</span>
                <span aria-hidden="true"> back</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Scrolls to and focuses the element with id `anchor` (a heading or a bibliography entry). */
function revealAnchor(anchor: string | undefined): boolean {
  if (!anchor) return false;
  const target = document.getElementById(anchor);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start', behavior: document.documentElement.dataset.motion === 'reduce' ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * Figures above the reader's place load a moment later and change the page's height; while that settles (up
 * to 3 s) `apply` puts the place back after every change — unless the reader scrolls, clicks or types meanwhile.
 */
function keepInPlace(apply: () => void): () => void {
  const body = document.querySelector('.lesson-body');
  if (!body || typeof ResizeObserver === 'undefined') return () => undefined;
  let lastHeight = body.getBoundingClientRect().height;
  const observer = new ResizeObserver(() => {
    const height = body.getBoundingClientRect().height;
    if (height === lastHeight) return;
    lastHeight = height;
    apply();
  });
  observer.observe(body);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.removeEventListener(type, stop);
  };
  const timer = window.setTimeout(stop, 3000);
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.addEventListener(type, stop, { passive: true });
  return stop;
}

function useReadingProgress(meta: LessonMeta) {
  const { updateProgress } = useAtlas();
  const lastSent = useRef(0);
  useEffect(() => {
    lastSent.current = 0;
    updateProgress({ slug: meta.slug, readFraction: 0 });
    let timer: number | undefined;
    const measure = () => {
      timer = undefined;
      const doc = document.documentElement;
      const fraction = Math.min(1, (window.scrollY + window.innerHeight) / Math.max(1, doc.scrollHeight));
      let lastHeading: string | undefined;
      for (const h of meta.headings) {
        const el = document.getElementById(h.id);
        if (el && el.getBoundingClientRect().top < window.innerHeight * 0.3) lastHeading = h.id;
      }
      if (fraction >= lastSent.current + 0.05 || (fraction >= 0.98 && lastSent.current < 0.98)) {
        lastSent.current = fraction;
        updateProgress({ slug: meta.slug, readFraction: Number(fraction.toFixed(3)), ...(lastHeading ? { lastHeading } : {}) });
      }
    };
    const onScroll = () => {
      if (timer === undefined) timer = window.setTimeout(measure, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const initial = window.setTimeout(measure, 800);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
      window.clearTimeout(initial);
    };
  }, [meta, updateProgress]);
}

/**
 * "Handout (PDF)": opens the lesson's handout, its figures in the states they have now (the figure part of the
 * address goes along), where it can be printed or saved as PDF.
 */
function HandoutLink({ meta }: { meta: LessonMeta }) {
  const href = routeHref({ name: 'handout', slug: meta.slug });
  return (
    <a
      className="button secondary lesson-handout-link"
      href={href}
      onClick={(event) => {
        const withStates = handoutHrefFrom(meta.slug, window.location.hash);
        if (withStates === href) return;
        event.preventDefault();
        window.location.hash = withStates;
      }}
    >
      <svg className="lesson-handout-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M4 6V2h8v4M4 12H2.5V6.5h11V12H12M4 9.5h8V14H4z" />
      </svg>
      Handout (PDF)
    </a>
  );
}

export function LessonView({ meta, anchor }: { meta: LessonMeta; anchor?: string }) {
  const index = lessons.findIndex((l) => l.slug === meta.slug);
  const previous = index > 0 ? lessons[index - 1] : undefined;
  const next = index < lessons.length - 1 ? lessons[index + 1] : undefined;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useReadingProgress(meta);

  useEffect(() => {
    document.title = `${meta.title} · BiTE Atlas`;
    // Fetch the neighbouring lessons while the reader reads, so moving on is instant.
    const idle = window.setTimeout(() => {
      for (const neighbour of [previous, next]) if (neighbour) void loadLessonModule(neighbour).catch(() => undefined);
    }, 1500);
    return () => window.clearTimeout(idle);
  }, [meta, previous, next]);

  // After the body has rendered: back where the reader was (Back/Forward), else the requested anchor, else the
  // top with focus on the title.
  useEffect(() => {
    const restore = takeRestoreScroll();
    if (restore !== undefined) {
      window.scrollTo({ top: restore });
      return keepInPlace(() => window.scrollTo({ top: restore }));
    }
    let tries = 0;
    let frame = 0;
    let stopSettling = () => undefined as void;
    const attempt = () => {
      if (revealAnchor(anchor)) {
        stopSettling = keepInPlace(() => document.getElementById(anchor!)?.scrollIntoView({ block: 'start' }));
        return;
      }
      if (anchor && tries++ < 60) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      window.scrollTo({ top: 0 });
      if (shouldMoveFocus()) titleRef.current?.focus({ preventScroll: true });
    };
    attempt();
    return () => {
      cancelAnimationFrame(frame);
      stopSettling();
    };
  }, [meta, anchor]);

  return (
    <LessonContext.Provider value={meta}>
      <article className="lesson" aria-labelledby="lesson-title" data-lesson={meta.slug}>
        <LessonIntro
          meta={meta}
          titleRef={titleRef}
          actions={
            <span className="lesson-actions">
              <a
                className="button secondary present-button"
                href={routeHref({ name: 'present', slug: meta.slug, step: 1 })}
                onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
              >
                Present
              </a>
              <HandoutLink meta={meta} />
            </span>
          }
        />
        <div className="lesson-layout">
          <div className="lesson-body">
            <Suspense fallback={<p className="loading" role="status">Loading lesson…</p>}>
              <LessonBody meta={meta} />
            </Suspense>
            <LessonReferences meta={meta} />
            <nav className="lesson-pager" aria-label="Previous and next lesson">
              {previous ? (
                <a href={routeHref({ name: 'lesson', slug: previous.slug })} rel="prev">
                  ← {previous.title}
                </a>
              ) : (
                <span />
              )}
              {next && (
                <a href={routeHref({ name: 'lesson', slug: next.slug })} rel="next">
                  {next.title} →
                </a>
              )}
            </nav>
          </div>
        </div>
      </article>
    </LessonContext.Provider>
  );
}
