// Push events from the main process to the renderer (the other half of the typed IPC contract): every payload is
// validated with its event's schema before it leaves, and it goes only to windows that show app://atlas.
import { BrowserWindow, type WebContents } from 'electron';
import { ipcEventContract, type IpcEvent, type IpcEventPayload } from '../../common/ipc';
import { isAppUrl } from '../security';

/** Throws when `payload` does not match the event's schema (a bug in the main process, never sent). */
function validated<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): IpcEventPayload<E> {
  const parsed = ipcEventContract[event].safeParse(payload);
  if (!parsed.success) throw new Error(`IPC event "${event}" not sent: invalid payload (${parsed.error.issues.map((issue) => issue.message).join('; ')})`);
  return parsed.data as IpcEventPayload<E>;
}

/** Sends one event to one page, if it is still there and shows the atlas; returns whether it was sent. */
export function sendEvent<E extends IpcEvent>(contents: WebContents, event: E, payload: IpcEventPayload<E>): boolean {
  const checked = validated(event, payload);
  if (contents.isDestroyed() || !isAppUrl(contents.getURL())) return false;
  contents.send(event, checked);
  return true;
}

/** Sends one event to every atlas window (a presenter and an audience window both follow a change); returns how many got it. */
export function broadcastEvent<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): number {
  const checked = validated(event, payload);
  let sent = 0;
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed() && sendEvent(window.webContents, event, checked)) sent += 1;
  }
  return sent;
}
