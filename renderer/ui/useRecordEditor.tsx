import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReset, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, isApiError } from '../app/api';
import { failureText, inUseMessage } from './failures';
import { applyServerIssues } from './forms';
import { notifySuccess } from './notify';

/**
 * The record a detail page (/kunder/:id, /tjanster/ny …) edits: null while it loads and for a new one
 * (`id` null). An id that is not a positive integer is NOT_FOUND without asking the core.
 */
/** The load error of an address that cannot name a record ('/pub-avtal/ny', '/kunder/abc'): a not-found page, not "no longer exists". */
export const NO_SUCH_ADDRESS = new ApiError({ code: 'NOT_FOUND', message: 'No record has this address.' });

export function useRecordLoad<T>(id: number | null, load: (id: number) => Promise<T>): { record: T | null; loadError: unknown } {
  const [record, setRecord] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let alive = true;
    setRecord(null);
    setLoadError(null);
    if (id === null) return;
    if (!Number.isInteger(id) || id <= 0) {
      setLoadError(NO_SUCH_ADDRESS);
      return;
    }
    loadRef
      .current(id)
      .then((r) => alive && setRecord(r))
      .catch((e: unknown) => alive && setLoadError(e));
    return () => {
      alive = false;
    };
  }, [id]);

  return { record, loadError };
}

/** A record as the core answers it; singletons (the organisation, the privacy notice) have no id. */
interface SavedRecord {
  id?: number;
  revision: number;
  name?: string;
}

interface RecordEditorOptions<T extends SavedRecord, Form extends FieldValues, Output> {
  /** The record as loaded, or null for a new one. */
  initial: T | null;
  /** From the page's `useForm`. */
  reset: UseFormReset<Form>;
  setError: UseFormSetError<Form>;
  toForm: (record: T) => Form;
  /** Top-level form fields: server issues on these go beside the field, the rest make one line. */
  fieldRoots: ReadonlySet<string>;
  /** Prefix of the page's texts: `<prefix>.saved`, `.created`, `.deleted`, `.deleteTitle`, `.deleteText`. */
  texts: string;
  /**
   * A routed page: the list page, where a delete returns to; a new record's own page is
   * `<listPath>/<id>`. Absent in a dialog, which gets onSaved / onDeleted instead.
   */
  listPath?: string;
  /** After a save (dialogs: close and tell the list). */
  onSaved?: (saved: T, created: boolean) => void;
  /** After a delete (dialogs). */
  onDeleted?: (record: T) => void;
  /** Absent where records are never created here (a singleton). */
  create?: (values: Output) => Promise<T>;
  update: (record: T, values: Output) => Promise<T>;
  /** Absent where records are not deleted here. */
  remove?: (record: T) => Promise<unknown>;
  /** The values for those texts beyond the record's `name` (e.g. `{ service, customer }` for a subscription). */
  textParams?: (record: T) => Record<string, unknown>;
  /** The message when a delete is refused because the record is in use (absent: such a refusal is a plain failure). */
  inUseKey?: string;
  /** The line when INVALID_INPUT names only fields the form shows (default: none). */
  fieldsFailedText?: string;
}

/**
 * The shared logic of every record editor, a routed page or a dialog: save (create, or update against the loaded revision), the
 * CONFLICT offer to load the latest version, server issues mapped onto the form, archive-style
 * actions and delete with confirmation.
 */
export function useRecordEditor<T extends SavedRecord, Form extends FieldValues, Output>(options: RecordEditorOptions<T, Form, Output>) {
  const { initial, reset, setError, toForm, fieldRoots, texts, listPath, inUseKey, fieldsFailedText } = options;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [record, setRecord] = useState<T | null>(initial);
  const [conflict, setConflict] = useState<T | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [inUse, setInUse] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const textParams = (r: T) => ({ name: r.name, ...options.textParams?.(r) });

  /** CONFLICT → offer the latest version; INVALID_INPUT → per field; anything else (IN_USE says where) → one line. */
  function handleFailure(e: unknown, prefix?: string) {
    if (isApiError(e, 'CONFLICT')) {
      const current = (e.error.details as { current?: T } | undefined)?.current;
      if (current) setConflict(current);
      else setSaveError(t('e.CONFLICT'));
    } else if (isApiError(e, 'INVALID_INPUT')) {
      const rest = applyServerIssues(setError, e.error.issues, (n) => fieldRoots.has(n.split('.')[0] ?? ''), prefix);
      setSaveError(rest.length ? t('e.INVALID_INPUT') : (fieldsFailedText ?? null));
    } else {
      setSaveError(failureText(t, e));
    }
  }

  /** The record as the core now has it, into the page and the form. */
  function accept(saved: T, keepDirtyValues = false) {
    setRecord(saved);
    reset(toForm(saved), keepDirtyValues ? { keepDirtyValues: true } : undefined);
  }

  async function save(values: Output) {
    setSaveError(null);
    setConflict(null);
    setInUse(null);
    try {
      if (record) {
        const saved = await options.update(record, values);
        accept(saved);
        notifySuccess(t(`${texts}.saved`, textParams(saved)));
        options.onSaved?.(saved, false);
      } else if (options.create) {
        const created = await options.create(values);
        notifySuccess(t(`${texts}.created`, textParams(created)));
        if (listPath && created.id !== undefined) void navigate(`${listPath}/${created.id}`, { replace: true });
        else accept(created);
        options.onSaved?.(created, true);
      }
    } catch (e) {
      handleFailure(e, 'fields');
    }
  }

  /** Runs an action on the loaded record (archive, duplicate …) with the buttons busy; a failure shows like a save's. */
  async function act(work: (record: T) => Promise<void>, prefix?: string) {
    if (!record) return;
    setBusy(true);
    setSaveError(null);
    setInUse(null);
    try {
      await work(record);
    } catch (e) {
      handleFailure(e, prefix);
    } finally {
      setBusy(false);
    }
  }

  function confirmDelete() {
    const remove = options.remove;
    if (!record || !remove) return;
    modals.openConfirmModal({
      title: t(`${texts}.deleteTitle`),
      children: <Text size="sm">{t(`${texts}.deleteText`, textParams(record))}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setInUse(null);
        try {
          await remove(record);
          notifySuccess(t(`${texts}.deleted`, textParams(record)));
          if (listPath) void navigate(listPath);
          options.onDeleted?.(record);
        } catch (e) {
          const refused = inUseKey ? inUseMessage(t, e, inUseKey) : null;
          if (refused) setInUse(refused);
          else handleFailure(e);
        }
      },
    });
  }

  /** A CONFLICT from another call on the record (a status change, an attachment): offered like a save's. True if it was one. */
  function conflicted(e: unknown): boolean {
    if (!isApiError(e, 'CONFLICT')) return false;
    handleFailure(e);
    return true;
  }

  /** The CONFLICT alert's "Läs in senaste versionen". */
  function loadLatest() {
    if (!conflict) return;
    accept(conflict);
    setConflict(null);
  }

  return { record, setRecord, accept, conflict, conflicted, loadLatest, saveError, inUse, setInUse, busy, save, act, confirmDelete };
}
