// Renderer entry, kept tiny on purpose: the shell's styles (KaTeX's come with the app), then — once boot.js has shown the pre-rendered page and
// the browser has painted it — the app itself (React and the shell), which renders the same page over it.
import './app/theme.css';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const boot = (window as Window & { __atlasBoot?: Promise<unknown> }).__atlasBoot;
if (boot) {
  await boot.catch(() => undefined);
  // Let the browser paint the pre-rendered lesson before the app's JavaScript is parsed.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
const { start } = await import('./start');
await start(container);
