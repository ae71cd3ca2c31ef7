// The keyboard shortcuts of the atlas: one table used both by the key handler and by the help overlay.
export interface Shortcut {
  keys: string[];
  description: string;
  /** Keys separated by "/" are alternatives ("A–E / 1–5"). */
  alternatives?: boolean;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['?'], description: 'Show or hide this list of shortcuts' },
  { keys: ['/'], description: 'Search lessons and glossary' },
  { keys: ['Ctrl', 'K'], description: 'Search (alternative)' },
  { keys: ['['], description: 'Previous lesson' },
  { keys: [']'], description: 'Next lesson' },
  { keys: ['h'], description: 'Home (contents)' },
  { keys: ['g'], description: 'Glossary' },
  { keys: [','], description: 'Settings' },
  { keys: ['t'], description: 'Switch theme (light → dark → projector)' },
  { keys: ['Ctrl', 'P'], description: 'On a lesson: print its handout (light, no controls, answers at the end)' },
  { keys: ['Esc'], description: 'Close a definition, the search results or this overlay' },
  { keys: ['Tab'], description: 'Move between links, terms, figure parts and controls' },
];

/** Keys of a self-quiz session (QuizSession handles them; listed in the help under their own heading). */
export const QUIZ_SHORTCUTS: Shortcut[] = [
  { keys: ['A–F', '1–6'], description: 'Pick an answer (in a management case, a branch)', alternatives: true },
  { keys: ['Enter'], description: 'Submit the answer (in a case: check, then go on); after it, take the suggested rating' },
  { keys: ['1', '2', '3', '4'], description: 'After an answer: rate it Again, Hard, Good or Easy', alternatives: true },
  { keys: ['F'], description: 'Flag or unflag the card (Shift + F on a question with a sixth option)' },
  { keys: ['U'], description: 'Undo the last answer and its rating' },
];

/** Keys of presentation mode (present/PresentationView.tsx handles them; listed in the help under their own heading). */
export const PRESENT_SHORTCUTS: Shortcut[] = [
  { keys: ['→', 'Space', 'Page Down'], description: 'Next step (what a presentation clicker sends)', alternatives: true },
  { keys: ['←', 'Shift + Space', 'Page Up'], description: 'Previous step', alternatives: true },
  { keys: ['Home', 'End'], description: 'First or last step', alternatives: true },
  { keys: ['B', '.'], description: 'Black out the screen, or show it again', alternatives: true },
  { keys: ['O'], description: 'Overview of all steps (arrow keys move, Enter opens one)' },
  { keys: ['G'], description: 'Go to a step by its number' },
  { keys: ['F'], description: 'Full screen on or off' },
  { keys: ['S'], description: 'Presenter view: notes, next step, time and pen in a second window (desktop) or tab (web); this screen follows it' },
  { keys: ['D'], description: 'Pen on or off (draw with the mouse, a touch screen or a stylus)' },
  { keys: ['L'], description: 'Spotlight on or off (dims all but a circle around the pointer)' },
  { keys: ['Z', 'E'], description: 'Undo the last pen stroke / erase all strokes', alternatives: true },
  { keys: ['Esc'], description: 'Pen or spotlight off; else leave the presentation, back to the lesson at this section' },
  { keys: ['Tab'], description: 'Reach a figure’s controls; their own keys (arrows, Space) work as in the lesson' },
];

export { isFormControlTarget, isTextEntryTarget } from '../ui/keys';
