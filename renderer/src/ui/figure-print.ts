// Print layout for figures (handouts): a figure inside a FigurePrintContext shows its text description and data
// table open, drops the toggles that hide them on screen (paper has no buttons), and prints the host's note (the
// figure's scenario and link) in the block a page break never cuts. `framed` tells the host a frame took the note.
import { createContext, useContext, type ReactNode } from 'react';

export interface FigurePrint {
  /** Printed under the figure's caption, inside its unbreakable block. */
  note?: ReactNode;
  /** Called by the figure's frame once mounted: the host need not print the note itself. */
  framed(): void;
}

export const FigurePrintContext = createContext<FigurePrint | null>(null);

/** How the figure is laid out for print (a handout), or null on screen. */
export function useFigurePrint(): FigurePrint | null {
  return useContext(FigurePrintContext);
}
