import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../shared/contract';
import { paths } from '../../app/paths';
import { TARGET_LIST, targetsIn } from './import-model';

/** Step 4: what was written, each kind linked to its list, and where to see it in the history. */
export function DoneStep({ result, onAgain }: { result: ImportResult; onAgain(): void }) {
  const { t } = useTranslation();
  const targets = targetsIn(result.created, result.updated, result.skipped);
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
      </Group>
    </Stack>
  );
}
