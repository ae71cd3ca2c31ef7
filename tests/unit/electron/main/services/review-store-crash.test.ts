// Crash safety of the desktop review log: a child process using the real ReviewStore appends reviews one at a time
// and is SIGKILLed at 200 seeded random moments (4 folders reused across kills, so their logs grow; two children run
// at once). After every kill a fresh store loads the folder and the log must be readable as it is — no recovery, no
// notice — and hold exactly the reviews whose append completed, plus at most the one in flight (whole and valid).
// The child is bundled once with esbuild so each start costs milliseconds, not a TypeScript loader's second.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewEvent } from '../../../../../electron/common/reviews';
import { REVIEWS_FILE_NAME, ReviewStore } from '../../../../../electron/main/services/review-store';

const KILLS = 200;
const FOLDERS = 4;
const AT_ONCE = 2;
/** A kill comes up to this long after the child has loaded its log (appends take ~5–30 ms each). */
const MAX_DELAY_MS = 150;
/** One kill in eight comes at a random moment of the start-up instead (while the store loads and tidies up). */
const EARLY_KILL_EVERY = 8;
const SEED = Number(process.env.REVIEW_CRASH_SEED ?? 0x5eed14);

/** mulberry32: a small seeded generator, so a failing schedule can be run again with REVIEW_CRASH_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let workDirectory: string;
let childScript: string;

beforeAll(async () => {
  workDirectory = await mkdtemp(join(tmpdir(), 'atlas-review-crash-'));
  childScript = join(workDirectory, 'review-crash-child.mjs');
  const source = join(dirname(fileURLToPath(import.meta.url)), 'review-crash-child.ts');
  await build({ entryPoints: [source], outfile: childScript, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
});
afterAll(async () => {
  await rm(workDirectory, { recursive: true, force: true });
});

interface Run {
  /** Events whose append resolved (`done`), by id. */
  done: Map<string, ReviewEvent>;
  /** The event whose append had begun but not resolved when the kill came, if any. */
  inFlight: ReviewEvent | undefined;
  notices: string[];
}

/** Starts the child on `folder`, kills it `delayMs` after it is ready (or after its start, when `early`), and reads what it printed. */
function runUntilKilled(folder: string, slug: string, delayMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, folder, slug], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (early) timer = setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!early && timer === undefined && out.includes('ready ')) timer = setTimeout(kill, delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the child ended by itself (code ${code}): ${err}`));
      const done = new Map<string, ReviewEvent>();
      let inFlight: ReviewEvent | undefined;
      const notices: string[] = [];
      // A line cut by the kill (no newline yet) was not printed: only whole lines count.
      for (const line of out.split('\n').slice(0, -1)) {
        const [word, rest] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
        if (word === 'begin') inFlight = JSON.parse(rest) as ReviewEvent;
        else if (word === 'done') {
          if (inFlight?.id !== rest) return reject(new Error(`done ${rest} without its begin`));
          done.set(rest, inFlight);
          inFlight = undefined;
        } else if (word === 'notice') notices.push(rest);
      }
      resolve({ done, inFlight, notices });
    });
  });
}

describe('a review log whose writer is killed at random moments', () => {
  it(`is readable after each of ${KILLS} kills and holds exactly the completed appends, plus at most the one in flight (seed ${SEED})`, async () => {
    const stats = { completed: 0, killedMidAppend: 0, inFlightKept: 0, early: 0 };
    const started = performance.now();

    async function folderStory(index: number): Promise<void> {
      const next = random(SEED + index);
      const folder = join(workDirectory, `folder-${index}`);
      /** Every event the log must hold from now on: completed appends, and in-flight ones that made it in. */
      const kept = new Map<string, ReviewEvent>();
      for (let kill = 0; kill < KILLS / FOLDERS; kill += 1) {
        const early = next() * EARLY_KILL_EVERY < 1;
        const delayMs = Math.floor(next() * (early ? 60 : MAX_DELAY_MS));
        const run = await runUntilKilled(folder, `crash-${index}`, delayMs, early);
        const where = `folder ${index}, kill ${kill} (${early ? 'at start-up' : 'after ready'} + ${delayMs} ms)`;
        expect(run.notices, where).toEqual([]);

        const loaded = await new ReviewStore(folder).get();
        // Readable as it is: the atomic saves never leave a log that needs recovering.
        expect(loaded.notice, where).toBeUndefined();
        expect(loaded.recoveredFrom, where).toBeUndefined();
        const stored = new Map(loaded.value.events.map((event) => [event.id, event]));
        for (const [id, event] of run.done) kept.set(id, event);
        // Every completed append is there, exactly as it was made.
        for (const [id, event] of kept) expect(stored.get(id), `${where}: ${id} lost`).toEqual(event);
        // Nothing else but the one append in flight, whole (equal to what was being appended; the load validated it).
        const extra = [...stored.keys()].filter((id) => !kept.has(id));
        expect(extra.length, `${where}: unexpected ${extra.join(', ')}`).toBeLessThanOrEqual(1);
        if (extra.length === 1) {
          expect(extra[0], where).toBe(run.inFlight?.id);
          expect(stored.get(extra[0]), where).toEqual(run.inFlight);
          kept.set(extra[0], run.inFlight!);
          stats.inFlightKept += 1;
        }
        expect(stored.size, where).toBe(kept.size);
        // A killed write's temp files are gone once a store has loaded the folder.
        expect((await readdir(folder)).filter((name) => !name.startsWith(REVIEWS_FILE_NAME)), where).toEqual([]);

        stats.completed += run.done.size;
        if (run.inFlight) stats.killedMidAppend += 1;
        if (early) stats.early += 1;
      }
    }

    const queue = Array.from({ length: FOLDERS }, (_, index) => index);
    await Promise.all(Array.from({ length: AT_ONCE }, async () => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) await folderStory(index);
    }));

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`[review crash] seed ${SEED}: ${KILLS} kills in ${seconds} s; ${stats.completed} appends completed; ${stats.killedMidAppend} kills during an append, ${stats.inFlightKept} of whose events made it in; ${stats.early} at start-up`);
    // The schedule really hits appends, on both sides of the moment an append becomes durable.
    expect(stats.killedMidAppend).toBeGreaterThan(KILLS / 2);
    expect(stats.inFlightKept).toBeGreaterThan(0);
    expect(stats.killedMidAppend - stats.inFlightKept).toBeGreaterThan(0);
  }, 120_000);
});
