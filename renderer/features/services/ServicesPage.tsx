import { Badge, Button, Center, Group, Loader, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Service } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { CompletenessBadge } from '../../ui/Completeness';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { useLang } from '../../ui/lang';
import { PageHeader } from '../../ui/PageHeader';
import { useCall } from '../../ui/useCall';

/** Tjänster: the service catalogue, each service describing once what is done as processor. */
export function ServicesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 150);
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data: services, error } = useCall('services.list', { query, includeArchived }, { keepPrevious: true });

  const columns = useMemo<ColumnDef<Service, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('field.name'),
        accessorKey: 'name',
        size: 400,
        cell: (c) => (
          <>
            <Text size="sm" fw={500}>
              {c.row.original.name}
            </Text>
            {c.row.original.subjectMatter && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {c.row.original.subjectMatter}
              </Text>
            )}
          </>
        ),
      },
      {
        id: 'subscriberCount',
        header: t('services.subscribers'),
        accessorKey: 'subscriberCount',
        size: 120,
        cell: (c) => t('services.customers', { count: c.row.original.subscriberCount }),
      },
      {
        id: 'subprocessorCount',
        header: t('services.subprocessorCount'),
        accessorFn: (s) => s.subprocessors.length,
        size: 140,
      },
      {
        id: 'completeness',
        header: t('completeness.title'),
        size: 140,
        cell: (c) => <CompletenessBadge completeness={c.row.original.completeness} />,
      },
      {
        id: 'status',
        header: t('field.status'),
        accessorKey: 'status',
        size: 110,
        cell: (c) => (
          <Badge
            variant={c.row.original.status === 'active' ? 'light' : 'outline'}
            color={c.row.original.status === 'active' ? 'teal' : 'orange'}
            size="sm"
          >
            {enumLabel('serviceStatus', c.row.original.status, lang)}
          </Badge>
        ),
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.services')}
        description={services ? t('services.count', { count: services.length }) : ' '}
        actions={
          <Button onClick={() => void navigate(paths.services.new)} leftSection={<IconPlus size={16} />}>
            {t('services.new')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={820}>
        {t('services.intro')}
      </Text>
      <Group gap="md" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('services.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
          type="search"
        />
        <Switch
          label={t('services.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {services ? (
        <DataTable<Service>
          label={t('area.services')}
          rows={services}
          columns={columns}
          getRowId={(s) => String(s.id)}
          rowLabel={(s) => s.name}
          onRowClick={(s) => void navigate(paths.services.one(s.id))}
          emptyText={query ? t('services.noMatch') : t('services.empty')}
          wrap
        />
      ) : (
        !error && (
          <Center p="xl">
            <Loader />
          </Center>
        )
      )}
    </Stack>
  );
}
