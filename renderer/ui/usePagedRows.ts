import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  total: number;
  /** The server stopped counting at `total` (a very short search): there are more. */
  totalIsCapped?: boolean;
  items: T[];
}

export interface PagedRows<T> {
  /** Total rows on the server; undefined until the first page arrives. */
  total: number | undefined;
  /** True when `total` is only a lower bound (the server capped its count). */
  totalIsCapped: boolean;
  rowAt(index: number): T | undefined;
  /** Fetches every page that overlaps [start, end] and is not loaded yet. */
  ensureRange(start: number, end: number): void;
  error: unknown;
  reload(): void;
}

/**
 * Rows of a long server-side list, fetched in pages as the user scrolls. Changing `key` (query,
 * filters, sort) drops the cache; answers for an older key are ignored.
 */
export function usePagedRows<T>(fetchPage: (offset: number, limit: number) => Promise<Page<T>>, key: string, pageSize = 100): PagedRows<T> {
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const cache = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [totalIsCapped, setTotalIsCapped] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [, setVersion] = useState(0);

  const loadPage = useCallback(
    (page: number) => {
      if (cache.current.has(page) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      fetchRef
        .current(page * pageSize, pageSize)
        .then((result) => {
          if (gen !== generation.current) return;
          cache.current.set(page, result.items);
          setTotal(result.total);
          setTotalIsCapped(result.totalIsCapped ?? false);
          setError(null);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => {
          if (gen === generation.current) setError(e);
        })
        .finally(() => {
          if (gen === generation.current) pending.current.delete(page);
        });
    },
    [pageSize],
  );

  const reset = useCallback(() => {
    generation.current += 1;
    cache.current = new Map();
    pending.current = new Set();
    loadPage(0);
  }, [loadPage]);

  useEffect(() => {
    reset();
    // `key` is the identity of the list; fetchPage is read through a ref.
  }, [key, reset]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) loadPage(page);
    },
    [loadPage, pageSize],
  );

  const rowAt = (index: number) => cache.current.get(Math.floor(index / pageSize))?.[index % pageSize];

  return { total, totalIsCapped, rowAt, ensureRange, error, reload: reset };
}
