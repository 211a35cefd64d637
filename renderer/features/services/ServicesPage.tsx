import { Badge, Button, Center, Group, Loader, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Service } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
import { CompletenessBadge } from '../../ui/Completeness';
import { useLang } from '../../ui/lang';

/** Tjänster: the service catalogue, each service describing once what is done as processor. */
export function ServicesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 150);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [services, setServices] = useState<Service[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    call('services.list', { query, includeArchived })
      .then((list) => {
        if (!alive) return;
        setServices(list);
        setError(null);
      })
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, [query, includeArchived]);

  const open = (s: Service) => void navigate(`/tjanster/${s.id}`);

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.services')}
        description={services ? t('services.count', { count: services.length }) : ' '}
        actions={
          <Button onClick={() => void navigate('/tjanster/ny')} leftSection={<IconPlus size={16} />}>
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
      {services === null ? (
        !error && (
          <Center p="xl">
            <Loader />
          </Center>
        )
      ) : services.length === 0 ? (
        <Center p="xl">
          <Text c="dimmed">{query ? t('services.noMatch') : t('services.empty')}</Text>
        </Center>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table
            highlightOnHover
            verticalSpacing={8}
            aria-label={t('area.services')}
            style={{ border: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th>{t('field.name')}</Table.Th>
                <Table.Th w={120}>{t('services.subscribers')}</Table.Th>
                <Table.Th w={140}>{t('services.subprocessorCount')}</Table.Th>
                <Table.Th w={140}>{t('completeness.title')}</Table.Th>
                <Table.Th w={110}>{t('field.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.map((s) => (
                <Table.Tr
                  key={s.id}
                  className="data-table-row"
                  tabIndex={0}
                  aria-label={s.name}
                  onClick={() => open(s)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      open(s);
                    }
                  }}
                >
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {s.name}
                    </Text>
                    {s.subjectMatter && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {s.subjectMatter}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t('services.customers', { count: s.subscriberCount })}</Table.Td>
                  <Table.Td>{s.subprocessors.length}</Table.Td>
                  <Table.Td>
                    <CompletenessBadge completeness={s.completeness} />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant={s.status === 'active' ? 'light' : 'outline'}
                      color={s.status === 'active' ? 'teal' : 'orange'}
                      size="sm"
                    >
                      {enumLabel('serviceStatus', s.status, lang)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
