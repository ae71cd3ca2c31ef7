// The lessons as a lecturer presents them: every lesson splits into several steps, each within reach of its section;
// lesson 4 has the scripted "high burden, flat 15 µg/m²/day, play to 24 h, then pause" step and lesson 5 a scripted
// explorer step; every script decodes into a valid figure state; speaker notes reach the steps.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileContent, type CompiledLesson } from '../../../build/scripts/lessons/compile';
import { FIGURE_KINDS } from '../../../renderer/src/lessons/figure-kinds';
import { cytokineKind, type CytokineState } from '../../../renderer/src/figures/cytokine/state';

const root = resolve(import.meta.dirname, '../../..');
let lessons: CompiledLesson[] = [];

beforeAll(async () => {
  lessons = (await compileContent({ contentDir: resolve(root, 'content'), rootDir: root })).lessons;
}, 60_000);

const lesson = (slug: string) => lessons.find((l) => l.slug === slug)!;

describe('every lesson as a presentation', () => {
  it('has a title step and one step per section at least, each anchored to a heading of the lesson', () => {
    for (const l of lessons) {
      const steps = l.facts.steps;
      const sections = l.facts.headings.filter((h) => h.depth <= 3);
      expect(steps.length, l.slug).toBeGreaterThan(sections.length);
      expect(steps[0]!.title, l.slug).toBe(l.frontmatter.title);
      for (const s of steps.slice(1)) expect(sections.map((h) => h.id), `${l.slug}: ${s.title}`).toContain(s.anchor);
      // Every figure of the lesson is on exactly one step.
      expect(steps.flatMap((s) => s.figures).sort(), l.slug).toEqual(l.facts.figures.map((f) => f.id).sort());
    }
  });

  it('scripts decode into valid figure states with the figures’ own kinds', () => {
    for (const l of lessons) {
      for (const s of l.facts.steps.filter((step) => step.script)) {
        const component = l.facts.figures.find((f) => f.id === s.script!.figure)!.component;
        expect(() => FIGURE_KINDS.get(component)!.decode(new Map(Object.entries(s.script!.fields))), `${l.slug}: ${s.title}`).not.toThrow();
      }
    }
  });
});

describe('the scripted lessons', () => {
  it('lesson 4: high burden, flat 15 µg/m²/day only, paused at 24 h, with speaker notes', () => {
    const step = lesson('cns-toxicity-and-crs').facts.steps.find((s) => s.script)!;
    expect(step.title).toBe('High burden, flat 15 µg/m²/day: the first 24 hours');
    expect(step.figures).toEqual(['fig-cytokine']);
    const state = cytokineKind.decode(new Map(Object.entries(step.script!.fields))) as CytokineState;
    expect(state).toMatchObject({ burden: 'high', shown: ['flat-15'], time: { t: 1, playing: false } });
    expect(step.notes).toMatch(/paused one day in/);
  });

  it('lesson 5: the explorer on the label regimen, cycle-1 view, paused at day 8', () => {
    const step = lesson('kinetics-and-dosing').facts.steps.find((s) => s.script)!;
    expect(step.script).toEqual({ figure: 'fig-pkpd-explorer', fields: { range: 'cycle-1', t: '8' } });
    expect(step.notes).not.toBe('');
  });
});
