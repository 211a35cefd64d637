import { Anchor, Center, Group, Select, Stack, Text, TextInput, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendar, IconCheck, IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { locationIsInEea, locationLabel } from '../../../shared/domain/labels';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
import { fold, todayIso, useLang } from '../../ui/lang';
import { BackLink } from '../../ui/RecordPage';
import { useCall } from '../../ui/useCall';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROW_HEIGHT = 36;
const NAME_WIDTH = 240;
const CELL_WIDTH = 112;

/** Underbiträden × kunder: which sub-processor touches which customer, derived from subscriptions. */
export function SubprocessorMatrixPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [onDate, setOnDate] = useState(todayIso());
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 120);
  const [only, setOnly] = useState<string | null>(null);
  const dateValid = ISO_DATE.test(onDate);
  // An unfinished date keeps the last matrix on screen.
  const { data: matrix, error } = useCall('subprocessors.matrix', dateValid ? { onDate } : null, { keepPrevious: true });

  const cells = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const c of matrix?.cells ?? []) map.set(`${c.customerId}:${c.subprocessorId}`, c.services);
    return map;
  }, [matrix]);
  const counts = useMemo(() => {
    const map = new Map<number, number>();
    for (const c of matrix?.cells ?? []) map.set(c.subprocessorId, (map.get(c.subprocessorId) ?? 0) + 1);
    return map;
  }, [matrix]);

  const customers = useMemo(() => {
    const needle = fold(query.trim());
    const onlyId = only === null ? null : Number(only);
    return (matrix?.customers ?? []).filter(
      (c) => (!needle || fold(c.name).includes(needle)) && (onlyId === null || cells.has(`${c.id}:${onlyId}`)),
    );
  }, [matrix, query, only, cells]);
  const subprocessors = matrix?.subprocessors ?? [];

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: customers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [query, only, onDate]);

  const sticky: CSSProperties = { position: 'sticky', left: 0, background: 'white', zIndex: 1 };
  const tableWidth = NAME_WIDTH + subprocessors.length * CELL_WIDTH;

  return (
    <Stack gap="sm">
      <BackLink to={paths.subprocessors.list} label={t('subprocessors.back')} />
      <PageHeader
        title={t('subprocessors.matrixTitle')}
        description={
          matrix
            ? t('subprocessors.matrixCount', {
                customers: t('subprocessors.customersN', { count: customers.length }),
                subprocessors: t('subprocessors.count', { count: subprocessors.length }),
              })
            : ' '
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('subprocessors.matrixIntro')}
      </Text>
      <Group gap="lg" aria-hidden="true">
        <Group gap={6}>
          <ThemeIcon size={18} radius="xl" variant="light" color="teal">
            <IconCheck size={12} stroke={2.5} />
          </ThemeIcon>
          <Text size="xs" c="dimmed">
            {t('subprocessors.legendEea')}
          </Text>
        </Group>
        <Group gap={6}>
          <ThemeIcon size={18} radius="xl" variant="light" color="blue">
            <IconCheck size={12} stroke={2.5} />
          </ThemeIcon>
          <Text size="xs" c="dimmed">
            {t('subprocessors.legendThird')}
          </Text>
        </Group>
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('subprocessors.findCustomer')}
          placeholder={t('subprocessors.findCustomerPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
          type="search"
        />
        <Select
          label={t('subprocessors.onlyTouchedBy')}
          placeholder={t('subprocessors.anySubprocessor')}
          data={subprocessors.map((s) => ({ value: String(s.id), label: s.name }))}
          value={only}
          onChange={setOnly}
          clearable
          searchable
          w={260}
        />
        <TextInput
          label={t('subprocessors.onDate')}
          placeholder={t('field.datePlaceholder')}
          leftSection={<IconCalendar size={16} />}
          value={onDate}
          onChange={(e) => setOnDate(e.currentTarget.value)}
          error={dateValid ? undefined : t('v.date')}
          w={190}
        />
      </Group>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      <div
        ref={scrollRef}
        data-virtual-scroll=""
        style={{
          height: 'calc(100vh - 330px)',
          minHeight: 320,
          overflow: 'auto',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 6,
        }}
      >
        <table
          aria-label={t('subprocessors.matrixTitle')}
          aria-rowcount={customers.length + 1}
          style={{
            borderCollapse: 'separate',
            borderSpacing: 0,
            tableLayout: 'fixed',
            width: tableWidth,
            minWidth: '100%',
            fontSize: 'var(--mantine-font-size-sm)',
          }}
        >
          <colgroup>
            <col style={{ width: NAME_WIDTH }} />
            {subprocessors.map((s) => (
              <col key={s.id} style={{ width: CELL_WIDTH }} />
            ))}
          </colgroup>
          <thead style={{ position: 'sticky', top: 0, zIndex: 2 }}>
            <tr aria-rowindex={1}>
              <th scope="col" style={{ ...headerCell, ...sticky, zIndex: 3, textAlign: 'left', background: 'var(--mantine-color-gray-0)' }}>
                {t('subprocessors.customerColumn')}
              </th>
              {subprocessors.map((s) => (
                <th key={s.id} scope="col" style={headerCell} title={`${s.name} – ${locationLabel(s, lang)}`}>
                  <UnstyledButton
                    onClick={() => void navigate(paths.subprocessors.one(s.id))}
                    style={{
                      fontWeight: 600,
                      fontSize: 'var(--mantine-font-size-xs)',
                      lineHeight: 1.25,
                      display: 'block',
                      width: '100%',
                      textAlign: 'center',
                    }}
                  >
                    <span
                      style={{
                        display: '-webkit-box',
                        WebkitLineClamp: 3,
                        overflowWrap: 'anywhere',
                        WebkitBoxOrient: 'vertical',
                        overflow: 'hidden',
                      }}
                    >
                      {s.name}
                    </span>
                  </UnstyledButton>
                  <Text size="xs" c={locationIsInEea(s) ? 'dimmed' : 'blue.7'} fw={locationIsInEea(s) ? 400 : 600}>
                    {locationLabel(s, lang)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('subprocessors.customersN', { count: counts.get(s.id) ?? 0 })}
                  </Text>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={subprocessors.length + 1} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((v) => {
              const customer = customers[v.index];
              if (!customer) return null;
              return (
                <tr
                  key={customer.id}
                  aria-rowindex={v.index + 2}
                  aria-label={customer.name}
                  style={{ height: ROW_HEIGHT }}
                  className="matrix-row"
                >
                  <th scope="row" style={{ ...bodyCell, ...sticky, textAlign: 'left', fontWeight: 500 }}>
                    <Anchor
                      component={Link}
                      to={paths.customers.one(customer.id)}
                      size="sm"
                      c="dark"
                      style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                    >
                      {customer.name}
                    </Anchor>
                  </th>
                  {subprocessors.map((s) => {
                    const services = cells.get(`${customer.id}:${s.id}`);
                    return (
                      <td key={s.id} style={{ ...bodyCell, textAlign: 'center' }}>
                        {services ? (
                          <Tooltip label={t('subprocessors.through', { services: services.join(', ') })} withArrow openDelay={150}>
                            <ThemeIcon
                              size={22}
                              radius="xl"
                              variant="light"
                              color={locationIsInEea(s) ? 'teal' : 'blue'}
                              role="img"
                              aria-label={t('subprocessors.cellLabel', { subprocessor: s.name, services: services.join(', ') })}
                              tabIndex={0}
                            >
                              <IconCheck size={14} stroke={2.5} />
                            </ThemeIcon>
                          </Tooltip>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={subprocessors.length + 1} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
        {matrix && customers.length === 0 && (
          <Center p="xl">
            <Text c="dimmed">{query || only ? t('subprocessors.matrixNoMatch') : t('subprocessors.matrixEmpty')}</Text>
          </Center>
        )}
      </div>
    </Stack>
  );
}

const headerCell: CSSProperties = {
  padding: '8px 6px',
  background: 'var(--mantine-color-gray-0)',
  borderBottom: '1px solid var(--mantine-color-gray-3)',
  borderLeft: '1px solid var(--mantine-color-gray-2)',
  verticalAlign: 'bottom',
  textAlign: 'center',
};

const bodyCell: CSSProperties = {
  padding: '4px 8px',
  borderBottom: '1px solid var(--mantine-color-gray-2)',
  borderLeft: '1px solid var(--mantine-color-gray-2)',
  height: ROW_HEIGHT,
};
