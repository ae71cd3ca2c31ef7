// The pen and the spotlight over a presentation stage: an SVG as large as the stage that draws the strokes and
// dims all but a circle around the spotlight. It takes pointer input only while a tool is on (pen: mouse, touch or
// a stylus with its pressure; spotlight: the pointer's position), so the figures underneath stay usable otherwise.
// It is controlled: the presenter's window dispatches, and a mirrored audience window draws the same state.
import { useCallback, useRef, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { useElementSize } from '../../ui/element-size';
import { INK_HEX, strokePath, strokeWidth, type InkAction, type InkPoint, type InkState } from './ink';
import './ink.css';

export interface InkLayerProps {
  state: InkState;
  dispatch(action: InkAction): void;
  /** Draw only (an audience window): never takes pointer input. */
  readOnly?: boolean;
}

let strokeCounter = 0;
const newStrokeId = () => `${Date.now().toString(36)}-${(strokeCounter++).toString(36)}`;

export function InkLayer({ state, dispatch, readOnly = false }: InkLayerProps): ReactNode {
  const svgRef = useRef<SVGSVGElement>(null);
  const { width, height } = useElementSize(svgRef, { width: 1600, height: 900 });
  const drawing = useRef<string | null>(null);
  const interactive = !readOnly && state.tool !== 'none';

  const toStage = useCallback((event: { clientX: number; clientY: number; pressure?: number; pointerType?: string }): InkPoint => {
    const box = svgRef.current!.getBoundingClientRect();
    const pressure = event.pointerType === 'pen' && event.pressure ? event.pressure : 0.5;
    return [(event.clientX - box.left) / Math.max(1, box.width), (event.clientY - box.top) / Math.max(1, box.height), pressure];
  }, []);

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!interactive || state.tool !== 'pen' || event.button > 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const id = newStrokeId();
    drawing.current = id;
    dispatch({ type: 'begin', id, point: toStage(event) });
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!interactive) return;
    if (state.tool === 'spotlight') {
      const [x, y] = toStage(event);
      dispatch({ type: 'spot', x, y });
      return;
    }
    if (!drawing.current) return;
    const native = event.nativeEvent;
    const events = typeof native.getCoalescedEvents === 'function' ? native.getCoalescedEvents() : [];
    dispatch({ type: 'extend', id: drawing.current, points: (events.length ? events : [native]).map(toStage) });
  };
  const onPointerUp = () => {
    if (drawing.current) dispatch({ type: 'end', id: drawing.current });
    drawing.current = null;
  };

  const spotRadius = height * 0.14;
  return (
    <svg
      ref={svgRef}
      className="ink-layer"
      data-tool={state.tool}
      data-strokes={state.strokes.length}
      aria-hidden="true"
      viewBox={`0 0 ${width} ${height}`}
      style={{ pointerEvents: interactive ? 'auto' : 'none', cursor: state.tool === 'pen' ? 'crosshair' : state.tool === 'spotlight' ? 'none' : undefined, touchAction: interactive ? 'none' : undefined }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onPointerLeave={() => {
        if (interactive && state.tool === 'spotlight') dispatch({ type: 'spot-off' });
      }}
    >
      {state.tool === 'spotlight' && state.spot && (
        <>
          <defs>
            <mask id="ink-spot-mask">
              <rect width={width} height={height} fill="white" />
              <circle cx={state.spot[0] * width} cy={state.spot[1] * height} r={spotRadius} fill="black" />
            </mask>
          </defs>
          <rect className="ink-spot-dim" width={width} height={height} mask="url(#ink-spot-mask)" />
          <circle className="ink-spot-ring" cx={state.spot[0] * width} cy={state.spot[1] * height} r={spotRadius} />
        </>
      )}
      {state.strokes.map((stroke) => (
        <path key={stroke.id} className="ink-stroke" d={strokePath(stroke, width, height)} stroke={INK_HEX[stroke.color]} strokeWidth={strokeWidth(stroke, height)} />
      ))}
    </svg>
  );
}
