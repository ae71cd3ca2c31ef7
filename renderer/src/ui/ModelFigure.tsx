// The figure kit: what every model-driven figure shares — the frame (title, caption, sources, description,
// data table, copy-link), the "illustrative" badge, the clock bound to the figure's time state with reduced
// motion, the time controls at the top of the visual (their landmarks are the timeline config's), announcements
// paused while playing, and element ids.
import { useCallback, type ReactNode } from 'react';
import { useReducedMotion } from '../state/react';
import type { TimeAction, TimeConfig, TimeFigureAction, TimeState } from '../state/time';
import { FigureFrame, type FigureFrameProps } from './FigureFrame';
import { TimeControls } from './TimeControls';
import { useClock, type FigureClock } from './clock';

export { figureText, type FigureText, type FigureTextProps } from './FigureFrame';
export { useFigureUid } from './uid';

/** A figure action that carries a time-control action (every animated figure's reducer accepts it). */
export type { TimeFigureAction };

export interface FigureTime {
  clock: FigureClock;
  /** The timeline the clock is (about to be) configured with — read this during render, not clock.config. */
  config: TimeConfig;
  time: TimeState;
  dispatch: (action: TimeAction) => void;
  reducedMotion: boolean;
}

/** Binds a figure's time state to its clock engine: one clock per figure, reconfigured with `config`. */
export function useFigureTime(time: TimeState, config: TimeConfig, dispatch: (action: TimeFigureAction) => void): FigureTime {
  const reducedMotion = useReducedMotion();
  const dispatchTime = useCallback((action: TimeAction) => dispatch({ type: 'time', action }), [dispatch]);
  const clock = useClock(time, config, dispatchTime, reducedMotion);
  return { clock, config, time, dispatch: dispatchTime, reducedMotion };
}

export interface ModelFigureProps extends Omit<FigureFrameProps, 'modelOutput' | 'announce'> {
  /** The figure's time and its controls (omit for a figure without an animation). */
  time?: FigureTime;
  formatTime?: (t: number) => string;
  /** What the controls call the figure (FigureText.name): "Time controls for the {name}"; the title otherwise. */
  name?: string;
}

export function ModelFigure({ time, formatTime, name, children, ...frame }: ModelFigureProps): ReactNode {
  // The time controls sit at the top of the visual, beside what they move; the figure's own controls stay in the frame's slot.
  return (
    <FigureFrame {...frame} modelOutput announce={!time?.time.playing}>
      {time && (
        <TimeControls
          clock={time.clock}
          config={time.config}
          time={time.time}
          dispatch={time.dispatch}
          {...(formatTime ? { formatTime } : {})}
          label={name ? `Time controls for the ${name}` : `Time controls for “${frame.title}”`}
        />
      )}
      {children}
    </FigureFrame>
  );
}
