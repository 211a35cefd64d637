import { Center, Loader, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { DeletionLogEntry } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDateTime } from '../../ui/format';
import { useCall } from '../../ui/useCall';
import { countsText } from './PurgeTab';

/** "Gallringslogg": every purge carried out, by rule and customer, with kinds and counts only. */
export function DeletionLogTab() {
  const { t } = useTranslation();
  const { data: entries, error: loadError } = useCall('deletionLog.list', {}, { reloadOn: ['purge'] });
  const text =
    (value: (e: DeletionLogEntry) => string) =>
    ({ row }: { row: { original: DeletionLogEntry } }) => <Text size="sm">{value(row.original)}</Text>;
  const columns: ColumnDef<DeletionLogEntry, unknown>[] = [
    { id: 'performedAt', header: t('log.performedAt'), size: 150, cell: text((e) => formatDateTime(e.performedAt)) },
    { id: 'purgeDate', header: t('log.purgeDate'), size: 120, cell: text((e) => e.purgeDate) },
    { id: 'rule', header: t('log.rule'), size: 200, cell: text((e) => e.ruleName) },
    { id: 'customer', header: t('log.customer'), size: 200, cell: text((e) => e.customerName) },
    { id: 'action', header: t('log.action'), size: 130, cell: text((e) => t(`log.action.${e.action}`)) },
    { id: 'records', header: t('log.records'), size: 200, cell: text((e) => countsText(t, e.records)) },
    { id: 'performedBy', header: t('log.performedBy'), size: 120, cell: text((e) => e.performedBy) },
  ];

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
        <DataTable<DeletionLogEntry>
          label={t('retention.tabLog')}
          rows={entries ?? []}
          columns={columns}
          getRowId={(e) => String(e.id)}
          rowLabel={(e) => `${e.ruleName} – ${e.customerName}`}
          emptyText={t('log.empty')}
          wrap
        />
      )}
    </Stack>
  );
}
