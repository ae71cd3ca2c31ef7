// IPC domain: the presenter view. `atlas:presenter-open` opens the second window (or brings it forward) through
// the service the app gives (the hardened window factory, placed on the second display); `atlas:mirror-send`
// relays a presentation window's mirror message to every other atlas window, never back to the sender. If one
// window closes, the other keeps working: the relay simply reaches fewer windows.
import { BrowserWindow } from 'electron';
import { handle, handleWithSender } from './handle';
import { sendEvent } from './events';

export interface PresenterService {
  /** Opens the presenter window at `route`, or focuses the open one (false). */
  open(route: string): Promise<boolean>;
}

export function registerPresenterIpc(service: PresenterService): void {
  handle('atlas:presenter-open', (route) => service.open(route));
  handleWithSender('atlas:mirror-send', (sender, message) => {
    let reached = 0;
    for (const window of BrowserWindow.getAllWindows()) {
      if (window.isDestroyed() || window.webContents === sender) continue;
      if (sendEvent(window.webContents, 'atlas:mirror', message)) reached += 1;
    }
    return reached;
  });
}
