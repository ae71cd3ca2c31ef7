// A small JSON file store that never loses data silently: atomic writes, a `.bak` of the previous good
// file, recovery from that backup, and damaged files kept aside as `*.corrupt-<timestamp>.json`.
import { access, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loaded } from '../../common/api';
import { writeFileAtomic } from './atomic-file';

export interface JsonStoreOptions<T> {
  /** Folder holding the file (userData in the app, a temp folder in tests). */
  directory: string;
  /** File name ending in .json, e.g. "settings.json". */
  fileName: string;
  /** Words for notices, e.g. "settings" or "progress". */
  label: string;
  /** Strict check of stored data: the value when valid, undefined when not. */
  validate(raw: unknown): T | undefined;
  /** Value to use when neither file is usable; receives the damaged main data when it was at least JSON. */
  fallback(damagedRaw: unknown): T;
  /** Clock for the names of files kept aside (injectable for tests). */
  now?: () => Date;
}

type ReadResult = { state: 'missing' } | { state: 'damaged'; raw: unknown } | { state: 'ok'; raw: unknown };

const NOT_JSON = Symbol('not JSON');

async function readJson(filePath: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'damaged', raw: NOT_JSON };
  }
  try {
    return { state: 'ok', raw: JSON.parse(text) as unknown };
  } catch {
    return { state: 'damaged', raw: NOT_JSON };
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}

/** "2025-11-25T07:30:00.000Z" → "2025-11-25T07-30-00-000Z" (valid in file names on every platform). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export class JsonFileStore<T> {
  readonly filePath: string;
  readonly backupPath: string;
  private readonly options: JsonStoreOptions<T>;
  private readonly stem: string;

  constructor(options: JsonStoreOptions<T>) {
    this.options = options;
    this.stem = options.fileName.replace(/\.json$/i, '');
    this.filePath = join(options.directory, options.fileName);
    this.backupPath = `${this.filePath}.bak`;
  }

  private check(result: ReadResult): T | undefined {
    return result.state === 'ok' ? this.options.validate(result.raw) : undefined;
  }

  /** Renames a damaged file to `<stem>[.bak].corrupt-<timestamp>.json` and returns the new name. */
  private async keepAside(filePath: string, isBackup: boolean): Promise<string> {
    const base = `${this.stem}${isBackup ? '.bak' : ''}.corrupt-${fileTimestamp((this.options.now ?? (() => new Date()))())}`;
    let name = `${base}.json`;
    for (let attempt = 1; await exists(join(this.options.directory, name)); attempt += 1) {
      name = `${base}-${attempt}.json`;
    }
    await rename(filePath, join(this.options.directory, name));
    return name;
  }

  /** Loads the stored value, recovering from the backup or defaults when the main file is damaged. */
  async load(): Promise<Loaded<T>> {
    const { directory, label } = this.options;
    await mkdir(directory, { recursive: true });
    const main = await readJson(this.filePath);
    const mainValue = this.check(main);
    if (mainValue !== undefined) return { value: mainValue };

    const keptAside: string[] = [];
    if (main.state !== 'missing') keptAside.push(await this.keepAside(this.filePath, false));

    const backup = await readJson(this.backupPath);
    const backupValue = this.check(backup);
    if (backupValue !== undefined) {
      await writeFileAtomic(this.filePath, serialize(backupValue));
      const what = main.state === 'missing' ? `The saved ${label} file was missing` : `The saved ${label} file was damaged`;
      const kept = keptAside.length > 0 ? ` The damaged file was kept as ${keptAside[0]}.` : '';
      return {
        value: backupValue,
        recoveredFrom: 'backup',
        notice: `${what}, so BiTE Atlas restored the last good backup.${kept}`,
      };
    }

    if (main.state === 'missing' && backup.state === 'missing') {
      return { value: this.options.fallback(undefined) };
    }
    if (backup.state !== 'missing') keptAside.push(await this.keepAside(this.backupPath, true));
    const damagedRaw = main.state === 'ok' ? main.raw : undefined;
    return {
      value: this.options.fallback(damagedRaw),
      recoveredFrom: 'defaults',
      notice:
        `The saved ${label} could not be read and no usable backup was found, so BiTE Atlas started from defaults. ` +
        `Nothing was deleted: the damaged ${keptAside.length === 1 ? 'file was' : 'files were'} kept as ` +
        `${keptAside.join(' and ')} in ${directory}.`,
    };
  }

  /**
   * Saves `value`: the current main file (when valid) becomes the `.bak`, then the new content replaces
   * the main file atomically. A main file found damaged at this point is kept aside, not overwritten.
   */
  async save(value: T): Promise<void> {
    if (this.options.validate(value) === undefined) {
      throw new Error(`Refusing to save invalid ${this.options.label}.`);
    }
    await mkdir(this.options.directory, { recursive: true });
    const current = await readJson(this.filePath);
    if (this.check(current) !== undefined) {
      await writeFileAtomic(this.backupPath, await readFile(this.filePath));
    } else if (current.state !== 'missing') {
      await this.keepAside(this.filePath, false);
    }
    await writeFileAtomic(this.filePath, serialize(value));
  }
}

function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Runs async tasks one after another so read-modify-write updates never interleave. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<R>(task: () => Promise<R>): Promise<R> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
