import { useMemo, useState } from 'react';
import type { SortDescriptor } from 'react-aria-components';
import { INTL_LOCALE, useI18n } from '../i18n/index.js';

type SortValue = string | number | boolean | null | undefined;

/** Client-side sorting for the admin lists, which are small (tens to hundreds of rows). */
export function useSortedItems<T>(
  items: readonly T[],
  accessors: Record<string, (item: T) => SortValue>,
  initial: SortDescriptor,
) {
  const { locale } = useI18n();
  const [sortDescriptor, setSortDescriptor] = useState<SortDescriptor>(initial);
  const collator = useMemo(() => new Intl.Collator(INTL_LOCALE[locale], { numeric: true, sensitivity: 'base' }), [locale]);

  const sorted = useMemo(() => {
    const accessor = accessors[String(sortDescriptor.column)];
    if (!accessor) return [...items];
    const direction = sortDescriptor.direction === 'descending' ? -1 : 1;
    return [...items].sort((a, b) => {
      const [x, y] = [accessor(a), accessor(b)];
      // Empty values always last, whatever the direction: they are the least useful.
      if (x === null || x === undefined || x === '') return y === null || y === undefined || y === '' ? 0 : 1;
      if (y === null || y === undefined || y === '') return -1;
      const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
      return order * direction;
    });
    // accessors is a literal recreated each render; its behaviour only depends on the column.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, sortDescriptor, collator]);

  return { sorted, sortDescriptor, onSortChange: setSortDescriptor };
}
