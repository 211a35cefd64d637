import { Center, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeletionLogEntry } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { formatDateTime } from '../../ui/format';
import { countsText } from './PurgeTab';

/** "Gallringslogg": every purge carried out, by rule and customer, with kinds and counts only. */
export function DeletionLogTab() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<DeletionLogEntry[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    call('deletionLog.list', {})
      .then(setEntries)
      .catch((e: unknown) => setLoadError(e));
  }, []);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={760}>
        {t('log.help')}
      </Text>
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {!entries && !loadError ? (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      ) : (
        <Table verticalSpacing={8} aria-label={t('retention.tabLog')} style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w={150}>{t('log.performedAt')}</Table.Th>
              <Table.Th w={120}>{t('log.purgeDate')}</Table.Th>
              <Table.Th>{t('log.rule')}</Table.Th>
              <Table.Th>{t('log.customer')}</Table.Th>
              <Table.Th w={130}>{t('log.action')}</Table.Th>
              <Table.Th>{t('log.records')}</Table.Th>
              <Table.Th w={120}>{t('log.performedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(entries ?? []).map((e) => (
              <Table.Tr key={e.id} aria-label={`${e.ruleName} – ${e.customerName}`}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(e.performedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.purgeDate}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.ruleName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.customerName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`log.action.${e.action}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{countsText(t, e.records)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.performedBy}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {entries?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {t('log.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
