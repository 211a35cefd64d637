import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataKind, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { api, call } from '../app/api';

export interface CallState<T> {
  /** The latest answer; kept while a reload runs, so a list does not flash empty. */
  data: T | undefined;
  /** Why the latest call failed (null when it succeeded or has not answered yet). */
  error: unknown;
  /** True until the first answer (or failure) for the current input. */
  loading: boolean;
  /** Asks again with the same input. */
  reload(): void;
}

export interface CallOptions {
  /**
   * Reload when the core reports a change of one of these kinds (`data.changed`). Default: any
   * change, since most views show derived data (an agreement is out of date because a service
   * changed). `[]` never reloads by itself.
   */
  reloadOn?: readonly DataKind[];
  /** While a new input is asked, keep showing the previous answer (a list being filtered). */
  keepPrevious?: boolean;
}

/**
 * Loads what a core method answers and keeps it current: a new `input` (compared by value) asks
 * again and ignores the older answer; a change in the register reloads by itself. `input` null
 * waits (nothing to ask yet).
 */
export function useCall<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  options: CallOptions = {},
): CallState<MethodOutput<M>> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ key: string | null; data: MethodOutput<M> | undefined; error: unknown; answered: boolean }>({
    key,
    data: undefined,
    error: null,
    answered: false,
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const reloadOn = options.reloadOn;
  const reloadOnKey = reloadOn ? reloadOn.join(',') : '*';
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    call(method, inputRef.current as MethodInput<M>)
      .then((data) => current && setState({ key, data, error: null, answered: true }))
      .catch((error: unknown) => current && setState((s) => ({ key, data: s.key === key ? s.data : undefined, error, answered: true })));
    return () => {
      current = false;
    };
  }, [method, key, version]);

  useEffect(() => {
    if (reloadOnKey === '') return;
    const wanted = reloadOnKey === '*' ? null : new Set(reloadOnKey.split(','));
    return api().on('data.changed', ({ kinds }) => {
      if (!wanted || kinds.some((k) => wanted.has(k) || k === 'register')) reload();
    });
  }, [reloadOnKey, reload]);

  const fresh = state.key === key;
  return {
    data: fresh || options.keepPrevious ? state.data : undefined,
    error: fresh ? state.error : null,
    loading: key !== null && (!fresh || !state.answered),
    reload,
  };
}
