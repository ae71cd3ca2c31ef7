// The bibliography is exact: published titles (never a bracketed description or a truncated one), labels
// that name their company and revision, an identifier (DOI, PMID, PMCID or link) for every published source,
// and a build that rejects a placeholder title with its file, line and column.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compileContent } from '../../../build/scripts/lessons/compile';
import { ContentError, referenceSchema } from '../../../build/scripts/lessons/content-schema';

const root = resolve(import.meta.dirname, '../../..');
const entries = parse(readFileSync(resolve(root, 'content/references/references.yaml'), 'utf8')) as Record<string, unknown>[];

describe('the bibliography', () => {
  it('parses with the schema', () => {
    for (const entry of entries) expect(referenceSchema.safeParse(entry).success, String(entry.key)).toBe(true);
  });

  it('gives every entry its published title: no "[…]" placeholder and no "…" truncation', () => {
    for (const entry of entries) {
      const title = String(entry.title);
      expect(title.startsWith('['), String(entry.key)).toBe(false);
      expect(/(…|\.\.\.)\s*$/.test(title), String(entry.key)).toBe(false);
    }
  });

  it('gives every published source its journal, year, volume and pages, and a DOI, PMID, PMCID or link', () => {
    for (const entry of entries) {
      if (entry.kind === 'label' || entry.kind === 'atlas') continue;
      expect(entry.container, String(entry.key)).toBeTruthy();
      expect(entry.year, String(entry.key)).toBeTruthy();
      expect(entry.volume, `${String(entry.key)}: volume`).toBeTruthy();
      expect(entry.pages, `${String(entry.key)}: pages`).toBeTruthy();
      expect(Boolean(entry.doi || entry.pmid || entry.pmcid || entry.url), `${String(entry.key)}: identifier`).toBe(true);
    }
  });

  it('names the company and the revision read for every label', () => {
    const labels = entries.filter((e) => e.kind === 'label');
    expect(labels.map((l) => l.key).sort()).toEqual(['label-eu', 'label-us']);
    for (const label of labels) {
      expect(String(label.authors)).toMatch(/Amgen/);
      expect(String(label.revised)).toMatch(/20\d\d/);
    }
  });

  it('keeps the two "page 1522" papers apart: BLAST in Blood, the exposure-adjusted TOWER analysis in Blood Advances', () => {
    const byKey = new Map(entries.map((e) => [e.key, e]));
    expect(byKey.get('gokbuget2018')).toMatchObject({ container: 'Blood', volume: '131' });
    expect(byKey.get('bloodadv2018')).toMatchObject({ container: 'Blood Advances', volume: '2' });
    expect(String(byKey.get('bloodadv2018')!.title)).toMatch(/^Exposure-adjusted adverse events/);
  });
});

describe('the build check on reference titles', () => {
  it('rejects a bracketed title and a label without its revision, naming file, line and column', async () => {
    let messages: string[] = [];
    try {
      await compileContent({ contentDir: resolve(root, 'tests/fixtures/content/bracketed-title'), rootDir: root });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      messages = error.message.split('\n');
    }
    const file = 'tests/fixtures/content/bracketed-title/references/references.yaml';
    expect(messages.some((m) => m.startsWith(`${file}:12:10:`) && /title.*may not start with "\["/.test(m))).toBe(true);
    expect(messages.some((m) => m.startsWith(`${file}:`) && /label names its company.*revised/.test(m))).toBe(true);
  });
});

describe('figure sources lines', () => {
  // The same citation-key pattern SourcesLine links (renderer/src/ui/sources.tsx); an unknown key would be shown raw.
  const KEY = /\b([a-z][a-z0-9-]*\d{4}[a-z]?|label-us|label-eu|atlas-model)\b/g;
  const keys = new Set(entries.map((e) => String(e.key)));
  const figureFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? figureFiles(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : []));

  it('cite only keys in the bibliography (a key removed from it must leave every figure too)', () => {
    const files = figureFiles(resolve(root, 'renderer/src/figures'));
    let lines = 0;
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bsources: '([^']*)'/g)) {
        lines += 1;
        for (const [key] of match[1]!.matchAll(KEY)) expect(keys.has(key), `${file}: ${key}`).toBe(true);
      }
    }
    expect(lines).toBeGreaterThanOrEqual(6);
  });
});
