// The atlas shell: skip link, header (title, search, help), lesson sidebar, the current screen inside
// an error boundary, visible notices, and the global keyboard shortcuts.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Sidebar } from './Sidebar';
import { SearchBox } from './SearchBox';
import { HelpOverlay } from './HelpOverlay';
import { ErrorBoundary } from './ErrorBoundary';
import { GlossaryPage, HomePage, NotFoundPage, ReferencesPage, SettingsPage } from './pages';
import { handoutHrefFrom, navigate, routeHref, type Route } from '../state/route';
import { requestHandoutPrint } from '../present/handout/print-request';
import { useRoute } from '../state/react';
import { isFormControlTarget, isTextEntryTarget } from './shortcuts';
import { useAtlas } from '../state/services';
import { useAtlasStore } from '../state/react';
import { applySettingsToDocument } from './atlas-context';
import { findLesson, lessons } from '../data/content';
import { LessonView } from '../lessons/LessonView';
import { MODEL_DISCLAIMER } from '../model';

/** The Model page: its own chunk (equations, parameter table, calibration targets), loaded when opened. */
const ModelPage = lazy(() => import('./ModelPage'));
/** A lesson's handout: its own chunk (print layout, answers), loaded when opened. */
const HandoutView = lazy(() => import('../present/handout/HandoutView').then((m) => ({ default: m.HandoutView })));
/** The self-quiz: its own chunk (bank, scheduler, templates, statistics), loaded when opened. */
const QuizPage = lazy(() => import('../quiz/QuizPage'));
/** Presentation mode: its own chunk, loaded when a lesson is presented. */
const PresentPage = lazy(() => import('../present/PresentPage'));

/** A screen in its own chunk: a "Loading …" status until its code is here. */
function ScreenChunk({ loading, children }: { loading: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading {loading}…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'lesson': {
      const meta = findLesson(route.slug);
      return meta ? <LessonView meta={meta} anchor={route.anchor} /> : <NotFoundPage path={`lesson/${route.slug}`} />;
    }
    case 'handout': {
      const meta = findLesson(route.slug);
      if (!meta) return <NotFoundPage path={`handout/${route.slug}`} />;
      return (
        <ScreenChunk loading="the handout">
          <HandoutView meta={meta} notes={route.notes ?? false} />
        </ScreenChunk>
      );
    }
    case 'glossary':
      return <GlossaryPage termId={route.termId} />;
    case 'references':
      return <ReferencesPage refKey={route.key} />;
    case 'model':
      return (
        <ScreenChunk loading="the model">
          <ModelPage anchor={route.anchor} />
        </ScreenChunk>
      );
    case 'settings':
      return <SettingsPage />;
    case 'quiz':
      return (
        <ScreenChunk loading="the self-quiz">
          <QuizPage view={route.view} />
        </ScreenChunk>
      );
    case 'present': // drawn by App itself, without the shell
      return null;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

const NEXT_THEME = { system: 'light', light: 'dark', dark: 'projector', projector: 'light' } as const;

function Notices() {
  const { notices, dismissNotice } = useAtlas();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <span>{n.text}</span>
          <button type="button" className="notice-close" onClick={() => dismissNotice(n.id)} aria-label="Dismiss this notice">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function App() {
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const { settings, updateSettings } = useAtlas();
  const store = useAtlasStore();
  const presenting = route.name === 'present';

  // Presenting: the projector theme (large, high-contrast) for as long as the presentation lasts; the reader's own
  // theme comes back on leaving (applySettingsToDocument reads data-presenting).
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    const apply = () => store.dispatch({ type: 'prefs', prefs: applySettingsToDocument(settings) });
    root.dataset.presenting = 'true';
    apply();
    return () => {
      delete root.dataset.presenting;
      apply();
    };
  }, [presenting, settings, store]);

  // Marks the document once the app (not just the pre-rendered page) is running: keyboard shortcuts,
  // search and settings work from here on. Tests and benchmarks wait for it.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        searchRef.current?.focus();
        return;
      }
      // Printing a lesson prints its handout (light, no controls, every figure whole, the answers at the end).
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p' && route.name === 'lesson') {
        event.preventDefault();
        requestHandoutPrint();
        window.location.hash = handoutHrefFrom(route.slug, window.location.hash);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Presenting, the presentation owns every key but "?" (present/PresentationView.tsx).
      if (route.name === 'present' && event.key !== '?') return;
      // "?" (help) works from any control but a text field; every other single key belongs to the form control
      // that has focus (a slider's or radio group's own keys, and leaving the page from one would lose the place).
      if (event.key === '?' ? isTextEntryTarget(event.target) : isFormControlTarget(event.target)) return;
      if (document.querySelector('dialog[open]') && event.key !== '?') return;
      const lessonIndex = route.name === 'lesson' ? lessons.findIndex((l) => l.slug === route.slug) : -1;
      switch (event.key) {
        case '?':
          setHelpOpen((v) => !v);
          break;
        case '/':
          searchRef.current?.focus();
          break;
        case '[':
          if (lessonIndex > 0) navigate({ name: 'lesson', slug: lessons[lessonIndex - 1]!.slug });
          break;
        case ']':
          if (lessonIndex >= 0 && lessonIndex < lessons.length - 1) navigate({ name: 'lesson', slug: lessons[lessonIndex + 1]!.slug });
          else if (lessonIndex < 0 && lessons[0]) navigate({ name: 'lesson', slug: lessons[0].slug });
          break;
        case 'h':
          navigate({ name: 'home' });
          break;
        case 'g':
          navigate({ name: 'glossary' });
          break;
        case ',':
          navigate({ name: 'settings' });
          break;
        case 't':
          void updateSettings({ theme: NEXT_THEME[settings.theme] });
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route, settings.theme, updateSettings]);

  if (route.name === 'present') {
    return (
      <>
        <Notices />
        <ErrorBoundary resetKey={route.slug}>
          <Suspense
            fallback={
              <p className="loading" role="status">
                Loading the presentation…
              </p>
            }
          >
            <PresentPage route={route} onHelp={() => setHelpOpen(true)} />
          </Suspense>
        </ErrorBoundary>
        <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      </>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          <span className="brand-mark" aria-hidden="true" />
          BiTE Atlas
        </a>
        <SearchBox ref={searchRef} />
        <button type="button" className="icon-button" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      <div className="app-body">
        <Sidebar route={route} />
        <main id="main" tabIndex={-1} className="main">
          <Notices />
          <ErrorBoundary resetKey={routeHref(route)}>
            <Screen route={route} />
          </ErrorBoundary>
          <footer className="app-footer">
            <p>
              BiTE Atlas is a teaching tool. Model output: <strong>{MODEL_DISCLAIMER}</strong>
            </p>
          </footer>
        </main>
      </div>
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
