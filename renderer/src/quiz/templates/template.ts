// Model-computed item templates (predict → run → explain). A template fixes what is asked — a direction, a
// magnitude or a time — and draws its inputs afresh within stated clinical ranges at every review, so the answer
// cannot be memorised. The model (renderer/src/model) computes the answer; the options are built around it with
// plausible distractors, exactly one of them right; the explanation gives the model's own numbers and opens the
// figure in the state the item asks about. One template is one card; every review draws a new instance.
import { Mulberry32 } from '../../model';

/** The figure an explanation opens: a figure component of the atlas and its state (written into a link). */
export interface InstanceFigure {
  /** Figure component name (e.g. "PkPdExplorer"). */
  component: string;
  /** That figure kind's state. */
  state: unknown;
  /** What the reader will see there, one sentence ("The explorer at day 2, paused at the IL-6 peak."). */
  caption: string;
}

export interface InstanceOption {
  text: string;
  correct: boolean;
  explanation: string;
}

/** One drawn question: shown like a bank item, plus the model's numbers and its figure. */
export interface TemplateInstance {
  /** The template's id. */
  template: string;
  /** The seed it was drawn from (stored with the review, so the instance can be shown again). */
  seed: number;
  stem: string;
  options: InstanceOption[];
  /** Run → explain: what the model computed and why, with its numbers (formatted as in `numbers`). */
  explanation: string;
  /** The model's values behind the answer and the explanation, by name, as shown (formatted) in the explanation. */
  numbers: Record<string, { value: number; shown: string }>;
  figure: InstanceFigure | null;
  refs: string[];
}

export interface ItemTemplate<Inputs = unknown> {
  /** Card id is `tpl:<id>`. */
  id: string;
  lesson: string;
  /** The heading id of the section that teaches the point. */
  section: string;
  tags: string[];
  difficulty: 1 | 2 | 3;
  /** What the template asks, in a few words (lists, statistics, the Anki export leaves templates out). */
  title: string;
  /** The clinical ranges its inputs are drawn from, in words, shown under the question. */
  ranges: string;
  /** Draws the inputs within the stated ranges. */
  draw(rng: Rng): Inputs;
  /** Runs the model on the inputs and builds the question (may use `rng` to order or pick distractors). */
  build(inputs: Inputs, rng: Rng): Omit<TemplateInstance, 'template' | 'seed'>;
}

/** Seeded random draws for templates (mulberry32, the model's generator): the same seed gives the same item. */
export class Rng {
  private readonly source: Mulberry32;

  constructor(seed: number) {
    this.source = new Mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.source.next();
  }

  /** Uniform in [min, max], rounded to `step` (so drawn values read as a clinician would write them). */
  uniform(min: number, max: number, step: number): number {
    const steps = Math.round((max - min) / step);
    const value = min + Math.floor(this.next() * (steps + 1)) * step;
    return Number(value.toFixed(Math.max(0, -Math.floor(Math.log10(step)) + 1)));
  }

  /** Log-uniform in [min, max], rounded to 2 significant digits. */
  logUniform(min: number, max: number): number {
    const value = Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
    return Math.min(max, Math.max(min, Number(value.toPrecision(2))));
  }

  /** One of the values. */
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)]!;
  }

  /** The values in a random order (Fisher–Yates). */
  shuffle<T>(values: readonly T[]): T[] {
    const out = [...values];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** A template of any inputs: its `draw` and `build` always travel together, so erasing the input type is safe. */
export function anyTemplate<Inputs>(template: ItemTemplate<Inputs>): ItemTemplate {
  return template as unknown as ItemTemplate;
}

/** A new instance of a template from a seed (any 32-bit integer). */
export function drawInstance(template: ItemTemplate, seed: number): TemplateInstance {
  const rng = new Rng(seed);
  const inputs = template.draw(rng);
  return { template: template.id, seed, ...template.build(inputs, rng) };
}

/** A fresh seed for a review (not reproducible on purpose: every review draws anew). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}
