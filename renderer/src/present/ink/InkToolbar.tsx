// The presenter's pen and spotlight controls: Pen (D, draw), Spotlight (L), a colour, Undo the last stroke, Erase all (E).
// The same keys work anywhere on the presentation (inkShortcut; listed in the help with the other presentation keys).
import type { ReactNode } from 'react';
import { INK_COLORS, INK_HEX, type InkAction, type InkColor, type InkState } from './ink';
import './ink.css';

/** The ink action a key stands for while presenting (null for any other key). */
export function inkShortcut(key: string, state: InkState): InkAction | null {
  switch (key.toLowerCase()) {
    case 'd':
      return { type: 'tool', tool: state.tool === 'pen' ? 'none' : 'pen' };
    case 'l':
      return { type: 'tool', tool: state.tool === 'spotlight' ? 'none' : 'spotlight' };
    case 'z':
      return { type: 'undo' };
    case 'e':
      return { type: 'clear' };
    default:
      return null;
  }
}

const COLOR_NAMES: Record<InkColor, string> = { orange: 'Orange', blue: 'Blue', green: 'Green', vermillion: 'Vermillion' };

export function InkToolbar({ state, dispatch }: { state: InkState; dispatch(action: InkAction): void }): ReactNode {
  return (
    <div className="ink-toolbar" role="toolbar" aria-label="Pen and spotlight">
      <button type="button" className="button secondary small" aria-pressed={state.tool === 'pen'} aria-keyshortcuts="D" onClick={() => dispatch({ type: 'tool', tool: state.tool === 'pen' ? 'none' : 'pen' })}>
        Pen <kbd>D</kbd>
      </button>
      <button type="button" className="button secondary small" aria-pressed={state.tool === 'spotlight'} aria-keyshortcuts="L" onClick={() => dispatch({ type: 'tool', tool: state.tool === 'spotlight' ? 'none' : 'spotlight' })}>
        Spotlight <kbd>L</kbd>
      </button>
      <span className="ink-colors" role="radiogroup" aria-label="Pen colour">
        {INK_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={state.color === color}
            aria-label={COLOR_NAMES[color]}
            title={COLOR_NAMES[color]}
            className="ink-color"
            style={{ background: INK_HEX[color] }}
            onClick={() => dispatch({ type: 'color', color })}
          />
        ))}
      </span>
      <button type="button" className="button secondary small" aria-keyshortcuts="Z" disabled={state.strokes.length === 0} onClick={() => dispatch({ type: 'undo' })}>
        Undo stroke <kbd>Z</kbd>
      </button>
      <button type="button" className="button secondary small" aria-keyshortcuts="E" disabled={state.strokes.length === 0} onClick={() => dispatch({ type: 'clear' })}>
        Erase all <kbd>E</kbd>
      </button>
    </div>
  );
}
