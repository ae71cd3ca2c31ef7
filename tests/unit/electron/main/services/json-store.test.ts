// User stories for the JSON file store on a real folder: saves are atomic and keep the previous good file
// as .bak; a damaged file is recovered from the backup, or defaults are used — and nothing is ever deleted.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonFileStore, SerialQueue, fileTimestamp } from '../../../../../electron/main/services/json-store';

interface Counter {
  count: number;
}

const FIXED_NOW = new Date('2025-03-04T05:06:07.089Z');
let directory: string;

function makeStore(): JsonFileStore<Counter> {
  return new JsonFileStore<Counter>({
    directory,
    fileName: 'counter.json',
    label: 'counter',
    validate: (raw) =>
      raw && typeof raw === 'object' && typeof (raw as Counter).count === 'number' ? { count: (raw as Counter).count } : undefined,
    fallback: () => ({ count: 0 }),
    now: () => FIXED_NOW,
  });
}

const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(directory, name), 'utf8'));

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atlas-json-store-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('a first start', () => {
  it('gives the defaults without any notice and creates no file', async () => {
    expect(await makeStore().load()).toEqual({ value: { count: 0 } });
    expect(await readdir(directory)).toEqual([]);
  });
});

describe('saving', () => {
  it('writes the file and keeps the previous good version as .bak, leaving no temp files', async () => {
    const store = makeStore();
    await store.save({ count: 1 });
    expect(await readJson('counter.json')).toEqual({ count: 1 });
    expect((await readdir(directory)).sort()).toEqual(['counter.json']);
    await store.save({ count: 2 });
    expect(await readJson('counter.json')).toEqual({ count: 2 });
    expect(await readJson('counter.json.bak')).toEqual({ count: 1 });
    expect((await readdir(directory)).sort()).toEqual(['counter.json', 'counter.json.bak']);
    expect(await makeStore().load()).toEqual({ value: { count: 2 } });
  });

  it('refuses to write an invalid value', async () => {
    await expect(makeStore().save({ count: 'many' } as never)).rejects.toThrow('Refusing to save invalid counter');
    expect(await readdir(directory)).toEqual([]);
  });

  it('keeps a main file that was damaged meanwhile aside instead of overwriting it', async () => {
    await writeFile(join(directory, 'counter.json'), 'not json at all');
    await makeStore().save({ count: 5 });
    const names = (await readdir(directory)).sort();
    expect(names).toEqual(['counter.corrupt-2025-03-04T05-06-07-089Z.json', 'counter.json']);
    expect(await readFile(join(directory, names[0]), 'utf8')).toBe('not json at all');
  });
});

describe('a damaged main file', () => {
  it('is recovered from the backup, with a notice, and kept aside', async () => {
    const store = makeStore();
    await store.save({ count: 1 });
    await store.save({ count: 2 });
    await writeFile(join(directory, 'counter.json'), '{"count": 2, "trunc');

    const loaded = await makeStore().load();
    expect(loaded.value).toEqual({ count: 1 });
    expect(loaded.recoveredFrom).toBe('backup');
    expect(loaded.notice).toMatch(/damaged.*restored the last good backup/);
    expect(loaded.notice).toContain('counter.corrupt-2025-03-04T05-06-07-089Z.json');
    expect(await readFile(join(directory, 'counter.corrupt-2025-03-04T05-06-07-089Z.json'), 'utf8')).toBe('{"count": 2, "trunc');
    expect(await readJson('counter.json')).toEqual({ count: 1 });
  });

  it('is also recovered when it is valid JSON of the wrong shape', async () => {
    await writeFile(join(directory, 'counter.json.bak'), JSON.stringify({ count: 9 }));
    await writeFile(join(directory, 'counter.json'), JSON.stringify({ count: 'nine' }));
    expect(await makeStore().load()).toMatchObject({ value: { count: 9 }, recoveredFrom: 'backup' });
  });

  it('that is missing while a backup exists is restored from the backup', async () => {
    await writeFile(join(directory, 'counter.json.bak'), JSON.stringify({ count: 3 }));
    const loaded = await makeStore().load();
    expect(loaded).toMatchObject({ value: { count: 3 }, recoveredFrom: 'backup' });
    expect(loaded.notice).toMatch(/missing/);
    expect(await readJson('counter.json')).toEqual({ count: 3 });
  });
});

describe('main file and backup both damaged', () => {
  it('falls back to defaults with a notice and keeps both damaged files aside', async () => {
    await writeFile(join(directory, 'counter.json'), '\u0000\u0000\u0000');
    await writeFile(join(directory, 'counter.json.bak'), '[');
    const loaded = await makeStore().load();
    expect(loaded.value).toEqual({ count: 0 });
    expect(loaded.recoveredFrom).toBe('defaults');
    expect(loaded.notice).toMatch(/no usable backup.*Nothing was deleted/);
    const names = (await readdir(directory)).sort();
    expect(names).toEqual(['counter.bak.corrupt-2025-03-04T05-06-07-089Z.json', 'counter.corrupt-2025-03-04T05-06-07-089Z.json']);
    expect(await readFile(join(directory, 'counter.corrupt-2025-03-04T05-06-07-089Z.json'), 'utf8')).toBe('\u0000\u0000\u0000');
  });

  it('never overwrites an earlier kept-aside file with the same timestamp', async () => {
    await writeFile(join(directory, 'counter.corrupt-2025-03-04T05-06-07-089Z.json'), 'older damage');
    await writeFile(join(directory, 'counter.json'), 'new damage');
    await makeStore().load();
    expect(await readFile(join(directory, 'counter.corrupt-2025-03-04T05-06-07-089Z.json'), 'utf8')).toBe('older damage');
    expect(await readFile(join(directory, 'counter.corrupt-2025-03-04T05-06-07-089Z-1.json'), 'utf8')).toBe('new damage');
  });
});

describe('helpers', () => {
  it('format timestamps that are valid file names everywhere', () => {
    expect(fileTimestamp(FIXED_NOW)).toBe('2025-03-04T05-06-07-089Z');
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
