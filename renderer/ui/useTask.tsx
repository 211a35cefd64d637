import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskProgress } from '../../shared/contract';
import { api, call } from '../app/api';

/**
 * Long work in the core (batch generation, big exports, imports) with a progress bar and
 * Cancel. `run` shows the modal while `work` runs; a cancelled task rejects with CANCELLED.
 * The core announces each task at once, so Cancel works before the first step is done.
 */
export function useTask(): {
  run<T>(title: string, work: () => Promise<T>, intro?: ReactNode): Promise<T>;
  running: boolean;
  modal: ReactNode;
} {
  const { t } = useTranslation();
  const [state, setState] = useState<{ title: string; intro?: ReactNode } | null>(null);
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const busy = useRef(false);

  const run = useCallback(async <T,>(title: string, work: () => Promise<T>, intro?: ReactNode): Promise<T> => {
    if (busy.current) throw new Error('Another task is running.');
    busy.current = true;
    setProgress(null);
    setState({ title, intro });
    let taskId: string | null = null;
    const off = api().on('task.progressed', (p) => {
      // The first event announces our task; ignore any other task's events.
      taskId ??= p.taskId;
      if (p.taskId === taskId) setProgress(p);
    });
    try {
      return await work();
    } finally {
      off();
      busy.current = false;
      setState(null);
      setProgress(null);
    }
  }, []);

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const modal = (
    <Modal
      opened={state !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={state?.title}
      centered
    >
      <Stack>
        {state?.intro}
        <Progress value={percent} aria-label={state?.title ?? ''} animated={!progress || progress.total === 0} />
        <Text size="xs" c="dimmed" aria-live="polite">
          {progress && progress.total > 0 ? t('task.count', { done: progress.done, total: progress.total }) : t('common.working')}
        </Text>
        <Group justify="flex-end">
          <Button
            variant="default"
            disabled={!progress}
            onClick={() => {
              if (progress) void call('tasks.cancel', { taskId: progress.taskId }).catch(() => undefined);
            }}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { run, running: state !== null, modal };
}
