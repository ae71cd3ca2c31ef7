// The names of the components lessons may use, with the attributes each accepts: the build checks
// every lesson against this list; renderer/src/lessons/components.tsx must provide exactly these.

/** How an attribute is written in MDX: "string" in quotes (the default), or a literal {42} / {true}. */
export type AttributeType = 'string' | 'number' | 'boolean';

export interface ComponentSpec {
  /** Attributes the component requires (literal strings in MDX unless attributeTypes says otherwise). */
  required: readonly string[];
  /** Attributes it also accepts. */
  optional: readonly string[];
  /** Attributes written as a literal number or boolean ({42}, {true}); any other expression is refused. */
  attributeTypes?: Readonly<Record<string, AttributeType>>;
  /** Whether it wraps children. */
  children: boolean;
  /** One line for authors (README and error messages). */
  summary: string;
  /** For figures: the element id the figure has unless the lesson gives one (its key in links). */
  figureId?: string;
}

export const LESSON_COMPONENTS = {
  Cite: { required: ['k'], optional: [], children: false, summary: 'numbered citation; k="key" or k="key1 key2" (keys from content/references)' },
  Term: { required: ['id'], optional: [], children: true, summary: 'glossary term with its definition on hover and focus; id from content/glossary' },
  Callout: {
    required: ['kind'],
    optional: ['title'],
    children: true,
    summary: 'boxed aside; kind = note | correction | clinical | warning',
  },
  KeyPoints: { required: [], optional: [], children: true, summary: 'end-of-lesson summary (a markdown list inside)' },
  ModelValue: {
    required: ['name'],
    optional: ['regimen', 'level', 'scenario', 'digits'],
    children: false,
    summary: 'a live number computed by the shared model, e.g. name="halfLifeHours"',
  },
  BiteStructureFigure: { required: [], optional: ['id'], children: false, summary: 'figure: blinatumomab domains beside an IgG to scale', figureId: 'fig-bite-structure' },
  TrialsTable: { required: [], optional: ['id'], children: false, summary: 'sortable table of the pivotal trials (content/quiz/trials.yaml) with sources', figureId: 'fig-trials' },
  CytokineFigure: { required: [], optional: ['id'], children: false, summary: 'figure: flat vs stepped dosing at low vs high burden — IL-6 and the CNS-risk index', figureId: 'fig-cytokine' },
  ManagementCase: { required: [], optional: ['id'], children: false, summary: 'interactive case: grade CRS/neurotoxicity and choose the label action step by step', figureId: 'fig-management-case' },
  SynapseFigure: { required: [], optional: ['id'], children: false, summary: 'figure: the immune synapse stage by stage, driven by simulated time after infusion start', figureId: 'fig-synapse' },
  SerialLysisFigure: { required: [], optional: ['id'], children: false, summary: 'figure: agent-based serial lysis with a live chart against the ODE model', figureId: 'fig-serial-lysis' },
  PkPdExplorer: { required: [], optional: ['id'], children: false, summary: 'figure: linked PK/PD charts over two cycles with regimen and clinical inputs', figureId: 'fig-pkpd-explorer' },
  CheckYourself: { required: ['id'], optional: [], children: false, summary: 'an inline question from content/quiz/check-yourself, with an explanation for every option' },
  TherapyComparisonFigure: { required: [], optional: ['id'], children: false, summary: 'figure: blinatumomab, CD19 CAR T cells and inotuzumab side by side (content/comparisons), with a remission chart', figureId: 'fig-therapy-comparison' },
  VirtualTrialFigure: { required: [], optional: ['id'], children: false, summary: 'figure: 200 virtual relapsed patients as a waterfall of marrow blasts against the 5 % line, beside the trials', figureId: 'fig-virtual-trial' },
  Step: {
    required: [],
    optional: ['title', 'fig', 'play-to', 'then'],
    children: false,
    summary: 'presentation: starts a step here; fig="…" with that figure\'s settings, play-to="24h" and then="pause|play" script it (the figure\'s link fields, checked at build time)',
  },
  Notes: { required: [], optional: [], children: true, summary: 'presentation: speaker notes for the step they sit in (shown in the presenter view, never in the lesson)' },
} as const satisfies Record<string, ComponentSpec>;

export type LessonComponentName = keyof typeof LESSON_COMPONENTS;

/**
 * Components being built (issue 4): accepted in draft lessons only (folders starting with "_"), so
 * writers and engineers can work in parallel; a published lesson must use available components.
 */
export const PLANNED_COMPONENTS: Record<string, string> = {
};

/** Lower-case HTML elements lessons may use directly (everything else: markdown or a component). */
export const ALLOWED_HTML = ['br', 'sub', 'sup', 'abbr', 'kbd'] as const;

export const CALLOUT_KINDS = ['note', 'correction', 'clinical', 'warning'] as const;

/** Quantities <ModelValue name="…" /> can show (implemented in model-values.ts, checked at build time). */
export const MODEL_VALUE_NAMES = [
  'halfLifeHours',
  'timeToSteadyStateHours',
  'clearanceLPerHour',
  'volumeL',
  'cssPgPerMl',
  'cd19OccupancyPct',
  'cd3OccupancyPct',
  'killingEngagementPct',
  'marrowEngagementPct',
  'ec50KillPgPerMl',
  'ec50BmPgPerMl',
  'tRefPerUl',
  'il6PeakPgPerMl',
  'il6PeakHours',
  'il6Cycle2Ratio',
  'tCellNadirHours',
  'tCellNadirPct',
  'tCellRecoveryDays',
  'tCellFoldDay21',
  'bCellDepletionDays',
  'marrowBlastsDay28Pct',
  'marrowBlastsDay42Pct',
  'marrowBlastsDay28LowTCellsPct',
  'marrowBlastsDay28HighTregPct',
  'bCellRecoveryDaysAfterStop',
  'cnsRiskIndex',
  'cnsRiskIndexCycle2',
  'cnsRiskExposureCycle1',
  'cnsRiskExposureCycle2',
  'cnsRiskStepPeakRatio',
  'crsIndexGrade',
  'tregBrakePct',
] as const;
export type ModelValueName = (typeof MODEL_VALUE_NAMES)[number];

