// User stories for the one document store behind settings, progress and the next documents, on a real folder:
// saves are atomic and keep the previous good file as .bak; damage is recovered from the backup (or what can be
// kept), never deleted; old formats migrate, newer ones are left alone; and when the folder or a file cannot be
// used the store keeps working in memory and says why — the app always opens. Failures root cannot provoke with
// chmod (permission denied, a full disk) are injected into node:fs/promises.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Error codes the next calls of these fs functions fail with (undefined: the real call). */
const inject = vi.hoisted(() => ({ writableCheck: undefined as string | undefined, open: undefined as string | undefined, rename: undefined as string | undefined, readFile: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...actual,
    access: async (path: string, mode?: number) => {
      if (inject.writableCheck && mode === actual.constants.W_OK) throw fail(inject.writableCheck);
      return actual.access(path, mode);
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      if (inject.open) throw fail(inject.open);
      return actual.open(...args);
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (inject.rename) throw fail(inject.rename);
      return actual.rename(...args);
    },
    readFile: async (...args: Parameters<typeof actual.readFile>) => {
      if (inject.readFile && String(args[0]).endsWith('.json')) throw fail(inject.readFile);
      return actual.readFile(...args);
    },
  };
});

const { DocumentStore, SerialQueue, fileTimestamp } = await import('../../../../../electron/main/services/document-store');
type Spec<T> = import('../../../../../electron/main/services/document-store').DocumentSpec<T>;

interface Counter {
  count: number;
}

const FIXED_NOW = new Date('2025-03-04T05:06:07.089Z');
const STAMP = '2025-03-04T05-06-07-089Z';
let directory: string;

const counterSpec: Spec<Counter> = {
  fileName: 'counter.json',
  label: 'counter',
  version: 2,
  maxBytes: 1024,
  defaults: () => ({ count: 0 }),
  parse: (data) => (data && typeof data === 'object' && Number.isInteger((data as Counter).count) ? { count: (data as Counter).count } : undefined),
  // Version 0 stored a bare number; version 1 stored { n }.
  migrate: (data, from) => (from === 0 ? { count: data } : from === 1 ? { count: (data as { n: number }).n } : data),
};

function makeStore(spec: Spec<Counter> = counterSpec) {
  return new DocumentStore<Counter>(spec, { directory, now: () => FIXED_NOW });
}
const envelope = (count: number, version = 2) => `${JSON.stringify({ document: 'counter', version, data: { count } }, null, 2)}\n`;
const fileText = (name: string) => readFile(join(directory, name), 'utf8');
const names = async () => (await readdir(directory)).sort();

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atlas-document-store-'));
});
afterEach(async () => {
  Object.assign(inject, { writableCheck: undefined, open: undefined, rename: undefined, readFile: undefined });
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

describe('a first start', () => {
  it('gives the defaults without any notice and creates no file', async () => {
    expect(await makeStore().get()).toEqual({ value: { count: 0 } });
    expect(await names()).toEqual([]);
  });
});

describe('saving', () => {
  it('writes a versioned file and keeps the previous good version as .bak, leaving no temp files', async () => {
    const store = makeStore();
    await store.modify(() => ({ count: 1 }));
    expect(await fileText('counter.json')).toBe(envelope(1));
    expect(await names()).toEqual(['counter.json']);
    await store.modify((current) => ({ count: current.count + 1 }));
    expect(await fileText('counter.json')).toBe(envelope(2));
    expect(await fileText('counter.json.bak')).toBe(envelope(1));
    expect(await names()).toEqual(['counter.json', 'counter.json.bak']);
    expect(await makeStore().get()).toEqual({ value: { count: 2 } });
  });

  it('refuses an invalid value and keeps the current one', async () => {
    const store = makeStore();
    await expect(store.modify(() => ({ count: 'many' }) as never)).rejects.toThrow('Refusing to save invalid counter');
    expect((await store.get()).value).toEqual({ count: 0 });
    expect(await names()).toEqual([]);
  });

  it('applies changes one at a time, so concurrent changes all land', async () => {
    const store = makeStore();
    await Promise.all(Array.from({ length: 10 }, () => store.modify((current) => ({ count: current.count + 1 }))));
    expect((await makeStore().get()).value).toEqual({ count: 10 });
  });

  it('tells subscribers about every change until they unsubscribe', async () => {
    const store = makeStore();
    const seen: number[] = [];
    const stop = store.subscribe((value) => seen.push(value.count));
    await store.modify(() => ({ count: 1 }));
    stop();
    await store.modify(() => ({ count: 2 }));
    expect(seen).toEqual([1]);
  });
});

describe('size cap', () => {
  it('treats a stored file larger than the cap as damaged (without reading it) and restores the backup', async () => {
    await writeFile(join(directory, 'counter.json.bak'), envelope(4));
    await writeFile(join(directory, 'counter.json'), `{"count": 5, "padding": "${'x'.repeat(2000)}"}`);
    const loaded = await makeStore().get();
    expect(loaded).toMatchObject({ value: { count: 4 }, recoveredFrom: 'backup' });
    expect(loaded.notice).toContain('larger than 1024 bytes');
  });

  it('refuses a change that would make the file larger than the cap', async () => {
    const spec: Spec<Counter & { note?: string }> = { ...counterSpec, parse: (data) => data as Counter & { note?: string } };
    const store = new DocumentStore(spec, { directory });
    await expect(store.modify(() => ({ count: 1, note: 'x'.repeat(2000) }))).rejects.toThrow('larger than 1024 bytes');
    expect((await store.get()).value).toEqual({ count: 0 });
  });

  it('lets an append-heavy document (a review log) shrink itself, dropping its oldest entries', async () => {
    interface Log {
      entries: { at: string; grade: number }[];
    }
    const logSpec: Spec<Log> = {
      fileName: 'review-log.json',
      label: 'review log',
      version: 1,
      maxBytes: 2048,
      defaults: () => ({ entries: [] }),
      parse: (data) => (Array.isArray((data as Log | undefined)?.entries) ? (data as Log) : undefined),
      shrink: (log) => ({ entries: log.entries.slice(Math.ceil(log.entries.length / 4)) }),
    };
    const store = new DocumentStore(logSpec, { directory });
    for (let index = 0; index < 60; index += 1) {
      await store.modify((log) => ({ entries: [...log.entries, { at: `2025-01-01T00:00:${String(index).padStart(2, '0')}Z`, grade: index % 4 }] }));
    }
    const { value } = await new DocumentStore(logSpec, { directory }).get();
    expect(value.entries.at(-1)?.at).toBe('2025-01-01T00:00:59Z');
    expect(value.entries.length).toBeLessThan(60);
    expect(Buffer.byteLength(await fileText('review-log.json'))).toBeLessThanOrEqual(2048);
  });
});

describe('formats', () => {
  it('loads a file with a UTF-8 byte-order mark', async () => {
    await writeFile(join(directory, 'counter.json'), `\uFEFF${envelope(7)}`);
    expect(await makeStore().get()).toEqual({ value: { count: 7 } });
  });

  it('migrates files of older versions without a notice, and writes the current version next time', async () => {
    await writeFile(join(directory, 'counter.json'), '3');
    const store = makeStore();
    expect(await store.get()).toEqual({ value: { count: 3 } });
    await store.modify((current) => ({ count: current.count + 1 }));
    expect(await fileText('counter.json')).toBe(envelope(4));
    expect(await fileText('counter.json.bak')).toBe('3');

    await writeFile(join(directory, 'counter.json'), JSON.stringify({ document: 'counter', version: 1, data: { n: 9 } }));
    expect(await makeStore().get()).toEqual({ value: { count: 9 } });
  });

  it('leaves a file written by a newer version untouched and works in memory, saying so', async () => {
    const newer = JSON.stringify({ document: 'counter', version: 3, data: { count: 1, more: true } });
    await writeFile(join(directory, 'counter.json'), newer);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = makeStore();
    const loaded = await store.get();
    expect(loaded.value).toEqual({ count: 0 });
    expect(loaded.notice).toMatch(/written by a newer version of BiTE Atlas.*leaves that file as it is.*will not be saved/);
    expect(loaded.unsavedReason).toBeDefined();
    await expect(store.modify(() => ({ count: 5 }))).resolves.toEqual({ count: 5 });
    expect(await fileText('counter.json')).toBe(newer);
    expect(await names()).toEqual(['counter.json']);
  });

  it('treats a file of another document as damaged', async () => {
    await writeFile(join(directory, 'counter.json.bak'), envelope(2));
    await writeFile(join(directory, 'counter.json'), JSON.stringify({ document: 'settings', version: 2, data: { count: 1 } }));
    expect(await makeStore().get()).toMatchObject({ value: { count: 2 }, recoveredFrom: 'backup' });
  });
});

describe('a damaged main file', () => {
  it('is recovered from the backup, with a notice, and kept aside', async () => {
    const store = makeStore();
    await store.modify(() => ({ count: 1 }));
    await store.modify(() => ({ count: 2 }));
    await writeFile(join(directory, 'counter.json'), '{"count": 2, "trunc');

    const loaded = await makeStore().get();
    expect(loaded.value).toEqual({ count: 1 });
    expect(loaded.recoveredFrom).toBe('backup');
    expect(loaded.notice).toMatch(/damaged.*restored the last good backup/);
    expect(loaded.notice).toContain(`counter.corrupt-${STAMP}.json`);
    expect(await fileText(`counter.corrupt-${STAMP}.json`)).toBe('{"count": 2, "trunc');
    expect(await fileText('counter.json')).toBe(envelope(1));
  });

  it('is also recovered when it is valid JSON of the wrong shape', async () => {
    await writeFile(join(directory, 'counter.json.bak'), envelope(9));
    await writeFile(join(directory, 'counter.json'), JSON.stringify({ document: 'counter', version: 2, data: { count: 'nine' } }));
    expect(await makeStore().get()).toMatchObject({ value: { count: 9 }, recoveredFrom: 'backup' });
  });

  it('that is missing while a backup exists is restored from the backup', async () => {
    await writeFile(join(directory, 'counter.json.bak'), envelope(3));
    const loaded = await makeStore().get();
    expect(loaded).toMatchObject({ value: { count: 3 }, recoveredFrom: 'backup' });
    expect(loaded.notice).toMatch(/missing/);
    expect(await fileText('counter.json')).toBe(envelope(3));
  });

  it('from which every stored value can still be used is repaired without a notice', async () => {
    const spec: Spec<Counter> = { ...counterSpec, salvage: (data) => ({ value: { count: Number((data as { count?: unknown })?.count ?? 0) || 0 }, lost: data === undefined }) };
    await writeFile(join(directory, 'counter.json'), JSON.stringify({ document: 'counter', version: 2, data: { count: '6' } }));
    expect(await makeStore(spec).get()).toEqual({ value: { count: 6 } });
  });
});

describe('main file and backup both damaged', () => {
  it('falls back to defaults with a notice and keeps both damaged files aside', async () => {
    await writeFile(join(directory, 'counter.json'), '\u0000\u0000\u0000');
    await writeFile(join(directory, 'counter.json.bak'), '[');
    const loaded = await makeStore().get();
    expect(loaded.value).toEqual({ count: 0 });
    expect(loaded.recoveredFrom).toBe('defaults');
    expect(loaded.notice).toMatch(/no usable backup.*Nothing was deleted/);
    expect(await names()).toEqual([`counter.bak.corrupt-${STAMP}.json`, `counter.corrupt-${STAMP}.json`]);
    expect(await fileText(`counter.corrupt-${STAMP}.json`)).toBe('\u0000\u0000\u0000');
  });

  it('never overwrites an earlier kept-aside file with the same timestamp', async () => {
    await writeFile(join(directory, `counter.corrupt-${STAMP}.json`), 'older damage');
    await writeFile(join(directory, 'counter.json'), 'new damage');
    await makeStore().get();
    expect(await fileText(`counter.corrupt-${STAMP}.json`)).toBe('older damage');
    expect(await fileText(`counter.corrupt-${STAMP}-1.json`)).toBe('new damage');
  });
});

describe('temp files of a killed write', () => {
  it('are removed at start-up; other files are left alone', async () => {
    await writeFile(join(directory, '.counter.json.4242.0123456789ab.tmp'), '{"half');
    await writeFile(join(directory, '.counter.json.bak.77.abcdefabcdef.tmp'), '');
    await writeFile(join(directory, '.settings.json.1.0123456789ab.tmp'), 'not ours');
    await writeFile(join(directory, 'counter.json'), envelope(1));
    expect((await makeStore().get()).value).toEqual({ count: 1 });
    expect(await names()).toEqual(['.settings.json.1.0123456789ab.tmp', 'counter.json']);
  });
});

describe('the app always opens', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('when the folder is a file: defaults in memory, a notice that says why and that changes are not saved', async () => {
    const notAFolder = join(directory, 'userData');
    await writeFile(notAFolder, 'I am a file');
    const store = new DocumentStore(counterSpec, { directory: notAFolder });
    const loaded = await store.get();
    expect(loaded.value).toEqual({ count: 0 });
    expect(loaded.notice).toMatch(/cannot keep its counter in .*userData \(a file is in the way of the folder\).*will not be saved/);
    await expect(store.modify(() => ({ count: 1 }))).resolves.toEqual({ count: 1 });
    expect((await store.get()).value).toEqual({ count: 1 });
    expect(await fileText('userData')).toBe('I am a file');
  });

  it('when the folder is read-only: the saved value, a notice, and nothing written', async () => {
    await writeFile(join(directory, 'counter.json'), envelope(5));
    inject.writableCheck = 'EACCES';
    const store = makeStore();
    const loaded = await store.get();
    expect(loaded.value).toEqual({ count: 5 });
    expect(loaded.notice).toMatch(/cannot be written \(permission denied\).*will not be saved/);
    inject.open = 'EACCES';
    await expect(store.modify(() => ({ count: 6 }))).resolves.toEqual({ count: 6 });
    expect(await fileText('counter.json')).toBe(envelope(5));
  });

  it('when the file cannot be read (permission denied): defaults in memory, the file left as it is', async () => {
    await writeFile(join(directory, 'counter.json'), envelope(5));
    inject.readFile = 'EACCES';
    const store = makeStore();
    const loaded = await store.get();
    expect(loaded.value).toEqual({ count: 0 });
    expect(loaded.notice).toMatch(/could not be read \(permission denied\).*leaves that file as it is/);
    await store.modify(() => ({ count: 1 }));
    inject.readFile = undefined;
    expect(await fileText('counter.json')).toBe(envelope(5));
  });

  it('when the file is a folder: defaults in memory, the folder left as it is', async () => {
    await mkdir(join(directory, 'counter.json', 'inside'), { recursive: true });
    const loaded = await makeStore().get();
    expect(loaded).toMatchObject({ value: { count: 0 } });
    expect(loaded.notice).toMatch(/is not a regular file/);
    expect(await readdir(join(directory, 'counter.json'))).toEqual(['inside']);
  });

  it('when a damaged file cannot be moved aside: the backup in memory, the files left as they are', async () => {
    await writeFile(join(directory, 'counter.json'), 'damaged');
    await writeFile(join(directory, 'counter.json.bak'), envelope(2));
    inject.rename = 'EPERM';
    const loaded = await makeStore().get();
    expect(loaded.value).toEqual({ count: 2 });
    expect(loaded.notice).toMatch(/could not move the damaged file aside \(operation not permitted\).*will not be saved/);
    inject.rename = undefined;
    expect(await names()).toEqual(['counter.json', 'counter.json.bak']);
  });

  it('when a save fails (disk full): the change applies in memory and the first failure says so, once', async () => {
    const store = makeStore();
    await store.modify(() => ({ count: 1 }));
    inject.open = 'ENOSPC';
    await expect(store.modify(() => ({ count: 2 }))).rejects.toThrow(/could not be saved .*\(the disk is full\).*will not be saved/);
    expect((await store.get()).value).toEqual({ count: 2 });
    await expect(store.modify(() => ({ count: 3 }))).resolves.toEqual({ count: 3 });
    inject.open = undefined;
    await store.modify(() => ({ count: 4 }));
    expect(await fileText('counter.json')).toBe(envelope(4));
  });
});

describe('helpers', () => {
  it('format timestamps that are valid file names everywhere', () => {
    expect(fileTimestamp(FIXED_NOW)).toBe(STAMP);
  });

  it('run queued tasks strictly one after another, even after a failure', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
    });
    const failing = queue.run(async () => {
      order.push('failing');
      throw new Error('boom');
    });
    const fast = queue.run(async () => {
      order.push('fast');
    });
    await Promise.allSettled([slow, failing, fast]);
    await expect(failing).rejects.toThrow('boom');
    expect(order).toEqual(['slow', 'failing', 'fast']);
  });
});
