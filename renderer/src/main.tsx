// Renderer entry, kept tiny on purpose: the shell's styles (KaTeX's come with the app), then — once boot.js has shown the pre-rendered page and
// the browser has painted it — the app itself (React and the shell), which renders the same page over it.
import './app/theme.css';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const boot = (window as Window & { __atlasBoot?: Promise<unknown> }).__atlasBoot;
if (boot) {
  await boot.catch(() => undefined);
  // Let the pre-rendered lesson reach the screen before the app's JavaScript is fetched and parsed: on a
  // small machine rasterising the first screen and parsing React compete for the same cores.
  await firstPaint(300);
}

/** Resolves once the page's first contentful paint has been presented (or after `timeoutMs`, e.g. in a hidden window). */
function firstPaint(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timeout decides.
    }
  });
}
const { start } = await import('./start');
await start(container);
