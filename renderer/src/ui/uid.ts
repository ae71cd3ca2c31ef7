// Element ids inside figures and the figure kit: React's useId made safe for SVG references (url(#…)),
// CSS selectors and form-control names.
import { useId } from 'react';

/** A safe id fragment from React's useId (for ids inside SVG and form controls). */
export function useFigureUid(): string {
  return useId().replace(/[^A-Za-z0-9_-]/g, '');
}
