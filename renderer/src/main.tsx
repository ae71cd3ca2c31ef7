// Renderer entry: mounts the atlas shell with its platform provider; runs unchanged in Electron and in
// a plain browser (the web edition).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './app/theme.css';
import './app/app.css';
import { App } from './app/App';
import { AtlasProvider } from './app/atlas-context';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <AtlasProvider>
      <App />
    </AtlasProvider>
  </StrictMode>,
);
