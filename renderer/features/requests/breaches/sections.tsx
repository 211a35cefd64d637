import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconBell, IconFileText, IconFiles, IconPlus } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMY_HOURS, type AffectedCustomer, type Breach } from '../../../../shared/contract/breaches';
import { enumLabel } from '../../../../shared/domain/labels';
import { paths } from '../../../app/paths';
import { DataTable } from '../../../ui/DataTable';
import { useLang } from '../../../ui/lang';
import { ClockBadge, clockText, formatHours, useLiveMinutes, useNow } from './breach-ui';
import { CustomerNoticeModal, ImyNoticeModal, ReportModal, SupplementModal, type Patch } from './dialogs';
import { useBreachDocuments } from './documents';
import { formatStockholm } from './time';

/**
 * As controller: the 72-hour clock to IMY, live, with the deadline in Stockholm time; the notice
 * once given (with any delay explained); the supplements sent later.
 */
export function ImyBox({ breach, patch }: { breach: Breach; patch: Patch }) {
  const { t } = useTranslation();
  const lang = useLang();
  const minutes = useLiveMinutes(breach.imy);
  const [dialog, setDialog] = useState<'notice' | 'supplement' | null>(null);
  const f = breach.fields;
  const { imy } = breach;
  const overdue = minutes !== null && minutes < 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="breach-imy-title" data-testid="imy-box">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5" id="breach-imy-title">
            {t('breaches.imy.title')}
          </Title>
          <ClockBadge clock={imy} minutes={minutes} />
        </Group>
        <Text size="xl" fw={700} c={overdue && imy.state !== 'not_required' ? 'red.8' : undefined} data-testid="imy-clock">
          {clockText(t, lang, imy, minutes)}
        </Text>
        <Text size="sm">{t('breaches.imy.deadline', { deadline: formatStockholm(imy.deadline), hours: IMY_HOURS })}</Text>
        {imy.state === 'not_assessed' && (
          <Text size="sm" c="dimmed">
            {t('breaches.imy.notAssessedHelp')}
          </Text>
        )}
        {imy.state === 'not_required' && (
          <Text size="sm" c="dimmed">
            {t('breaches.imy.notRequiredHelp')}
          </Text>
        )}
        {f.imyNotifiedAt ? (
          <Stack gap={2}>
            <Text size="sm">
              {t('breaches.imy.notifiedLine', { at: formatStockholm(f.imyNotifiedAt) })}
              {f.imyReference ? ` · ${t('breaches.imy.referenceLine', { reference: f.imyReference })}` : ''}
            </Text>
            {f.imyDelayReason && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {t('breaches.imy.delayLine', { reason: f.imyDelayReason })}
              </Text>
            )}
            <Group>
              <Button size="compact-sm" variant="subtle" onClick={() => setDialog('notice')}>
                {t('breaches.imy.edit')}
              </Button>
            </Group>
          </Stack>
        ) : (
          imy.state !== 'not_required' && (
            <Group>
              <Button leftSection={<IconBell size={16} />} onClick={() => setDialog('notice')}>
                {t('breaches.imy.mark')}
              </Button>
            </Group>
          )
        )}
        {(f.imyNotifiedAt || f.supplements.length > 0) && (
          <Stack gap={4} mt="xs" component="section" aria-label={t('breaches.supplements.title')}>
            <Text size="sm" fw={600}>
              {t('breaches.supplements.title')}
            </Text>
            {f.supplements.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('breaches.supplements.none')}
              </Text>
            ) : (
              f.supplements.map((s, i) => (
                <Text size="sm" key={`${s.at}-${i}`} style={{ whiteSpace: 'pre-line' }}>
                  <Text span fw={500} size="sm">
                    {formatStockholm(s.at)}
                  </Text>{' '}
                  {s.summary}
                </Text>
              ))
            )}
            <Group>
              <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setDialog('supplement')}>
                {t('breaches.supplements.add')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
      {dialog === 'notice' && <ImyNoticeModal breach={breach} patch={patch} onClose={() => setDialog(null)} />}
      {dialog === 'supplement' && <SupplementModal breach={breach} patch={patch} onClose={() => setDialog(null)} />}
    </Card>
  );
}

/** As processor: the customers in words ("3 av 4 underrättade"), beside the form. */
export function CustomersSummary({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const notified = breach.customers.filter((c) => c.notifiedAt !== null).length;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="breach-processor-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="breach-processor-title">
          {t('breaches.processor.title')}
        </Title>
        <Text size="sm">{t('breaches.processor.help')}</Text>
        <Text size="xl" fw={700}>
          {t('breaches.customersNotified', { notified, affected: breach.customers.length })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('breaches.processor.since', { at: formatStockholm(breach.fields.discoveredAt) })}
        </Text>
      </Stack>
    </Card>
  );
}

/** Hours since discovery, in words ("efter 5 h" once told, "26 h sedan upptäckten" while not). */
function SinceCell({ breach, customer, now }: { breach: Breach; customer: AffectedCustomer; now: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (customer.hoursToNotice !== null)
    return <Text size="sm">{t('breaches.customers.after', { hours: formatHours(customer.hoursToNotice, lang) })}</Text>;
  const hours = Math.max(0, Math.floor((now - Date.parse(breach.fields.discoveredAt)) / 3_600_000));
  return (
    <Text size="sm" c="orange.8">
      {t('breaches.customers.since', { hours })}
    </Text>
  );
}

/** As processor: each affected customer, how the register links it, its agreement and its notice. */
export function AffectedCustomers({
  breach,
  onChanged,
  onConflict,
}: {
  breach: Breach;
  onChanged: (next: Breach) => void;
  onConflict: (e: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow(60_000);
  const { generate, generateAll, busy } = useBreachDocuments(breach);
  const [marking, setMarking] = useState<number | null>(null);

  const columns = useMemo<ColumnDef<AffectedCustomer, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('breaches.customers.col.name'),
        accessorKey: 'name',
        size: 180,
        cell: ({ row: { original: c } }) => (
          <Anchor component={Link} to={paths.customers.one(c.customerId)} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
            {c.name}
          </Anchor>
        ),
      },
      {
        id: 'via',
        header: t('breaches.customers.col.via'),
        size: 130,
        enableSorting: false,
        cell: ({ row: { original: c } }) => (
          <Group gap={4}>
            {c.via.map((v) => (
              <Badge key={v} size="sm" variant="light" color="gray" style={{ textTransform: 'none' }}>
                {t(`breaches.via.${v}`)}
              </Badge>
            ))}
          </Group>
        ),
      },
      {
        id: 'agreement',
        header: t('breaches.customers.col.agreement'),
        size: 120,
        enableSorting: false,
        cell: ({ row: { original: c } }) =>
          c.agreement ? (
            <Anchor component={Link} to={paths.agreements.one(c.agreement.id)} size="sm">
              {c.agreement.reference}
            </Anchor>
          ) : (
            <Text size="sm" c="orange.8">
              {t('breaches.customers.noAgreement')}
            </Text>
          ),
      },
      {
        id: 'notified',
        header: t('breaches.customers.col.notified'),
        size: 150,
        enableSorting: false,
        cell: ({ row: { original: c } }) =>
          c.notifiedAt ? (
            <Stack gap={0}>
              <Text size="sm">{formatStockholm(c.notifiedAt)}</Text>
              {c.notifiedVia && (
                <Text size="xs" c="dimmed">
                  {enumLabel('breachNoticeVia', c.notifiedVia, lang)}
                </Text>
              )}
            </Stack>
          ) : (
            <Badge size="sm" variant="light" color="orange" style={{ textTransform: 'none' }}>
              {t('breaches.customers.notNotified')}
            </Badge>
          ),
      },
      {
        id: 'since',
        header: t('breaches.customers.col.since'),
        size: 140,
        enableSorting: false,
        cell: ({ row: { original: c } }) => <SinceCell breach={breach} customer={c} now={now} />,
      },
      {
        id: 'actions',
        header: '',
        size: 190,
        enableSorting: false,
        cell: ({ row: { original: c } }) => (
          <Stack gap={4} align="flex-start">
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconBell size={12} />}
              onClick={() => setMarking(c.customerId)}
              aria-label={t('breaches.customers.markFor', { name: c.name })}
            >
              {c.notifiedAt ? t('breaches.customers.editNotice') : t('breaches.customers.mark')}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconFileText size={12} />}
              loading={busy === `customerNotice-${c.customerId}`}
              onClick={() => void generate('customerNotice', c.lang, c.customerId)}
              aria-label={t('breaches.customers.createFor', { name: c.name })}
            >
              {t('breaches.customers.create')}
            </Button>
          </Stack>
        ),
      },
    ],
    [t, lang, breach, now, busy, generate],
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="breach-customers-title">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" fw={600} id="breach-customers-title">
            {t('breaches.customers.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('breaches.customers.help')}
          </Text>
        </div>
        <Button
          leftSection={<IconFiles size={16} />}
          onClick={() => void generateAll()}
          loading={busy === 'all'}
          disabled={breach.customers.length === 0}
        >
          {t('breaches.customers.createAll')}
        </Button>
      </Group>
      <DataTable<AffectedCustomer>
        rows={breach.customers}
        columns={columns}
        getRowId={(c) => String(c.customerId)}
        rowLabel={(c) => c.name}
        label={t('breaches.customers.title')}
        emptyText={t('breaches.customers.empty')}
        wrap
      />
      {marking !== null && (
        <CustomerNoticeModal
          breach={breach}
          customerId={marking}
          onSaved={onChanged}
          onConflict={onConflict}
          onClose={() => setMarking(null)}
        />
      )}
    </Stack>
  );
}

/** Reports to other authorities (the police, CERT-SE): when, reference, a note. */
export function OtherReports({ breach, patch }: { breach: Breach; patch: Patch }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [adding, setAdding] = useState(false);
  const reports = breach.fields.otherReports;
  const remove = (index: number) => void patch({ otherReports: reports.filter((_, i) => i !== index) }, t('breaches.reports.removed'));
  return (
    <Stack gap="sm" component="section" aria-labelledby="breach-reports-title">
      <div>
        <Title order={2} size="h3" fw={600} id="breach-reports-title">
          {t('breaches.reports.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('breaches.reports.help')}
        </Text>
      </div>
      {reports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('breaches.reports.none')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} aria-label={t('breaches.reports.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('breaches.reports.authority')}</Table.Th>
              <Table.Th>{t('breaches.reports.at')}</Table.Th>
              <Table.Th>{t('breaches.reports.reference')}</Table.Th>
              <Table.Th>{t('breaches.reports.note')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.map((r, i) => (
              <Table.Tr key={`${r.authority}-${r.at}-${i}`}>
                <Table.Td>{enumLabel('otherAuthority', r.authority, lang)}</Table.Td>
                <Table.Td>{formatStockholm(r.at)}</Table.Td>
                <Table.Td>{r.reference}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.note}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(i)}>
                    {t('common.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="default" size="sm" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          {t('breaches.reports.add')}
        </Button>
      </Group>
      {adding && <ReportModal breach={breach} patch={patch} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
