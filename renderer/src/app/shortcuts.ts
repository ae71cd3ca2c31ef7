// The keyboard shortcuts of the atlas: one table used both by the key handler and by the help overlay.
export interface Shortcut {
  keys: string[];
  description: string;
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
  { keys: ['Esc'], description: 'Close a definition, the search results or this overlay' },
  { keys: ['Tab'], description: 'Move between links, terms, figure parts and controls' },
];

/** True when a key press happens while the reader is typing, so single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT';
}
