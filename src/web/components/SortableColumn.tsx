import { Column, type ColumnProps } from 'react-aria-components';

/** A column header with a visible sort indicator; React Aria sets aria-sort on it. */
export function SortableColumn({ children, ...props }: Omit<ColumnProps, 'children'> & { children: React.ReactNode }) {
  return (
    <Column {...props} allowsSorting className="table__column table__column--sortable">
      {({ sortDirection }) => (
        <span className="table__column-label">
          {children}
          <span aria-hidden="true" className="table__sort">
            {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
          </span>
        </span>
      )}
    </Column>
  );
}
