// Which file the atlas's two local servers (the app:// protocol, electron/main/protocol.ts, and the static server,
// build/scripts/static-server.mjs) may send: only a regular file whose real path — symbolic links resolved — lies
// inside the real path of the served folder. The file is opened before it is checked, so what is checked is what is
// sent, and a FIFO or a folder can neither stall nor crash a server. Plain JavaScript so that both can import it.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { sep } from 'node:path';

// Read-only; never block on a FIFO; never follow a link in the last component (it was resolved just before).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Opens `filePath` for serving from `root`, or says why not: 'not-found' (missing, a folder, a FIFO or any
 * other non-regular file, unreadable) or 'forbidden' (its real path lies outside the served folder). The caller
 * must close a returned handle (a read stream made from it closes it when done).
 * @param {string} root the served folder
 * @param {string} filePath a path already mapped inside `root`
 * @returns {Promise<{ kind: 'file', handle: import('node:fs/promises').FileHandle, path: string, size: number, mtimeMs: number } | { kind: 'not-found', reason: string } | { kind: 'forbidden', reason: string }>}
 */
export async function openServedFile(root, filePath) {
  let realRoot;
  let realFile;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(filePath);
  } catch {
    return { kind: 'not-found', reason: 'no such file' };
  }
  if (!realFile.startsWith(realRoot + sep)) return { kind: 'forbidden', reason: 'outside the served folder (a symbolic link leads out)' };
  let handle;
  try {
    handle = await open(realFile, OPEN_FLAGS);
  } catch {
    return { kind: 'not-found', reason: 'cannot be opened' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return { kind: 'not-found', reason: 'not a regular file' };
    }
    return { kind: 'file', handle, path: realFile, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    await handle.close().catch(() => undefined);
    return { kind: 'not-found', reason: 'cannot be read' };
  }
}
