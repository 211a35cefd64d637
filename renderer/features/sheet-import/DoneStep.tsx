import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconArrowRight, IconCircleCheck, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../shared/contract';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { notifyError } from '../../ui/notify';
import { TARGET_LIST, targetsIn } from './import-model';

/** Step 4: what was written, each kind linked to its list, where to see it in the history, and its undo. */
export function DoneStep({ result, onAgain }: { result: ImportResult; onAgain(): void }) {
  const { t } = useTranslation();
  const targets = targetsIn(result.created, result.updated, result.skipped);
  const [undone, setUndone] = useState<{ removed: number; restored: number } | null>(null);
  const [undoing, setUndoing] = useState(false);
  const { changeId } = result;

  const undo = () =>
    modals.openConfirmModal({
      title: t('sheetImport.undo.title'),
      children: <Text size="sm">{t('sheetImport.undo.text')}</Text>,
      labels: { confirm: t('sheetImport.undo.confirm'), cancel: t('sheetImport.undo.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        if (changeId === null) return;
        setUndoing(true);
        try {
          setUndone(await call('history.undoChange', { changeId }));
        } catch (error) {
          notifyError(t, error);
        } finally {
          setUndoing(false);
        }
      },
    });

  if (undone) {
    return (
      <Stack gap="md" maw={820}>
        <Alert color="gray" icon={<IconArrowBackUp size={18} />} title={t('sheetImport.undo.doneTitle')}>
          {t('sheetImport.undo.doneText', { removed: undone.removed, restored: undone.restored })}
        </Alert>
        <Group>
          <Button variant="default" onClick={onAgain}>
            {t('sheetImport.done.again')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={820}>
      <Group gap="xs">
        <IconCircleCheck size={24} color="var(--mantine-color-teal-6)" aria-hidden />
        <Title order={2} size="h3">
          {t('sheetImport.done.title')}
        </Title>
      </Group>
      <Text size="sm">{t('sheetImport.done.text')}</Text>
      {targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sheetImport.done.none')}
        </Text>
      ) : (
        <Paper withBorder p="sm" radius="md">
          <Table aria-label={t('sheetImport.done.counts')} verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sheetImport.preview.col.target')}</Table.Th>
                <Table.Th ta="right">{t('sheetImport.done.created')}</Table.Th>
                <Table.Th ta="right">{t('sheetImport.done.updated')}</Table.Th>
                <Table.Th ta="right">{t('sheetImport.done.skipped')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {targets.map((target) => {
                const name = t(`sheetImport.target.${target}`);
                return (
                  <Table.Tr key={target}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td ta="right">{result.created[target] ?? 0}</Table.Td>
                    <Table.Td ta="right">{result.updated[target] ?? 0}</Table.Td>
                    <Table.Td ta="right">{result.skipped[target] ?? 0}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor component={Link} to={TARGET_LIST[target]} size="sm">
                        <Group gap={4} component="span" wrap="nowrap" justify="flex-end">
                          {t('sheetImport.done.open', { list: name.toLowerCase() })}
                          <IconArrowRight size={14} />
                        </Group>
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Group>
        <Button component={Link} to={paths.history} variant="light" leftSection={<IconHistory size={16} />}>
          {t('sheetImport.done.history')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('sheetImport.done.again')}
        </Button>
        {changeId !== null && (
          <Button variant="subtle" color="red" leftSection={<IconArrowBackUp size={16} />} loading={undoing} onClick={undo}>
            {t('sheetImport.undo.button')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
