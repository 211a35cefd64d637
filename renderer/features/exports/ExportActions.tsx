import { Button, Code, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ColumnDef } from '@tanstack/react-table';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportInvalidDetails } from '../../../shared/contract';
import { api, call, errorKey, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { issueText } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { useTask } from '../../ui/useTask';
import { notifySaved } from '../../ui/notifySaved';
import { allSheets, WorkbookOptions, type WorkbookChoice } from './WorkbookOptions';

// Exporting the register (Excel workbook, portable JSON) and importing a portable file. The
// native menu (app.menuCommand), the Documents page and the welcome screen all go through these
// actions, so the progress, the result and the problems list look the same wherever they start.

interface ExportActions {
  /** The menu's "Registret (Excel)…": language and sheets in a dialog, then the export. */
  chooseWorkbook(): void;
  /** Resolves true when a file was written. */
  exportWorkbook(choice: WorkbookChoice): Promise<boolean>;
  exportPortable(): Promise<boolean>;
  /** Desktop: the core's open dialog. Browser: a dialog asking for the paths. */
  importPortable(): void;
  /** An export or import is running (one at a time). */
  busy: boolean;
}

const Ctx = createContext<ExportActions | null>(null);

export function useExportActions(): ExportActions {
  const value = useContext(Ctx);
  if (!value) throw new Error('useExportActions outside ExportActionsProvider');
  return value;
}

function rowsIn(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The problems of an IMPORT_INVALID error (the core lists the first hundred and counts the rest). */
function problemsOf(details: unknown): ImportInvalidDetails {
  const given = details as Partial<ImportInvalidDetails> | undefined;
  const problems = Array.isArray(given?.problems) ? given.problems.filter((p) => typeof p?.message === 'string') : [];
  return { problems, more: typeof given?.more === 'number' ? given.more : 0 };
}

type Dialog = 'workbook' | 'import' | null;

export function ExportActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appInfo } = useAppState();
  const { run, running, modal } = useTask();
  const native = appInfo?.nativeDialogs === true;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [choice, setChoice] = useState<WorkbookChoice>(() => allSheets(lang));
  const [paths, setPaths] = useState({ source: '', target: '' });
  const [importError, setImportError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ImportInvalidDetails | null>(null);

  /** A cancelled task is the user's choice, not an error. */
  const failed = useCallback(
    (error: unknown, cancelledKey: string) => {
      if (isApiError(error, 'CANCELLED')) notifications.show({ color: 'gray', message: t(cancelledKey), autoClose: 4000 });
      else notifyError(t, error);
    },
    [t],
  );

  const exportWorkbook = useCallback(
    async (c: WorkbookChoice) => {
      if (running) return false;
      try {
        const result = await run(
          t('exports.workbook.running'),
          () => call('workbook.export', { lang: c.lang, sheets: c.sheets }),
          <Text size="sm">{t('exports.workbook.runningIntro')}</Text>,
        );
        if (!result) return false; // the save dialog was cancelled
        notifySaved(t, {
          title: t('exports.workbook.done'),
          path: result.path,
          summary: t('exports.workbook.summary', { rows: result.rows, sheets: result.sheets.length }),
          reveal: native,
        });
        return true;
      } catch (error) {
        failed(error, 'exports.cancelled');
        return false;
      }
    },
    [running, run, t, native, failed],
  );

  const exportPortable = useCallback(async () => {
    if (running) return false;
    try {
      const result = await run(t('exports.portable.running'), () => call('portable.export', {}));
      if (!result) return false;
      notifySaved(t, {
        title: t('exports.portable.done'),
        path: result.path,
        summary: t('exports.portable.summary', { rows: rowsIn(result.counts) }),
        reveal: native,
      });
      return true;
    } catch (error) {
      failed(error, 'exports.cancelled');
      return false;
    }
  }, [running, run, t, native, failed]);

  /** Runs the import; on the desktop without paths (the core asks), in the browser with the typed ones. */
  const runImport = useCallback(
    async (input: { source?: string; target?: string }) => {
      if (running) return;
      setDialog(null);
      setProblems(null);
      setImportError(null);
      try {
        const result = await run(
          t('exports.import.running'),
          () => call('portable.import', input),
          <Text size="sm">{t('exports.import.runningIntro')}</Text>,
        );
        if (!result) return; // the open or save dialog was cancelled
        setPaths({ source: '', target: '' });
        notifySaved(t, {
          title: t('exports.import.done'),
          path: result.path,
          summary: t('exports.import.summary', { rows: rowsIn(result.counts) }),
          reveal: native,
          plainCopy: false,
        });
      } catch (error) {
        if (isApiError(error, 'IMPORT_INVALID')) {
          setProblems(problemsOf(error.error.details));
        } else if (isApiError(error, 'CANCELLED') || native) {
          failed(error, 'exports.importCancelled');
        } else {
          // Browser: back to the paths with the reason beside them.
          const issue = isApiError(error, 'INVALID_INPUT') ? issueText(t, error.error.issues?.[0]?.message) : undefined;
          setImportError(issue ?? t(errorKey(error)));
          setDialog('import');
        }
      }
    },
    [running, run, t, native, failed],
  );

  const importPortable = useCallback(() => {
    if (running) return;
    if (native) void runImport({});
    else {
      setImportError(null);
      setDialog('import');
    }
  }, [running, native, runImport]);

  const actions = useMemo<ExportActions>(
    () => ({
      chooseWorkbook: () => {
        if (running) return;
        // The UI language each time (settings may arrive after this provider mounts); the sheets as last chosen.
        setChoice((c) => ({ lang, sheets: c.sheets.length ? c.sheets : allSheets(lang).sheets }));
        setDialog('workbook');
      },
      exportWorkbook,
      exportPortable,
      importPortable,
      busy: running,
    }),
    [running, lang, exportWorkbook, exportPortable, importPortable],
  );

  useEffect(
    () =>
      api().on('app.menuCommand', ({ command }) => {
        if (command === 'exportWorkbook') actions.chooseWorkbook();
        else if (command === 'exportPortable') void actions.exportPortable();
        else if (command === 'importPortable') actions.importPortable();
      }),
    [actions],
  );

  const close = () => setDialog(null);
  return (
    <Ctx.Provider value={actions}>
      {children}
      {modal}
      <Modal opened={dialog === 'workbook'} onClose={close} title={t('exports.workbook.menuTitle')} centered size="lg">
        <Stack>
          <WorkbookOptions value={choice} onChange={setChoice} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={choice.sheets.length === 0}
              onClick={() => {
                close();
                void exportWorkbook(choice);
              }}
            >
              {t('exports.workbook.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ImportPathModal
        opened={dialog === 'import'}
        onClose={close}
        paths={paths}
        onChange={setPaths}
        error={importError}
        folder={appInfo?.defaultFolder ?? ''}
        onSubmit={() => void runImport({ source: paths.source, ...(paths.target.trim() ? { target: paths.target } : {}) })}
      />
      <ProblemsModal problems={problems} onClose={() => setProblems(null)} onRetry={importPortable} />
    </Ctx.Provider>
  );
}

interface ImportPathProps {
  opened: boolean;
  onClose: () => void;
  paths: { source: string; target: string };
  onChange: (paths: { source: string; target: string }) => void;
  error: string | null;
  folder: string;
  onSubmit: () => void;
}

/** Browser mode has no file dialogs: the JSON file's path, and optionally the new register's. */
function ImportPathModal({ opened, onClose, paths, onChange, error, folder, onSubmit }: ImportPathProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t('exports.import.title')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('exports.import.intro')}</Text>
          <TextInput
            label={t('exports.import.source')}
            description={t('exports.import.sourceHelp')}
            placeholder="/home/anna/Dokument/Export/Företaget.json"
            value={paths.source}
            onChange={(e) => onChange({ ...paths, source: e.currentTarget.value })}
            required
            withAsterisk={false}
            data-autofocus
          />
          <TextInput
            label={t('exports.import.target')}
            description={t('exports.import.targetHelp', { folder })}
            placeholder="/home/anna/Dokument/Företaget.forteckna"
            value={paths.target}
            onChange={(e) => onChange({ ...paths, target: e.currentTarget.value })}
          />
          <ErrorLine message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('exports.import.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Every problem the core found in an import file, not just the first: where, and what is wrong. */
function ProblemsModal({
  problems,
  onClose,
  onRetry,
}: {
  problems: ImportInvalidDetails | null;
  onClose: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const list = problems?.problems ?? [];
  const count = list.length + (problems?.more ?? 0);
  const inEnglish = t('exports.problems.inEnglish');
  return (
    <Modal opened={problems !== null} onClose={onClose} title={t('exports.problems.title')} centered size="xl">
      <Stack>
        <Text size="sm">{count ? t('exports.problems.intro', { count }) : t('e.IMPORT_INVALID')}</Text>
        {list.length > 0 && inEnglish && (
          <Text size="xs" c="dimmed">
            {inEnglish}
          </Text>
        )}
        {list.length > 0 && (
          <ScrollArea.Autosize mah="50vh" type="auto">
            <ProblemsTable problems={list} />
          </ScrollArea.Autosize>
        )}
        {problems && problems.more > 0 && (
          <Text size="sm" c="dimmed">
            {t('exports.problems.more', { count: problems.more })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            onClick={() => {
              onClose();
              onRetry();
            }}
          >
            {t('exports.problems.tryAgain')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type Problem = ImportInvalidDetails['problems'][number] & { index: number };

/** Where in the file (a JSON path) and what is wrong, one row per problem. */
function ProblemsTable({ problems }: { problems: ImportInvalidDetails['problems'] }) {
  const { t } = useTranslation();
  const rows = useMemo(() => problems.map((p, index) => ({ ...p, index })), [problems]);
  const columns = useMemo<ColumnDef<Problem, unknown>[]>(
    () => [
      {
        id: 'where',
        header: t('exports.problems.where'),
        size: 35,
        // `$` is the file as a whole.
        cell: ({ row: { original: p } }) =>
          p.path && p.path !== '$' ? (
            <Code style={{ wordBreak: 'break-all' }}>{p.path}</Code>
          ) : (
            <Text size="sm" c="dimmed">
              {t('exports.problems.whole')}
            </Text>
          ),
      },
      {
        id: 'what',
        header: t('exports.problems.what'),
        size: 65,
        cell: ({ row: { original: p } }) => (
          <Text size="sm" lang="en">
            {p.message}
          </Text>
        ),
      },
    ],
    [t],
  );
  return (
    <DataTable<Problem>
      rows={rows}
      columns={columns}
      getRowId={(p) => String(p.index)}
      label={t('exports.problems.list')}
      emptyText=""
      wrap
    />
  );
}
