import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the address (so a filtered list can be bookmarked and survives a
 * reload), one parameter changed at a time. Each change starts from the address as it is now,
 * not as it was when the handler was made: a debounced search and a select changed in between
 * both keep their values.
 */
export function useFilterParams(): [URLSearchParams, (name: string, value?: string) => void] {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback(
    (name: string, value?: string) => {
      const next = new URLSearchParams(window.location.search);
      if (value) next.set(name, value);
      else next.delete(name);
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [params, setParam];
}
