import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOpened, ImportPreview, ImportResult, SheetMapping } from '../../../shared/contract';
import { call, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { failureText } from '../../ui/failures';
import { issueText } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { useTask } from '../../ui/useTask';
import { DoneStep } from './DoneStep';
import { FileStep, type FileRefusal } from './FileStep';
import { invalidProblems, total } from './import-model';
import { MappingStep, type OnMatch } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useSheetReadings } from './useSheetReadings';

// "Importera från Excel": file → sheets and columns → preview → done. Every step that reads the
// file runs as a task (progress, Cancel); nothing is written until the last confirm, and leaving
// the page forgets the file in the core (sheetImport.discard).

const STEP = { file: 0, mapping: 1, preview: 2, done: 3 } as const;

/** The step's buttons stay in view below a long list of columns or rows. */
const ACTION_BAR: CSSProperties = {
  position: 'sticky',
  bottom: 0,
  zIndex: 3,
  paddingBlock: 'var(--mantine-spacing-sm)',
  background: 'var(--mantine-color-body)',
  borderTop: '1px solid var(--mantine-color-gray-2)',
};
type Step = (typeof STEP)[keyof typeof STEP];

export function SheetImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const native = useAppState().appInfo?.nativeDialogs === true;
  const { run, running, modal } = useTask();
  const [step, setStep] = useState<Step>(STEP.file);
  const [opened, setOpened] = useState<NonNullable<ImportOpened> | null>(null);
  const [mappings, setMappings] = useState<SheetMapping[]>([]);
  const [onMatch, setOnMatch] = useState<OnMatch>('update');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // A new preview of the same import: the rows table starts again from its first page.
  const [previewVersion, setPreviewVersion] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pathError, setPathError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<FileRefusal | null>(null);
  const readings = useSheetReadings(opened?.importId ?? null, mappings, setMappings);
  const resetReadings = readings.reset;
  // The file's sheets with the columns read from the chosen header rows: what step 2 shows.
  const shown = useMemo(
    () =>
      opened && {
        ...opened,
        sheets: opened.sheets.map((sheet) => {
          const read = readings.readings[sheet.name];
          return read ? { ...sheet, dataRows: read.dataRows, columns: read.columns } : sheet;
        }),
      },
    [opened, readings.readings],
  );
  const reading = Object.keys(readings.pending).length > 0 || Object.keys(readings.errors).length > 0;

  // The file the core holds for us, forgotten when a new one is read and when the page is left.
  const held = useRef<string | null>(null);
  const discard = useCallback((importId: string | null) => {
    if (importId) void call('sheetImport.discard', { importId }).catch(() => undefined);
  }, []);
  useEffect(() => () => discard(held.current), [discard]);

  const cancelled = useCallback(
    (error: unknown) => {
      if (!isApiError(error, 'CANCELLED')) return false;
      notifications.show({ color: 'gray', message: t('sheetImport.cancelled'), autoClose: 4000 });
      return true;
    },
    [t],
  );

  const open = useCallback(
    async (path?: string) => {
      if (running) return;
      setPathError(null);
      setRefusal(null);
      try {
        const answer = await run(
          t('sheetImport.file.running'),
          () => call('sheetImport.open', { ...(path ? { path } : {}), lang }),
          <Text size="sm">{t('sheetImport.file.runningIntro')}</Text>,
        );
        if (!answer) return; // the open dialog was cancelled
        if (held.current !== answer.importId) discard(held.current);
        held.current = answer.importId;
        resetReadings();
        setOpened(answer);
        setMappings(answer.mappings.map((m) => ({ ...m, columns: { ...m.columns } })));
        setOnMatch('update');
        setPreview(null);
        setResult(null);
        setStep(STEP.mapping);
      } catch (error) {
        if (cancelled(error)) return;
        if (isApiError(error, 'IMPORT_INVALID')) {
          setRefusal(invalidProblems(error.error.details, (sheet, row) => t('sheetImport.preview.sheetRow', { sheet, row })));
        } else if (!native && isApiError(error, 'INVALID_INPUT')) {
          setPathError(issueText(t, error.error.issues?.[0]?.message) ?? failureText(t, error));
        } else if (!native) setPathError(failureText(t, error));
        else notifyError(t, error);
      }
    },
    [running, run, t, lang, native, discard, cancelled, resetReadings],
  );

  const runPreview = useCallback(async () => {
    if (running || !opened) return;
    try {
      const answer = await run(
        t('sheetImport.preview.running'),
        () => call('sheetImport.preview', { importId: opened.importId, mappings, onMatch, lang }),
        <Text size="sm">{t('sheetImport.preview.runningIntro')}</Text>,
      );
      setPreview(answer);
      setPreviewVersion((v) => v + 1);
      setStep(STEP.preview);
    } catch (error) {
      if (!cancelled(error)) notifyError(t, error);
    }
  }, [running, opened, run, t, mappings, onMatch, lang, cancelled]);

  const commit = useCallback(async () => {
    if (running || !preview) return;
    try {
      const answer = await run(
        t('sheetImport.commit.running'),
        () => call('sheetImport.commit', { importId: preview.importId }),
        <Text size="sm">{t('sheetImport.commit.runningIntro')}</Text>,
      );
      setResult(answer);
      setStep(STEP.done);
      discard(held.current);
      held.current = null;
    } catch (error) {
      if (!cancelled(error)) notifyError(t, error);
    }
  }, [running, preview, run, t, discard, cancelled]);

  const records = preview ? total(preview.create) + total(preview.update) : 0;
  const confirmCommit = () =>
    modals.openConfirmModal({
      title: t('sheetImport.confirm.title'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('sheetImport.confirm.text', { count: records })}</Text>
          <Text size="sm">{t('sheetImport.confirm.undo')}</Text>
        </Stack>
      ),
      labels: { confirm: t('sheetImport.confirm.go'), cancel: t('common.cancel') },
      onConfirm: () => void commit(),
    });

  const again = () => {
    resetReadings();
    setOpened(null);
    setPreview(null);
    setResult(null);
    setMappings([]);
    setStep(STEP.file);
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('sheetImport.title')} description={t('sheetImport.description')} />
      <Stepper
        active={step}
        onStepClick={(index) => {
          // Back to an earlier step while the import is open; a finished import starts anew.
          if (step !== STEP.done && index < step) setStep(index as Step);
        }}
        allowNextStepsSelect={false}
        size="sm"
        aria-label={t('sheetImport.steps')}
      >
        <Stepper.Step label={t('sheetImport.step.file')} description={t('sheetImport.step.fileHint')}>
          <FileStep
            native={native}
            busy={running}
            pathError={pathError}
            refusal={refusal}
            current={opened?.fileName ?? null}
            onOpen={(path) => void open(path)}
          />
          {opened && (
            <Group justify="flex-end" mt="md">
              <Button rightSection={<IconArrowRight size={16} />} onClick={() => setStep(STEP.mapping)}>
                {t('sheetImport.next')}
              </Button>
            </Group>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('sheetImport.step.mapping')} description={t('sheetImport.step.mappingHint')}>
          {shown && (
            <>
              <MappingStep
                opened={shown}
                mappings={mappings}
                onChange={setMappings}
                readings={readings}
                onMatch={onMatch}
                onMatchChange={setOnMatch}
              />
              <Group justify="space-between" mt="md" style={ACTION_BAR}>
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(STEP.file)}>
                  {t('sheetImport.otherFile')}
                </Button>
                <Button
                  rightSection={<IconArrowRight size={16} />}
                  onClick={() => void runPreview()}
                  disabled={running || reading || !mappings.some((m) => m.target)}
                >
                  {t('sheetImport.map.preview')}
                </Button>
              </Group>
            </>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('sheetImport.step.preview')} description={t('sheetImport.step.previewHint')}>
          {preview && (
            <>
              <PreviewStep preview={preview} version={previewVersion} />
              {records === 0 && (
                <Text size="sm" c="red" mt="sm" role="alert">
                  {t('sheetImport.preview.nothing')}
                </Text>
              )}
              <Group justify="space-between" mt="md" style={ACTION_BAR}>
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(STEP.mapping)}>
                  {t('sheetImport.preview.fix')}
                </Button>
                <Button leftSection={<IconFileImport size={16} />} onClick={confirmCommit} disabled={running || records === 0}>
                  {t('sheetImport.preview.commit', { count: records })}
                </Button>
              </Group>
            </>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('sheetImport.step.done')} description={t('sheetImport.step.doneHint')}>
          {result && <DoneStep result={result} onAgain={again} />}
        </Stepper.Step>
      </Stepper>
      {modal}
    </Stack>
  );
}
