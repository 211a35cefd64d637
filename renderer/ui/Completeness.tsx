import { Badge, Card, Group, List, Progress, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../shared/contract';

/** Text of a completeness item: its `c.*` key in the current language, with the purpose, transfer or recipient number when it is about one. */
export function useMissingText(): (item: Completeness['missing'][number]) => string {
  const { t } = useTranslation();
  return (item) => {
    const text = t(item.message, { defaultValue: t('completeness.missingField', { field: item.field }) });
    const purpose = /^purposes\.(\d+)/.exec(item.field);
    const transfer = /^transfers\.(\d+)/.exec(item.field);
    const recipient = /^recipients\.(\d+)/.exec(item.field);
    if (purpose) return t('completeness.inPurpose', { n: Number(purpose[1]) + 1, text });
    if (transfer) return t('completeness.inTransfer', { n: Number(transfer[1]) + 1, text });
    if (recipient) return t('completeness.inRecipient', { n: Number(recipient[1]) + 1, text });
    return text;
  };
}

/** "100 %" in green, "70 % – 3 saknas" in orange (red below half), with the missing items as a tooltip; used in lists. */
export function CompletenessBadge({ completeness, size = 'sm' }: { completeness: Completeness; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const missingText = useMissingText();
  const { score, missing } = completeness;
  const rounded = Math.round(score);
  const complete = missing.length === 0;
  const color = complete ? 'teal' : rounded < 50 ? 'red' : 'orange';
  const label = complete
    ? t('completeness.score', { score: rounded })
    : t('completeness.scoreMissing', { score: rounded, count: missing.length });
  const badge = (
    <Badge color={color} variant="light" size={size} style={{ textTransform: 'none' }} aria-label={t('completeness.aria', { label })}>
      {label}
    </Badge>
  );
  if (complete) return badge;
  return (
    <Tooltip multiline w={320} withinPortal label={missing.slice(0, 8).map(missingText).join(' · ')}>
      {badge}
    </Tooltip>
  );
}

/** The completeness of one record: a bar and what is still missing. */
export function CompletenessPanel({ completeness, title }: { completeness: Completeness; title?: string }) {
  const { t } = useTranslation();
  const missingText = useMissingText();
  const score = Math.round(completeness.score);
  const complete = completeness.missing.length === 0;
  return (
    <Card withBorder padding="md" aria-label={title ?? t('completeness.title')} role="region">
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{title ?? t('completeness.title')}</Text>
        <Text fw={600} c={complete ? 'teal.7' : 'orange.7'}>
          {t('completeness.score', { score })}
        </Text>
      </Group>
      <Progress value={score} color={complete ? 'teal' : 'orange'} aria-label={t('completeness.title')} />
      {complete ? (
        <Group gap={6} mt="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" size="sm">
            <IconCircleCheck size={14} />
          </ThemeIcon>
          <Text size="sm">{t('completeness.done')}</Text>
        </Group>
      ) : (
        <>
          <Text size="sm" mt="sm" mb={4}>
            {t('completeness.missingTitle')}
          </Text>
          <List size="sm" spacing={2} icon={<IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" />} center>
            {completeness.missing.map((m) => (
              <List.Item key={m.field}>{missingText(m)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
