import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataKind } from '../../shared/contract';
import { api } from '../app/api';

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
  /** Drops every page and starts again from the first (as a new `key` does). */
  reload(): void;
}

export interface PagedRowsOptions {
  pageSize?: number;
  /**
   * Refresh when the core reports a change of one of these kinds (`data.changed`), as useCall
   * does. Default: any change. `[]` never refreshes by itself.
   */
  reloadOn?: readonly DataKind[];
}

/**
 * Rows of a long server-side list, fetched in pages as the user scrolls. Changing `key` (query,
 * filters, sort) drops the cache; answers for an older key are ignored. A change in the register
 * refetches the pages in view and keeps showing their rows until the fresh ones arrive, so the
 * list stays where it was scrolled.
 */
export function usePagedRows<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  key: string,
  { pageSize = 100, reloadOn }: PagedRowsOptions = {},
): PagedRows<T> {
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const cache = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const inView = useRef<[number, number]>([0, 0]);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [totalIsCapped, setTotalIsCapped] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [, setVersion] = useState(0);

  /** Fetches one page unless it is loaded or on its way; `again` fetches a loaded page anew. */
  const loadPage = useCallback(
    (page: number, again = false) => {
      if ((!again && cache.current.has(page)) || pending.current.has(page)) return;
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
      inView.current = [start, end];
      for (let page = Math.floor(start / pageSize); page <= Math.floor(end / pageSize); page++) loadPage(page);
    },
    [loadPage, pageSize],
  );

  // The pages in view stay (shown until their fresh copies arrive); the others are fetched anew when scrolled to.
  const refresh = useCallback(() => {
    generation.current += 1;
    const [start, end] = inView.current;
    const first = Math.floor(start / pageSize);
    const last = Math.floor(end / pageSize);
    cache.current = new Map([...cache.current].filter(([page]) => page >= first && page <= last));
    pending.current = new Set();
    for (let page = first; page <= last; page++) loadPage(page, true);
  }, [loadPage, pageSize]);

  const reloadOnKey = reloadOn ? reloadOn.join(',') : '*';
  useEffect(() => {
    if (reloadOnKey === '') return;
    const wanted = reloadOnKey === '*' ? null : new Set(reloadOnKey.split(','));
    return api().on('data.changed', ({ kinds }) => {
      if (!wanted || kinds.some((k) => wanted.has(k) || k === 'register')) refresh();
    });
  }, [reloadOnKey, refresh]);

  const rowAt = (index: number) => cache.current.get(Math.floor(index / pageSize))?.[index % pageSize];

  return { total, totalIsCapped, rowAt, ensureRange, error, reload: reset };
}
