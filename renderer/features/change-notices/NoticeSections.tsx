import { Anchor, Badge, Button, Card, Group, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarDue, IconMailForward, IconMailPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangeNoticeDeadline, CustomerChangeFlag } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';
import { changeLine, flagChange, flagText, newNoticeFor, NoticeStateBadge, RecipientStateBadge } from './notice-ui';

/** "Ändringsmeddelanden" on a sub-processor's page: every notice touching it, and a new one by hand. */
export function SubprocessorNotices({ subprocessorId }: { subprocessorId: number }) {
  const { t } = useTranslation();
  const { data, error } = useCall('changeNotices.list', { subprocessorId });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="subprocessor-notices-title">
      <Title order={2} size="h5" id="subprocessor-notices-title" mb={4}>
        {t('changeNotices.section.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('changeNotices.section.help')}
      </Text>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {!data ? (
        !error && <Loader size="sm" />
      ) : (
        <Stack gap={8}>
          {data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('changeNotices.section.none')}
            </Text>
          )}
          {data.map((n) => (
            <div key={n.id}>
              <Anchor component={Link} to={paths.changeNotices.one(n.id)} size="sm" fw={500}>
                {changeLine(t, n)}
              </Anchor>
              <Group gap={6} mt={2}>
                <NoticeStateBadge state={n.state} />
                {n.effectiveDate && (
                  <Text size="xs" c="dimmed">
                    {t('changeNotices.deadline.effectiveDate', { date: formatDate(n.effectiveDate) })}
                  </Text>
                )}
              </Group>
            </div>
          ))}
          <Group>
            <Button component={Link} to={newNoticeFor(subprocessorId)} size="xs" variant="subtle" leftSection={<IconMailPlus size={14} />}>
              {t('changeNotices.newFromSubprocessor')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** A deadline or open item in words: "Invändningsfrist 2026-12-31", "Invändning att avgöra" … */
function deadlineText(t: (k: string, o?: Record<string, unknown>) => string, d: ChangeNoticeDeadline): string {
  return d.date ? t(`changeNotices.deadline.${d.kind}`, { date: formatDate(d.date) }) : t(`changeNotices.deadlineNoDate.${d.kind}`);
}

/**
 * On a customer's page: the open notices touching the customer, where it stands in each and the
 * dates to act on. Nothing while there are none.
 */
export function CustomerNotices({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const flags = useCall('changeNotices.customerFlags', { customerId });
  const deadlines = useCall('changeNotices.deadlines', { customerId });
  const error = flags.error ?? deadlines.error;
  if (error) return <ErrorLine message={t(errorKey(error))} />;
  if (!flags.data || flags.data.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="customer-notices-title" mt="lg">
      <div>
        <Title order={2} size="h3" fw={600} id="customer-notices-title">
          {t('changeNotices.customer.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('changeNotices.customer.help')}
        </Text>
      </div>
      {flags.data.map((flag) => (
        <CustomerNoticeRow
          key={flag.noticeId}
          flag={flag}
          deadlines={(deadlines.data ?? []).filter(
            (d) => d.noticeId === flag.noticeId && (d.customerId === null || d.customerId === customerId),
          )}
        />
      ))}
    </Stack>
  );
}

function CustomerNoticeRow({ flag, deadlines }: { flag: CustomerChangeFlag; deadlines: ChangeNoticeDeadline[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = flagChange(t, lang, flag);
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Anchor component={Link} to={paths.changeNotices.one(flag.noticeId)} size="sm" fw={600}>
            {name}
          </Anchor>
          <Group gap={6}>
            <RecipientStateBadge recipient={{ state: flag.state, resolution: null }} />
            <Text size="xs" c="dimmed">
              {flag.notifiedOn
                ? t('changeNotices.customer.notified', { date: formatDate(flag.notifiedOn) })
                : t('changeNotices.customer.notNotified')}
            </Text>
          </Group>
        </Stack>
        <Stack gap={2} align="flex-end">
          {deadlines.map((d, i) => (
            <Group key={`${d.kind}-${i}`} gap={4} wrap="nowrap">
              <IconCalendarDue size={14} color="var(--mantine-color-gray-6)" />
              <Text size="sm" fw={d.kind === 'objectionDeadline' ? 600 : undefined}>
                {deadlineText(t, d)}
              </Text>
            </Group>
          ))}
          {deadlines.length === 0 && flag.effectiveDate && (
            <Text size="sm">{t('changeNotices.deadline.effectiveDate', { date: formatDate(flag.effectiveDate) })}</Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The customers' open changes, by customer (one read for a whole list of agreements). */
export function useChangeFlags(customerId?: number): Map<number, CustomerChangeFlag[]> {
  const { data } = useCall('changeNotices.customerFlags', customerId === undefined ? {} : { customerId }, { reloadOn: ['changeNotices'] });
  const map = new Map<number, CustomerChangeFlag[]>();
  for (const flag of data ?? []) map.set(flag.customerId, [...(map.get(flag.customerId) ?? []), flag]);
  return map;
}

/**
 * "Ändring meddelad 2026-12-01, gäller från 2027-01-15" beside an agreement, linking to the notice;
 * `compact` (a narrow table cell) shows an envelope with the same words as its name and tooltip.
 */
export function ChangeFlags({ flags, compact = false }: { flags: readonly CustomerChangeFlag[] | undefined; compact?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!flags || flags.length === 0) return null;
  return (
    <Group gap={4} component="span" wrap="wrap">
      {flags.map((flag) => (
        <Tooltip
          key={flag.noticeId}
          label={`${compact ? `${flagText(t, flag)}. ` : ''}${t('changeNotices.flag.help', { change: flagChange(t, lang, flag) })}`}
          multiline
          w={280}
          withArrow
        >
          <Badge
            component={Link}
            to={paths.changeNotices.one(flag.noticeId)}
            size="sm"
            variant="light"
            color="violet"
            style={{ textTransform: 'none', cursor: 'pointer', flexShrink: 0 }}
            onClick={(e: React.MouseEvent) => e.stopPropagation()}
            aria-label={flagText(t, flag)}
            px={compact ? 6 : undefined}
          >
            {compact ? <IconMailForward size={12} style={{ display: 'block' }} /> : flagText(t, flag)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

/** The flags of one customer, read by themselves (an agreement's page, the customer's agreements). */
export function CustomerChangeFlags({ customerId }: { customerId: number }) {
  const flags = useChangeFlags(customerId);
  return <ChangeFlags flags={flags.get(customerId)} />;
}
