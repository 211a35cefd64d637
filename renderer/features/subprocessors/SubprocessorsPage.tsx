import { Badge, Button, Center, Group, Loader, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconFileExport, IconGridDots, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Subprocessor } from '../../../shared/contract';
import { enumLabel, locationLabel } from '../../../shared/domain/labels';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { NameCell } from '../../ui/cells';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
import { useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';
import { SubprocessorListExport } from './SubprocessorListExport';

export const STATUS_COLOR: Record<Subprocessor['status'], string> = { active: 'teal', planned: 'blue', terminated: 'gray' };

/** Underbiträden: the suppliers that process customers' data, with their transfer tools. */
export function SubprocessorsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 150);
  const [exporting, setExporting] = useState(false);
  const { data: list, error } = useCall('subprocessors.list', { query }, { keepPrevious: true });

  const columns = useMemo<ColumnDef<Subprocessor, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('field.name'),
        size: 220,
        cell: ({ row: { original: s } }) => <NameCell name={s.name} detail={s.orgNr} />,
      },
      { id: 'country', header: t('systems.place'), size: 120, cell: (c) => locationLabel(c.row.original, lang) },
      {
        id: 'serviceDescription',
        header: t('subprocessors.serviceDescriptionShort'),
        size: 240,
        cell: (c) => (
          <Text size="sm" lineClamp={2}>
            {c.row.original.serviceDescription}
          </Text>
        ),
      },
      {
        id: 'transferMechanism',
        header: t('subprocessors.transferMechanism'),
        size: 230,
        cell: ({ row: { original: s } }) => (
          <Text size="sm">
            {enumLabel('transferMechanism', s.transferMechanism, lang)}
            {s.sccModule ? ` – ${s.sccModule}` : ''}
          </Text>
        ),
      },
      {
        id: 'checks',
        header: t('subprocessors.checks'),
        size: 120,
        cell: ({ row: { original: s } }) => (
          <Group gap={4}>
            {s.thirdCountry && (
              <Badge size="sm" variant="light" color="blue">
                {t('subprocessors.thirdCountry')}
              </Badge>
            )}
            {s.warnings.length > 0 && (
              <Tooltip
                multiline
                w={320}
                withArrow
                label={s.warnings.map((w) => (
                  <Text size="xs" key={w}>
                    • {t(w)}
                  </Text>
                ))}
              >
                <Badge size="sm" variant="light" color="orange" leftSection={<IconAlertTriangle size={12} />}>
                  {t('subprocessors.warningsCount', { count: s.warnings.length })}
                </Badge>
              </Tooltip>
            )}
          </Group>
        ),
      },
      { id: 'customers', header: t('subprocessors.customers'), size: 80, cell: (c) => c.row.original.customerCount },
      {
        id: 'status',
        header: t('field.status'),
        size: 100,
        cell: (c) => (
          <Badge size="sm" variant="light" color={STATUS_COLOR[c.row.original.status]}>
            {enumLabel('subprocessorStatus', c.row.original.status, lang)}
          </Badge>
        ),
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.subprocessors')}
        description={list ? t('subprocessors.count', { count: list.length }) : ' '}
        actions={
          <>
            <Button variant="default" onClick={() => setExporting(true)} leftSection={<IconFileExport size={16} />}>
              {t('subprocessors.export.open')}
            </Button>
            <Button component={Link} to={paths.subprocessors.matrix} variant="default" leftSection={<IconGridDots size={16} />}>
              {t('subprocessors.matrix')}
            </Button>
            <Button onClick={() => void navigate(paths.subprocessors.new)} leftSection={<IconPlus size={16} />}>
              {t('subprocessors.new')}
            </Button>
          </>
        }
      />
      <SubprocessorListExport opened={exporting} onClose={() => setExporting(false)} />
      <Text size="sm" c="dimmed" maw={860}>
        {t('subprocessors.intro')}
      </Text>
      <TextInput
        label={t('common.search')}
        placeholder={t('subprocessors.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={320}
        type="search"
      />
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {list === undefined ? (
        !error && (
          <Center p="xl">
            <Loader />
          </Center>
        )
      ) : (
        <DataTable<Subprocessor>
          rows={list}
          columns={columns}
          getRowId={(s) => String(s.id)}
          rowLabel={(s) => s.name}
          onRowClick={(s) => void navigate(paths.subprocessors.one(s.id))}
          label={t('area.subprocessors')}
          emptyText={query ? t('subprocessors.noMatch') : t('subprocessors.empty')}
          wrap
        />
      )}
    </Stack>
  );
}
