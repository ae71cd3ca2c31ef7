// Presentation steps as a lesson author meets them: sections and <Step /> markers split the lesson, a marker
// scripts a figure with typed attributes, and every bad value fails with file:line:column and the reason.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { compileSteps, parseDuration, STEP_WRAPPER } from '../../../../build/scripts/lessons/steps';
import { scriptableKind } from '../../../../build/scripts/lessons/figure-attributes';
import type { Diagnostic } from '../../../../build/scripts/lessons/content-schema';

function steps(source: string, figures: { id: string; component: string }[] = []) {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
  const diagnostics: Diagnostic[] = [];
  const result = compileSteps(tree, 'lesson.mdx', 'The lesson', { figures, kindOf: scriptableKind }, diagnostics);
  return { steps: result, tree, messages: diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`) };
}

const cytokine = [{ id: 'fig-cytokine', component: 'CytokineFigure' }];

describe('splitting a lesson into steps', () => {
  it('makes the text before the first heading and every ## and ### section a step, wrapped for the renderer', () => {
    const { steps: s, tree, messages } = steps('Intro.\n\n## One\n\nText.\n\n### One a\n\nMore.\n\n## Two\n\n<Notes>\n\nSay this.\n\n</Notes>\n\nEnd.\n');
    expect(messages).toEqual([]);
    expect(s.map((x) => [x.title, x.anchor, x.notes])).toEqual([
      ['The lesson', '', ''],
      ['One', 'one', ''],
      ['One a', 'one-a', ''],
      ['Two', 'two', 'Say this.'],
    ]);
    expect(tree.children.map((c) => [(c as { name?: string }).name, (c as { attributes: { value: string }[] }).attributes[0]!.value])).toEqual([
      [STEP_WRAPPER, '1'],
      [STEP_WRAPPER, '2'],
      [STEP_WRAPPER, '3'],
      [STEP_WRAPPER, '4'],
    ]);
  });

  it('opens a step at a marker inside a section, and one step with a marker next to a heading', () => {
    const { steps: s, messages } = steps('## One\n\nA.\n\n<Step />\n\nB.\n\n<Step title="Two, scripted" />\n\n## Two\n\nC.\n\n## Three\n\n<Step title="Three!" />\n\nD.\n');
    expect(messages).toEqual([]);
    expect(s.map((x) => [x.title, x.anchor])).toEqual([
      ['One', 'one'],
      ['One (continued)', 'one'],
      ['Two, scripted', 'two'],
      ['Three!', 'three'],
    ]);
  });

  it('lists the figures each step shows and compiles a script into the figure link fields', () => {
    const { steps: s, messages } = steps('## Burst\n\nText.\n\n<Step fig="cytokine" burden="low" show="flat-15" play-to="24h" then="pause" />\n\n<CytokineFigure />\n', cytokine);
    expect(messages).toEqual([]);
    expect(s[1]).toMatchObject({ figures: ['fig-cytokine'], script: { figure: 'fig-cytokine', fields: { burden: 'low', show: 'flat-15', t: '1' } } });
  });

  it('starts the script from the figure’s own lesson attributes', () => {
    const { steps: s } = steps('<Step fig="cytokine" play-to="6h" then="play" />\n\n<CytokineFigure burden="low" />\n', cytokine);
    expect(s[0]!.script).toEqual({ figure: 'fig-cytokine', fields: { burden: 'low', t: '0.25', play: '1' } });
  });
});

describe('bad step attributes fail the build at the attribute', () => {
  it.each([
    ['<Step fig="cytokine" burden="huge" />', 'lesson.mdx:1:22: <Step>: “burden” must be one of low, high, not “huge”'],
    ['<Step fig="cytokine" play-to="soon" />', 'lesson.mdx:1:22: <Step>: play-to must be a time like "24h", "90min" or "8d", not “soon”'],
    ['<Step fig="cytokine" play-to="30d" />', 'lesson.mdx:1:22: <Step>: time (“t”) must be between 0 and 10, not 30'],
    ['<Step fig="cytokine" then="stop" />', 'lesson.mdx:1:22: <Step>: then must be one of pause, play, not “stop”'],
    ['<Step fig="cytokine" regimen="flat-15" />', 'lesson.mdx:1:22: <Step>: "regimen" is not a setting of CytokineFigure (settings: burden, show, t, play, speed; also play-to, then)'],
    ['<Step fig="explorer" />', 'lesson.mdx:1:7: <Step>: fig="explorer" is not a figure of this step (this step shows: cytokine)'],
    ['<Step burden="low" />', 'lesson.mdx:1:7: <Step>: attribute "burden" is not allowed (accepted: title, fig, play-to, then; a figure\'s settings need fig="…")'],
    ['<Step play-to="2h" />', 'lesson.mdx:1:7: <Step>: "play-to" needs fig="…", the figure it plays'],
  ])('%s', (marker, message) => {
    const { messages } = steps(`${marker}\n\n<CytokineFigure />\n`, cytokine);
    expect(messages).toEqual([message]);
  });

  it('refuses a marker or notes inside another element', () => {
    const { messages } = steps('<Callout kind="note">\n\n<Step />\n\n</Callout>\n');
    expect(messages).toEqual(['lesson.mdx:3:1: <Step> must stand on its own line at the top level of the lesson, not inside another element']);
  });
});

describe('play-to durations', () => {
  it('reads minutes, hours and days on a day timeline, and plain numbers in the figure’s unit', () => {
    expect(parseDuration('90min', true)).toEqual({ value: 90 / 1440 });
    expect(parseDuration('24h', true)).toEqual({ value: 1 });
    expect(parseDuration('8d', true)).toEqual({ value: 8 });
    expect(parseDuration('2.5', false)).toEqual({ value: 2.5 });
    expect(parseDuration('2h', false)).toHaveProperty('error');
  });
});
