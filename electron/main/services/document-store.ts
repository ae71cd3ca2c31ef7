// One validated document store for the main process's JSON files (settings, progress, and the next ones such as
// the review log): a versioned file with migration, backup recovery, BOM tolerance, a size cap, one write at a time
// (atomic, previous good version kept as .bak), removal of temp files a killed write left behind — and, when the
// folder or a file cannot be used, an in-memory value with the reason, so the atlas always opens.
import { access, constants, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loaded } from '../../common/api';
import { isTempFileOf, writeFileAtomic } from './atomic-file';

/** What one kind of document is: its file, schema, version, size cap and repair rules. */
export interface DocumentSpec<T> {
  /** File name in the store's folder, ending in .json ("settings.json"); its stem names the document inside the file. */
  fileName: string;
  /** Words for notices: "settings", "progress". */
  label: string;
  /** Schema version written now (≥ 1). Older files go through `migrate`; a newer file is left untouched. */
  version: number;
  /** Largest file accepted, in bytes — on reading (a larger file counts as damaged) and on saving. */
  maxBytes: number;
  /** The value of a first start. */
  defaults(): T;
  /** Strict check of data of the current version: the value, or undefined when it does not validate. */
  parse(data: unknown): T | undefined;
  /** Brings data written by an older version up to the current one (version 0: a file from before versions). */
  migrate?(data: unknown, fromVersion: number): unknown;
  /**
   * What can still be used of damaged data (`undefined` when the file was not even JSON: then `text` is the file's
   * text, for a log to pick its whole entries out of a truncated file), whether anything stored was lost doing so,
   * and — for notices — what was kept, in words ("the 9 999 reviews it could still read"). Without it: the defaults, lost.
   */
  salvage?(data: unknown, text?: string): { value: T; lost: boolean; kept?: string };
  /**
   * Joins the backup with what was salvaged from the damaged main file (a log keeps the entries of both, so one bad
   * entry never costs those written since the backup); without it the backup alone is restored.
   */
  combine?(backup: T, salvaged: T): T;
  /** Makes a value that would be larger than maxBytes smaller (a log drops its oldest entries); without it such a save is refused. */
  shrink?(value: T): T;
  /**
   * A file written by a newer version: 'leave-alone' (default) works in memory and never touches it; 'recover' sets
   * it aside as `<stem>.newer-<time>.json` and goes on from the backup and what this version can still read of it
   * (a log must keep being written — reviews of this session must not be lost at exit).
   */
  newerFile?: 'leave-alone' | 'recover';
  /** Writes JSON without indentation (a large log: a third smaller, faster to write). */
  compact?: boolean;
}

export interface DocumentStoreOptions {
  /** Folder holding the file (userData in the app, a temp folder in tests). */
  directory: string;
  /** Clock for the names of files kept aside (injectable for tests). */
  now?: () => Date;
}

/** The file format: `{ "document": "settings", "version": 1, "data": … }`. */
interface Envelope {
  document: string;
  version: number;
  data: unknown;
}

type ReadResult<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T; text: string }
  /**
   * Stored but unusable as it is; `data` is the parsed JSON when there was any, else `text` the file's text (for
   * salvage); `newer` when a newer version wrote it (newerFile: 'recover').
   */
  | Damaged
  /** Present but must not be touched: unreadable, not a regular file, or written by a newer version. */
  | { kind: 'untouchable'; why: string };

interface Damaged {
  kind: 'damaged';
  why: string;
  data: unknown;
  text?: string;
  newer?: boolean;
}

const NEVER_SAVE = 'Changes you make now work until you close the atlas, but they will not be saved.';

/** "EACCES: permission denied, open '/x'" → "permission denied"; anything else as a short string. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a file is in the way of the folder',
    EEXIST: 'a file is in the way of the folder',
    EISDIR: 'it is a folder',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}

/** "2025-11-25T07:30:00.000Z" → "2025-11-25T07-30-00-000Z" (valid in file names on every platform). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
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

async function exists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}

export class DocumentStore<T> {
  readonly filePath: string;
  readonly backupPath: string;
  private readonly directory: string;
  private readonly now: () => Date;
  private readonly stem: string;
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<(value: T) => void>();
  private loading: Promise<Loaded<T>> | undefined;
  private current!: T;
  /** The text of the last good file, which becomes the .bak on the next save. */
  private lastGoodText: string | undefined;
  /** Why nothing is written this session (set by load); undefined while saving works. */
  private notSaved: string | undefined;
  /** A save failed and the user has been told; later failures stay quiet until one succeeds. */
  private saveFailureReported = false;

  constructor(
    private readonly spec: DocumentSpec<T>,
    options: DocumentStoreOptions,
  ) {
    this.directory = options.directory;
    this.now = options.now ?? (() => new Date());
    this.stem = spec.fileName.replace(/\.json$/i, '');
    this.filePath = join(options.directory, spec.fileName);
    this.backupPath = `${this.filePath}.bak`;
  }

  /** The current value; the first call reads the disk (and reports any recovery or in-memory fallback with a notice). */
  get(): Promise<Loaded<T>> {
    this.loading ??= this.load().then((loaded) => {
      this.current = loaded.value;
      this.notSaved = loaded.unsavedReason;
      return loaded;
    });
    return this.loading.then((loaded) => ({ ...loaded, value: this.current }));
  }

  /**
   * Applies `change` to the current value, validates the result and saves it (one change at a time), then tells
   * subscribers. When saving fails the change still applies in memory; the first such failure rejects, so the
   * renderer can say that changes are not being saved.
   */
  modify(change: (current: T) => T): Promise<T> {
    return this.queue.run(async () => {
      await this.get();
      let next = this.validated(change(this.current));
      let text = this.serialize(next);
      if (Buffer.byteLength(text) > this.spec.maxBytes && this.spec.shrink) {
        next = this.validated(this.spec.shrink(next));
        text = this.serialize(next);
      }
      if (Buffer.byteLength(text) > this.spec.maxBytes) {
        throw new Error(`Your ${this.spec.label} would be larger than ${this.spec.maxBytes} bytes, so the change was not applied.`);
      }
      this.current = next;
      const failure = this.notSaved === undefined ? await this.save(text) : undefined;
      for (const listener of this.listeners) listener(next);
      if (failure) throw failure;
      return next;
    });
  }

  /** Calls `listener` with the new value after every change; returns the function that stops it. */
  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private validated(value: T): T {
    const parsed = this.spec.parse(value);
    if (parsed === undefined) throw new Error(`Refusing to save invalid ${this.spec.label}.`);
    return parsed;
  }

  private serialize(value: T): string {
    const envelope: Envelope = { document: this.stem, version: this.spec.version, data: value };
    return `${JSON.stringify(envelope, null, this.spec.compact ? undefined : 2)}\n`;
  }

  /** Writes the .bak (the last good file) and then the file; returns the error to report, if any. */
  private async save(text: string): Promise<Error | undefined> {
    try {
      if (this.lastGoodText !== undefined) await writeFileAtomic(this.backupPath, this.lastGoodText);
      await writeFileAtomic(this.filePath, text);
      this.lastGoodText = text;
      this.saveFailureReported = false;
      return undefined;
    } catch (error) {
      console.warn(`[atlas] could not save ${this.filePath}:`, error);
      if (this.saveFailureReported) return undefined;
      this.saveFailureReported = true;
      return new Error(`Your ${this.spec.label} could not be saved in ${this.directory} (${describeError(error)}). ${NEVER_SAVE}`);
    }
  }

  private async load(): Promise<Loaded<T>> {
    const { label } = this.spec;
    try {
      await mkdir(this.directory, { recursive: true });
    } catch (error) {
      return this.inMemory(this.spec.defaults(), `BiTE Atlas cannot keep its ${label} in ${this.directory} (${describeError(error)}), so it started with the defaults.`);
    }
    await this.removeTempFiles();

    const main = await this.read(this.filePath);
    if (main.kind === 'ok') {
      this.lastGoodText = main.text;
      return this.checkWritable({ value: main.value });
    }
    if (main.kind === 'untouchable') {
      return this.inMemory(this.spec.defaults(), `The saved ${label} file ${this.filePath} ${main.why}, so BiTE Atlas started with the defaults and leaves that file as it is.`);
    }
    // A damaged file whose every stored value can still be used needs no backup and no notice (a newer one is always set aside).
    const fromMain = main.kind === 'damaged' ? this.salvage(main) : undefined;
    if (fromMain && !fromMain.lost && !(main as Damaged).newer) return this.checkWritable({ value: fromMain.value });

    const backup = await this.read(this.backupPath);
    const keptAside: string[] = [];
    let step = 'move the damaged file aside';
    try {
      if (main.kind === 'damaged') keptAside.push(await this.keepAside(this.filePath, false, main.newer));
      if (backup.kind === 'ok') {
        step = 'restore the backup';
        const restored = this.restored(backup, fromMain);
        await writeFileAtomic(this.filePath, restored.text);
        this.lastGoodText = restored.text;
        const what = main.kind === 'missing' ? `The saved ${label} file was missing` : this.describeDamage(main as Damaged);
        const together = restored.combined && fromMain?.kept ? ` together with ${fromMain.kept}` : '';
        const kept = keptAside.length > 0 ? ` The ${(main as Damaged).newer ? 'newer' : 'damaged'} file was kept as ${keptAside[0]}.` : '';
        return this.checkWritable({ value: restored.value, recoveredFrom: 'backup', notice: `${what}, so BiTE Atlas restored the last good backup${together}.${kept}` });
      }
      if (backup.kind === 'damaged') keptAside.push(await this.keepAside(this.backupPath, true, backup.newer));
    } catch (error) {
      const fallback = backup.kind === 'ok' ? this.restored(backup, fromMain).value : (fromMain?.value ?? this.spec.defaults());
      return this.inMemory(
        fallback,
        `The saved ${label} file needed repair, but BiTE Atlas could not ${step} (${describeError(error)}), so it started with ${backup.kind === 'ok' ? 'the last good backup' : 'the defaults'} and leaves the files as they are.`,
      );
    }

    const damaged = main.kind === 'damaged' ? main : backup.kind === 'damaged' ? backup : undefined;
    const fromBackup = backup.kind === 'damaged' && this.spec.combine ? this.salvage(backup) : undefined;
    let salvaged = fromMain ?? (damaged ? this.salvage(damaged) : { value: this.spec.defaults(), lost: false });
    // A log keeps what it can read of both damaged files (and says what it kept of the two together).
    if (fromMain && fromBackup && this.spec.combine) {
      const value = this.spec.combine(fromBackup.value, fromMain.value);
      salvaged = { value, lost: true, kept: this.spec.salvage?.(value).kept };
    }
    if (!salvaged.lost && !damaged?.newer) return this.checkWritable({ value: salvaged.value });
    const why = damaged ? ` (the file ${damaged.why})` : '';
    return this.checkWritable({
      value: salvaged.value,
      recoveredFrom: 'defaults',
      notice:
        `The saved ${label} could not be read${why} and no usable backup was found, so BiTE Atlas ${salvaged.kept ? `kept ${salvaged.kept}` : 'started from defaults for what was lost'}. ` +
        `Nothing was deleted: the ${damaged?.newer ? '' : 'damaged '}${keptAside.length === 1 ? 'file was' : 'files were'} kept as ${keptAside.join(' and ')} in ${this.directory}.`,
    });
  }

  /** "The saved reviews file was damaged (it is not valid JSON)" or "… was written by a newer version …". */
  private describeDamage(damaged: Damaged): string {
    return damaged.newer ? `The saved ${this.spec.label} file ${damaged.why}` : `The saved ${this.spec.label} file was damaged (it ${damaged.why})`;
  }

  /** The backup to restore, joined with what was salvaged from the main file when the document combines them (and the result fits). */
  private restored(backup: { value: T; text: string }, fromMain: { value: T } | undefined): { value: T; text: string; combined: boolean } {
    if (!fromMain || !this.spec.combine) return { ...backup, combined: false };
    const value = this.validated(this.spec.combine(backup.value, fromMain.value));
    const text = this.serialize(value);
    return Buffer.byteLength(text) > this.spec.maxBytes ? { ...backup, combined: false } : { value, text, combined: true };
  }

  private salvage(damaged: Damaged): { value: T; lost: boolean; kept?: string } {
    if (this.spec.salvage) return this.spec.salvage(damaged.data, damaged.data === undefined ? damaged.text : undefined);
    return { value: this.spec.defaults(), lost: true };
  }

  /** A loaded value whose folder cannot be written is kept in memory, with the reason added to the notice. */
  private async checkWritable(loaded: Loaded<T>): Promise<Loaded<T>> {
    try {
      await access(this.directory, constants.W_OK);
      return loaded;
    } catch (error) {
      const why = `The folder ${this.directory} cannot be written (${describeError(error)}), so BiTE Atlas cannot save your ${this.spec.label}.`;
      return this.inMemory(loaded.value, loaded.notice ? `${loaded.notice} ${why}` : why, loaded.recoveredFrom);
    }
  }

  private inMemory(value: T, what: string, recoveredFrom?: Loaded<T>['recoveredFrom']): Loaded<T> {
    console.warn(`[atlas] ${this.spec.label}: ${what}`);
    return { value, ...(recoveredFrom ? { recoveredFrom } : {}), notice: `${what} ${NEVER_SAVE}`, unsavedReason: what };
  }

  /** Removes `.settings.json.<pid>.<hex>.tmp` files (and those of the .bak) that a killed write left behind. */
  private async removeTempFiles(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch {
      return;
    }
    const ours = names.filter((name) => isTempFileOf(name, this.spec.fileName) || isTempFileOf(name, `${this.spec.fileName}.bak`));
    await Promise.all(ours.map((name) => rm(join(this.directory, name), { force: true }).catch(() => undefined)));
  }

  /** Reads one file: missing, usable, damaged (with its JSON for salvage) or untouchable (with the reason). */
  private async read(filePath: string): Promise<ReadResult<T>> {
    const { maxBytes } = this.spec;
    const tooLarge = { kind: 'damaged', why: `is larger than ${maxBytes} bytes`, data: undefined } as const;
    let text: string;
    try {
      const info = await stat(filePath);
      if (!info.isFile()) return { kind: 'untouchable', why: 'is not a regular file' };
      if (info.size > maxBytes) return tooLarge;
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      return { kind: 'untouchable', why: `could not be read (${describeError(error)})` };
    }
    if (Buffer.byteLength(text) > maxBytes) return tooLarge;
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return { kind: 'damaged', why: 'is not valid JSON', data: undefined, text };
    }
    return this.decode(raw, text);
  }

  /** Unwraps the envelope, migrates older versions and validates; files from before versions are version 0. */
  private decode(raw: unknown, text: string): ReadResult<T> {
    const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Partial<Envelope>) : undefined;
    const isEnvelope = record !== undefined && Object.hasOwn(record, 'data') && Number.isInteger(record.version) && (record.version as number) >= 1;
    if (isEnvelope && record.document !== this.stem) return { kind: 'damaged', why: `holds a "${String(record.document)}" document`, data: undefined };
    const fromVersion = isEnvelope ? (record.version as number) : 0;
    if (fromVersion > this.spec.version) {
      const why = `was written by a newer version of BiTE Atlas (format ${fromVersion}; this version reads up to ${this.spec.version})`;
      return this.spec.newerFile === 'recover' ? { kind: 'damaged', why, data: isEnvelope ? record.data : raw, newer: true } : { kind: 'untouchable', why };
    }
    let data = isEnvelope ? record.data : raw;
    if (fromVersion < this.spec.version) {
      if (!this.spec.migrate) return { kind: 'damaged', why: `has format ${fromVersion}, which cannot be upgraded`, data };
      try {
        data = this.spec.migrate(data, fromVersion);
      } catch {
        return { kind: 'damaged', why: `has format ${fromVersion} and could not be upgraded`, data };
      }
    }
    const value = this.spec.parse(data);
    return value === undefined ? { kind: 'damaged', why: 'does not hold valid data', data } : { kind: 'ok', value, text };
  }

  /** Renames a damaged file to `<stem>[.bak].corrupt-<timestamp>.json` (`.newer-` for a newer version's) and returns the new name. */
  private async keepAside(filePath: string, isBackup: boolean, newer = false): Promise<string> {
    const base = `${this.stem}${isBackup ? '.bak' : ''}.${newer ? 'newer' : 'corrupt'}-${fileTimestamp(this.now())}`;
    let name = `${base}.json`;
    for (let attempt = 1; await exists(join(this.directory, name)); attempt += 1) {
      name = `${base}-${attempt}.json`;
    }
    await rename(filePath, join(this.directory, name));
    return name;
  }
}
