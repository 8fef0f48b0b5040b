import type { ReactNode } from 'react';

/** A plain table's header row: one column header per label, then any header cell drawn otherwise. */
export function TableHead({ labels, children }: { labels: string[]; children?: ReactNode }) {
  return (
    <thead className="table__header">
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col" className="table__column">
            {label}
          </th>
        ))}
        {children}
      </tr>
    </thead>
  );
}
