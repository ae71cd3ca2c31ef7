// The header row of a data table: one column heading (scope="col") per name, in order.
import type { ReactNode } from 'react';

export function ColumnHeads({ names }: { names: readonly string[] }): ReactNode {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
