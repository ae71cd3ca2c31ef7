// THE components map for lessons: every name a lesson may use (checked at build time against
// component-names.ts) plus linkable headings. One map, shared by every lesson.
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Cite } from './Cite';
import { Term } from './Term';
import { Callout, KeyPoints } from './Callout';
import { ModelValue } from './ModelValue';
import { CheckYourself } from './CheckYourself';

// Figures are split into their own chunks: a lesson's text appears at once, each figure as it loads.
const BiteStructureFigure = lazyFigure(() => import('../figures/bite-structure/BiteStructureFigure').then((m) => m.BiteStructureFigure), 720);
const CytokineFigure = lazyFigure(() => import('../figures/cytokine/CytokineFigure').then((m) => m.CytokineFigure), 900);
const ManagementCase = lazyFigure(() => import('../figures/management-case/ManagementCase').then((m) => m.ManagementCase), 520);
const SynapseFigure = lazyFigure(() => import('../figures/synapse/SynapseFigure').then((m) => m.SynapseFigure), 900);
const SerialLysisFigure = lazyFigure(() => import('../figures/serial-lysis/SerialLysisFigure').then((m) => m.SerialLysisFigure), 1100);
const PkPdExplorer = lazyFigure(() => import('../figures/pkpd-explorer/PkPdExplorer').then((m) => m.PkPdExplorer), 1400);
const TrialsTable = lazyFigure(() => import('../figures/trials-table/TrialsTable').then((m) => m.TrialsTable), 600);
const TherapyComparisonFigure = lazyFigure(() => import('../figures/therapy-comparison/TherapyComparisonFigure').then((m) => m.TherapyComparisonFigure), 760);
const VirtualTrialFigure = lazyFigure(() => import('../figures/virtual-trial/VirtualTrialFigure').then((m) => m.VirtualTrialFigure), 900);
import { lazyFigure } from './lazy-figure';
import { useLesson } from './lesson-context';
import { routeHref } from '../state/route';
import type { LessonComponentName } from './component-names';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as { props: { children?: ReactNode } }).props.children);
  return '';
}

function LinkedHeading({ level, id, children, ...rest }: ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 }) {
  const lesson = useLesson();
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} {...rest}>
      {children}
      {id && (
        <a className="heading-anchor" href={routeHref({ name: 'lesson', slug: lesson.slug, anchor: id })} aria-label={`Link to the section “${textOf(children)}”`}>
          #
        </a>
      )}
    </Tag>
  );
}

/** A presentation step marker: the compiler moves what it says into the lesson's steps, so nothing is left to draw. */
function Step() {
  return null;
}

/** Speaker notes: for the presenter view (from the lesson's steps), never part of the lesson page. */
function Notes() {
  return null;
}

/** A presentation step's content (the compiler wraps each step in one): in the lesson, just its content. */
function LessonStep({ children }: { n: string; children?: ReactNode }) {
  return <>{children}</>;
}

export const lessonComponentMap: Record<LessonComponentName, unknown> = {
  Cite,
  Term,
  Callout,
  KeyPoints,
  ModelValue,
  BiteStructureFigure,
  CheckYourself,
  TrialsTable,
  CytokineFigure,
  ManagementCase,
  SynapseFigure,
  SerialLysisFigure,
  PkPdExplorer,
  TherapyComparisonFigure,
  VirtualTrialFigure,
  Step,
  Notes,
};

export const lessonComponents: Record<string, unknown> = {
  ...lessonComponentMap,
  LessonStep,
  h2: (props: ComponentPropsWithoutRef<'h2'>) => <LinkedHeading level={2} {...props} />,
  h3: (props: ComponentPropsWithoutRef<'h3'>) => <LinkedHeading level={3} {...props} />,
};
