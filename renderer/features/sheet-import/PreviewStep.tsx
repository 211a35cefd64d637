import { Alert, Badge, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_ROW_FILTERS,
  type ImportAction,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportRowProblem,
} from '../../../shared/contract';
import { call } from '../../app/api';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { failureText } from '../../ui/failures';
import { usePagedRows } from '../../ui/usePagedRows';
import { rowList, targetsIn } from './import-model';

type Show = (typeof IMPORT_ROW_FILTERS)[number];

const ACTION_COLOR: Record<ImportAction, string> = { create: 'teal', update: 'blue', skip: 'gray' };

/** Step 3: what the import will do, in counts and row by row; nothing is written yet. */
export function PreviewStep({ preview, version }: { preview: ImportPreview; version: number }) {
  const { t } = useTranslation();
  const targets = targetsIn(preview.create, preview.update, preview.skip);
  return (
    <Stack gap="md">
      <Text size="sm">{t('sheetImport.preview.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm" radius="md">
          <Table aria-label={t('sheetImport.preview.counts')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sheetImport.preview.col.target')}</Table.Th>
                <Table.Th ta="right">{t('sheetImport.preview.col.create')}</Table.Th>
                <Table.Th ta="right">{t('sheetImport.preview.col.update')}</Table.Th>
                <Table.Th ta="right">{t('sheetImport.preview.col.skip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {targets.map((target) => (
                <Table.Tr key={target}>
                  <Table.Th scope="row" fw={500}>
                    {t(`sheetImport.target.${target}`)}
                  </Table.Th>
                  <Table.Td ta="right">{preview.create[target] ?? 0}</Table.Td>
                  <Table.Td ta="right">{preview.update[target] ?? 0}</Table.Td>
                  <Table.Td ta="right">{preview.skip[target] ?? 0}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={preview.errors ? 'red' : 'gray'} variant="light" size="lg">
              {t('sheetImport.preview.errors', { count: preview.errors })}
            </Badge>
            <Badge color={preview.warnings ? 'yellow' : 'gray'} variant="light" size="lg">
              {t('sheetImport.preview.warnings', { count: preview.warnings })}
            </Badge>
          </Group>
          {preview.errors > 0 && (
            <Text size="sm" c="dimmed">
              {t('sheetImport.preview.problemsHint')}
            </Text>
          )}
          {preview.newNames.length > 0 && (
            <Stack gap={4} component="section" aria-label={t('sheetImport.preview.newNames')}>
              <Text size="sm" fw={600}>
                {t('sheetImport.preview.newNames')}
              </Text>
              <List size="sm" spacing={2}>
                {preview.newNames.map((group) => (
                  <List.Item key={group.kind}>
                    <Text span size="sm" fw={500}>
                      {group.label}:
                    </Text>{' '}
                    {group.names.join(', ')}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Stack>
      </SimpleGrid>
      {preview.fileProblems.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('sheetImport.preview.fileProblems')}>
          <Stack gap={4}>
            {preview.fileProblems.map((p, i) => (
              <ProblemLine key={i} problem={p} withSheet />
            ))}
          </Stack>
        </Alert>
      )}
      <PreviewRows importId={preview.importId} total={preview.rows} version={version} />
    </Stack>
  );
}

/** The preview's rows, paged from the core as the user scrolls, with a filter. */
function PreviewRows({ importId, total, version }: { importId: string; total: number; version: number }) {
  const { t } = useTranslation();
  const [show, setShow] = useState<Show>('all');
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await call('sheetImport.rows', { importId, offset, limit, show });
      return { total: page.total, items: page.rows };
    },
    [importId, show],
  );
  const key = `${importId}:${version}:${show}`;
  const rows = usePagedRows<ImportPreviewRow>(fetchPage, key, { reloadOn: [] });

  const columns = useMemo<ColumnDef<ImportPreviewRow, unknown>[]>(
    () => [
      {
        id: 'where',
        header: t('sheetImport.preview.col.where'),
        size: 130,
        cell: ({ row: { original: r } }) => (
          <Stack gap={0}>
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('sheetImport.preview.row', { count: r.rows.length, rows: rowList(r.rows) })}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {r.sheet}
            </Text>
          </Stack>
        ),
      },
      {
        id: 'record',
        header: t('sheetImport.preview.col.record'),
        size: 220,
        cell: ({ row: { original: r } }) => (
          <Stack gap={0}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {r.label}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`sheetImport.target.${r.target}`)}
              {r.match ? ` · ${t(`sheetImport.preview.match.${r.match.by}`, { name: r.match.name })}` : ''}
            </Text>
          </Stack>
        ),
      },
      {
        id: 'action',
        header: t('sheetImport.preview.col.action'),
        size: 100,
        cell: ({ row: { original: r } }) => (
          <Badge color={ACTION_COLOR[r.action]} variant="light">
            {t(`sheetImport.preview.action.${r.action}`)}
          </Badge>
        ),
      },
      {
        id: 'problems',
        header: t('sheetImport.preview.col.problems'),
        size: 380,
        cell: ({ row: { original: r } }) => (
          <Stack gap={2}>
            {r.problems.map((p, i) => (
              <ProblemLine key={i} problem={p} withSheet={p.sheet !== r.sheet || r.rows.length > 1} />
            ))}
          </Stack>
        ),
      },
    ],
    [t],
  );

  return (
    <Stack gap="xs" component="section" aria-label={t('sheetImport.preview.rows')}>
      <Group justify="space-between">
        <Text fw={600}>{t('sheetImport.preview.rows')}</Text>
        <SegmentedControl
          aria-label={t('sheetImport.preview.show')}
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={IMPORT_ROW_FILTERS.map((f) => ({ value: f, label: t(`sheetImport.preview.show.${f}`) }))}
          size="xs"
        />
      </Group>
      <ErrorLine message={rows.error ? failureText(t, rows.error) : null} />
      <DataTable<ImportPreviewRow>
        total={rows.total ?? (total === 0 ? 0 : undefined)}
        rowAt={rows.rowAt}
        onRangeChange={rows.ensureRange}
        sorting={[]}
        onSortingChange={() => undefined}
        columns={columns}
        getRowId={(r) => String(r.index)}
        rowLabel={(r) => `${r.label} (${r.sheet}, ${rowList(r.rows)})`}
        label={t('sheetImport.preview.rows')}
        resetKey={key}
        emptyText={t('sheetImport.preview.empty')}
        height="max(320px, calc(100vh - 430px))"
        rowHeight={56}
        wrap
      />
    </Stack>
  );
}

/** "Fel · kolumn C (Org.nr): message" — severity, where and what. */
function ProblemLine({ problem: p, withSheet = false }: { problem: ImportRowProblem; withSheet?: boolean }) {
  const { t } = useTranslation();
  const cell = p.column
    ? p.header
      ? t('sheetImport.preview.cellHeader', { column: p.column, header: p.header })
      : t('sheetImport.preview.cell', { column: p.column })
    : null;
  const where = [withSheet ? t('sheetImport.preview.sheetRow', { sheet: p.sheet, row: p.row }) : null, cell].filter(Boolean).join(', ');
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge size="xs" color={p.severity === 'error' ? 'red' : 'yellow'} variant="filled" style={{ flexShrink: 0, marginTop: 3 }}>
        {t(`sheetImport.preview.severity.${p.severity}`)}
      </Badge>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {where ? (
          <Text span size="sm" c="dimmed">
            {where}:{' '}
          </Text>
        ) : null}
        {p.message}
      </Text>
    </Group>
  );
}
