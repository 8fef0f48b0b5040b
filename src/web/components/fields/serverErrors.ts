import { createContext, useContext } from 'react';

/**
 * Provided by forms that show server errors on fields. React Aria keeps a server error until the
 * field is next validated, which blocks the first submit after a correction; a field that changes
 * drops its own server error at once instead.
 */
export const ClearServerErrorContext = createContext<(name: string) => void>(() => undefined);

export function useChangeClearsServerError<V>(name: string | undefined, onChange?: (value: V) => void): (value: V) => void {
  const clear = useContext(ClearServerErrorContext);
  return (value: V) => {
    if (name) clear(name);
    onChange?.(value);
  };
}
