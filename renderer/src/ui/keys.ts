// Where a key press goes: text entry (even "?" is a character there) or any form control (single-key
// shortcuts must not fire). Used by the shell's shortcuts and by the quiz's keys.
const FORM_ROLES = new Set(['slider', 'spinbutton', 'radio', 'checkbox', 'switch', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'menuitemradio', 'menuitemcheckbox']);

/** True when the reader is typing text (where even "?" is a character, not the help key). */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT') return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'].includes((target as HTMLInputElement).type);
  return target.isContentEditable || tag === 'TEXTAREA' || target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'searchbox';
}

/**
 * True when a key press goes to a form control — a text field, but also a slider, radio button, checkbox or
 * list — so single-key shortcuts must not fire: the key belongs to the control (and leaving the page from a
 * slider would lose the reader's place).
 */
export function isFormControlTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'OPTION') return true;
  const role = target.getAttribute('role');
  return target.isContentEditable || (role !== null && FORM_ROLES.has(role));
}
