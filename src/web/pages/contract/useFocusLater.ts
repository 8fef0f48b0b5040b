import { useCallback, type RefObject } from 'react';

/**
 * After a row is added, moved or removed, the pressed button may have moved or gone: the focus
 * goes to the first of the selectors that finds something in the container, once React has drawn.
 */
export function useFocusLater(container: RefObject<HTMLElement | null>) {
  return useCallback(
    (...selectors: string[]) =>
      requestAnimationFrame(() => selectors.map((s) => container.current?.querySelector<HTMLElement>(s)).find(Boolean)?.focus()),
    [container],
  );
}
