// Where bite-atlas:// links go in the running app: each link (command line, a second launch, macOS open-url) is
// validated (../common/deep-link.ts), then the atlas window is restored, focused and sent the route as the
// `atlas:open-link` event; with no window yet the route waits and the window opens at it.
import type { BrowserWindow } from 'electron';
import { parseDeepLink } from '../common/deep-link';
import { sendEvent } from './ipc/events';

/** Brings a window to the front: restored if minimised, shown, focused. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export interface DeepLinkTarget {
  /** The atlas window, or null while there is none. */
  window(): BrowserWindow | null;
  /** Asks for a window to be opened (it takes the waiting route with takePending). */
  openWindow(): void;
}

export class DeepLinks {
  private pending: string | undefined;

  constructor(private readonly target: DeepLinkTarget) {}

  /** Handles one link as received from the OS; anything that is not an accepted bite-atlas:// link is ignored. */
  receive(raw: unknown): void {
    const route = parseDeepLink(raw);
    if (route === null) {
      console.warn(`[atlas] ignored a link that is not an atlas route: ${String(raw).slice(0, 120)}`);
      const window = this.target.window();
      if (window && !window.isDestroyed()) revealWindow(window);
      return;
    }
    this.pending = route;
    this.deliverPending();
  }

  /** Sends a waiting route to the window, or asks for a window when there is none. */
  deliverPending(): void {
    if (this.pending === undefined) return;
    const window = this.target.window();
    if (!window || window.isDestroyed()) {
      this.target.openWindow();
      return;
    }
    revealWindow(window);
    if (sendEvent(window.webContents, 'atlas:open-link', this.pending)) this.pending = undefined;
  }

  /** The route the window being opened should show (taken once), or undefined. */
  takePending(): string | undefined {
    const route = this.pending;
    this.pending = undefined;
    return route;
  }
}
