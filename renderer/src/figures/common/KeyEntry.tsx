// One entry of a figure's key or legend: a small drawing, hidden from assistive technology (the words say
// what it shows), and its words.
import type { ReactNode, SVGProps } from 'react';

export interface KeyEntryProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  /** What the drawing stands for. */
  label: ReactNode;
  /** The drawing: the swatch's SVG content. */
  children: ReactNode;
}

/** A list item of a key: `<svg aria-hidden>` with the given attributes and content, then the label. */
export function KeyEntry({ label, children, ...svg }: KeyEntryProps): ReactNode {
  return (
    <li>
      <svg aria-hidden="true" {...svg}>
        {children}
      </svg>
      {label}
    </li>
  );
}
