import { Badge, Card, Group, List, Progress, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../shared/contract';

/** "Komplett" or "NN %" with the missing fields in a tooltip; used in lists. */
export function CompletenessBadge({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const complete = completeness.missing.length === 0;
  const badge = (
    <Badge variant="light" color={complete ? 'teal' : completeness.score >= 60 ? 'yellow' : 'orange'} size="sm">
      {complete ? t('services.complete') : t('services.percent', { score: Math.round(completeness.score) })}
    </Badge>
  );
  if (complete) return badge;
  return (
    <Tooltip
      multiline
      w={280}
      withArrow
      label={
        <>
          <Text size="xs" fw={600}>
            {t('services.missingTitle')}
          </Text>
          {completeness.missing.map((m) => (
            <Text size="xs" key={m.field}>
              • {t(m.message, { defaultValue: m.field })}
            </Text>
          ))}
        </>
      }
    >
      {badge}
    </Tooltip>
  );
}

/** The completeness of one record: a bar and what is still missing. */
export function CompletenessPanel({ completeness, title }: { completeness: Completeness; title?: string }) {
  const { t } = useTranslation();
  const score = Math.round(completeness.score);
  const complete = completeness.missing.length === 0;
  return (
    <Card withBorder padding="md" aria-label={title ?? t('services.completenessTitle')} role="region">
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{title ?? t('services.completenessTitle')}</Text>
        <Text fw={600} c={complete ? 'teal.7' : 'orange.7'}>
          {score} %
        </Text>
      </Group>
      <Progress value={score} color={complete ? 'teal' : 'orange'} aria-label={t('services.completenessTitle')} />
      {complete ? (
        <Group gap={6} mt="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" size="sm">
            <IconCircleCheck size={14} />
          </ThemeIcon>
          <Text size="sm">{t('services.completeText')}</Text>
        </Group>
      ) : (
        <>
          <Text size="sm" mt="sm" mb={4}>
            {t('services.missingTitle')}
          </Text>
          <List size="sm" spacing={2} icon={<IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" />} center>
            {completeness.missing.map((m) => (
              <List.Item key={m.field}>{t(m.message, { defaultValue: m.field })}</List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
