import { Badge, Button, Center, Group, Loader, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconGridDots, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Subprocessor } from '../../../shared/contract';
import { countryName, enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
import { useLang } from '../../ui/lang';

export const STATUS_COLOR: Record<Subprocessor['status'], string> = { active: 'teal', planned: 'blue', terminated: 'gray' };

/** Underbiträden: the suppliers that process customers' data, with their transfer tools. */
export function SubprocessorsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 150);
  const [list, setList] = useState<Subprocessor[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    call('subprocessors.list', { query })
      .then((l) => {
        if (!alive) return;
        setList(l);
        setError(null);
      })
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, [query]);

  const open = (s: Subprocessor) => void navigate(`/underbitraden/${s.id}`);

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.subprocessors')}
        description={list ? t('subprocessors.count', { count: list.length }) : ' '}
        actions={
          <>
            <Button component={Link} to="/underbitraden/matris" variant="default" leftSection={<IconGridDots size={16} />}>
              {t('subprocessors.matrix')}
            </Button>
            <Button onClick={() => void navigate('/underbitraden/ny')} leftSection={<IconPlus size={16} />}>
              {t('subprocessors.new')}
            </Button>
          </>
        }
      />
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
      {list === null ? (
        !error && (
          <Center p="xl">
            <Loader />
          </Center>
        )
      ) : list.length === 0 ? (
        <Center p="xl">
          <Text c="dimmed">{query ? t('subprocessors.noMatch') : t('subprocessors.empty')}</Text>
        </Center>
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table
            highlightOnHover
            verticalSpacing={8}
            aria-label={t('area.subprocessors')}
            style={{ border: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th>{t('field.name')}</Table.Th>
                <Table.Th w={120}>{t('field.country')}</Table.Th>
                <Table.Th>{t('subprocessors.serviceDescriptionShort')}</Table.Th>
                <Table.Th w={230}>{t('subprocessors.transferMechanism')}</Table.Th>
                <Table.Th w={120}>{t('subprocessors.checks')}</Table.Th>
                <Table.Th w={80}>{t('subprocessors.customers')}</Table.Th>
                <Table.Th w={100}>{t('field.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => (
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
                    {s.orgNr && (
                      <Text size="xs" c="dimmed">
                        {s.orgNr}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{countryName(s.country, lang)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {s.serviceDescription}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {enumLabel('transferMechanism', s.transferMechanism, lang)}
                      {s.sccModule ? ` – ${s.sccModule}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td>{s.customerCount}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={STATUS_COLOR[s.status]}>
                      {enumLabel('subprocessorStatus', s.status, lang)}
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
