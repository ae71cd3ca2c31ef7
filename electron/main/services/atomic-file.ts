// Crash-safe file writes for the desktop shell's small JSON files: write a temp file, fsync it,
// rename it over the target, then fsync the folder, so a reader sees either the old or the new file.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** fsyncs a folder so a rename inside it survives a power cut; a no-op where folders cannot be opened (Windows). */
async function syncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system: the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The temp file a write of `fileName` goes through: `.<name>.<pid>.<12 hex>.tmp`, beside it. */
function tempFileName(fileName: string): string {
  return `.${fileName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** True for a temp file of a write of `fileName` (one a killed process may have left behind). */
export function isTempFileOf(name: string, fileName: string): boolean {
  const prefix = `.${fileName}.`;
  return name.startsWith(prefix) && /^\d+\.[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/** Writes `data` to `filePath` atomically (temp file in the same folder + fsync + rename). */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const directory = dirname(filePath);
  const tempPath = join(directory, tempFileName(basename(filePath)));
  const handle = await open(tempPath, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}
