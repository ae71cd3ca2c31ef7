// @vitest-environment happy-dom
// Pen and spotlight as a lecturer uses them: strokes drawn with the pointer land in the state in stage
// coordinates (so a mirrored window of another size draws them at the same place), the same actions applied in a
// second window give the same state, a step change clears, undo removes the last stroke, the spotlight follows the
// pointer only while it is on, and the layer takes no pointer input while no tool is on (the figures stay usable).
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { INK_DEFAULTS, MAX_STROKES, reduceInk, strokePath, type InkAction, type InkState } from '../../../renderer/src/present/ink/ink';
import { InkLayer } from '../../../renderer/src/present/ink/InkLayer';
import { inkShortcut } from '../../../renderer/src/present/ink/InkToolbar';

const apply = (actions: InkAction[], from: InkState = INK_DEFAULTS) => actions.reduce(reduceInk, from);

afterEach(cleanup);

describe('the ink reducer', () => {
  it('draws a stroke from begin, extend and end, in the pen colour, clamped to the stage', () => {
    const state = apply([
      { type: 'tool', tool: 'pen' },
      { type: 'color', color: 'blue' },
      { type: 'begin', id: 's1', point: [0.1, 0.2, 0.5] },
      { type: 'extend', id: 's1', points: [[0.2, 0.25, 0.5], [1.4, -0.1, 0.9]] },
      { type: 'end', id: 's1' },
    ]);
    expect(state.strokes).toEqual([{ id: 's1', color: 'blue', open: false, points: [[0.1, 0.2, 0.5], [0.2, 0.25, 0.5], [1, 0, 0.9]] }]);
    // a closed stroke takes no more points; an unknown id changes nothing
    expect(reduceInk(state, { type: 'extend', id: 's1', points: [[0.5, 0.5, 0.5]] })).toBe(state);
    expect(reduceInk(state, { type: 'end', id: 'nope' })).toBe(state);
  });

  it('is the same state in a second window that applies the same actions, and survives JSON', () => {
    const actions: InkAction[] = [
      { type: 'tool', tool: 'pen' },
      { type: 'begin', id: 'a', point: [0.3, 0.3, 0.5] },
      { type: 'extend', id: 'a', points: [[0.4, 0.35, 0.5]] },
      { type: 'end', id: 'a' },
      { type: 'tool', tool: 'spotlight' },
      { type: 'spot', x: 0.5, y: 0.6 },
    ];
    const presenter = apply(actions);
    const audience = apply(JSON.parse(JSON.stringify(actions)) as InkAction[]);
    expect(audience).toEqual(presenter);
    expect(JSON.parse(JSON.stringify(presenter))).toEqual(presenter);
  });

  it('undoes the last stroke, clears everything on a step change, and keeps at most MAX_STROKES', () => {
    let state = apply([{ type: 'tool', tool: 'pen' }]);
    for (let k = 0; k < MAX_STROKES + 5; k += 1) state = apply([{ type: 'begin', id: `s${k}`, point: [0.5, 0.5, 0.5] }, { type: 'end', id: `s${k}` }], state);
    expect(state.strokes).toHaveLength(MAX_STROKES);
    expect(state.strokes.at(-1)!.id).toBe(`s${MAX_STROKES + 4}`);
    expect(reduceInk(state, { type: 'undo' }).strokes.at(-1)!.id).toBe(`s${MAX_STROKES + 3}`);
    const cleared = reduceInk(state, { type: 'clear' });
    expect(cleared.strokes).toEqual([]);
    expect(cleared.tool).toBe('pen');
  });

  it('moves the spotlight only while it is on, and hides it when the tool changes', () => {
    expect(reduceInk(INK_DEFAULTS, { type: 'spot', x: 0.5, y: 0.5 })).toBe(INK_DEFAULTS);
    const on = apply([{ type: 'tool', tool: 'spotlight' }, { type: 'spot', x: 0.25, y: 0.75 }]);
    expect(on.spot).toEqual([0.25, 0.75]);
    expect(reduceInk(on, { type: 'tool', tool: 'pen' }).spot).toBeNull();
  });

  it('maps the presentation keys D (draw), L, Z and E', () => {
    expect(inkShortcut('d', INK_DEFAULTS)).toEqual({ type: 'tool', tool: 'pen' });
    expect(inkShortcut('D', { ...INK_DEFAULTS, tool: 'pen' })).toEqual({ type: 'tool', tool: 'none' });
    expect(inkShortcut('p', INK_DEFAULTS)).toBeNull();
    expect(inkShortcut('l', INK_DEFAULTS)).toEqual({ type: 'tool', tool: 'spotlight' });
    expect(inkShortcut('z', INK_DEFAULTS)).toEqual({ type: 'undo' });
    expect(inkShortcut('e', INK_DEFAULTS)).toEqual({ type: 'clear' });
    expect(inkShortcut('x', INK_DEFAULTS)).toBeNull();
  });

  it('writes a stroke as a path scaled to the stage, and a single point as a dot', () => {
    const stroke = { id: 's', color: 'orange' as const, open: false, points: [[0, 0, 0.5], [0.5, 0.5, 0.5], [1, 1, 0.5]] as const };
    expect(strokePath(stroke, 200, 100)).toBe('M0.0,0.0Q100.0,50.0 150.0,75.0L200.0,100.0');
    expect(strokePath({ ...stroke, points: [[0.5, 0.5, 0.5]] }, 200, 100)).toBe('M100.0,50.0h0.01');
  });
});

function Harness({ initial }: { initial: InkState }) {
  const [state, dispatch] = useReducer(reduceInk, initial);
  return (
    <div style={{ position: 'relative', width: '800px', height: '450px' }}>
      <InkLayer state={state} dispatch={dispatch} />
    </div>
  );
}

describe('the ink layer', () => {
  it('turns a pointer drag into one stroke while the pen is on', () => {
    const { container } = render(<Harness initial={{ ...INK_DEFAULTS, tool: 'pen' }} />);
    const svg = container.querySelector('svg.ink-layer')!;
    expect(svg.getAttribute('style')).toContain('pointer-events: auto');
    fireEvent.pointerDown(svg, { clientX: 10, clientY: 10, pointerId: 1, button: 0 });
    fireEvent.pointerMove(svg, { clientX: 30, clientY: 20, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 60, clientY: 40, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 60, clientY: 40, pointerId: 1 });
    expect(svg.getAttribute('data-strokes')).toBe('1');
    expect(container.querySelectorAll('path.ink-stroke')).toHaveLength(1);
    expect(container.querySelector('path.ink-stroke')!.getAttribute('d')).toMatch(/^M/);
  });

  it('lets pointer input through to the figures while no tool is on', () => {
    const { container } = render(<Harness initial={INK_DEFAULTS} />);
    const svg = container.querySelector('svg.ink-layer')!;
    expect(svg.getAttribute('style')).toContain('pointer-events: none');
    fireEvent.pointerDown(svg, { clientX: 10, clientY: 10, pointerId: 1, button: 0 });
    expect(svg.getAttribute('data-strokes')).toBe('0');
  });
});
