import { Anchor, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionItem } from '../../../shared/contract';
import { call, isApiError } from '../../app/api';
import { fixPath } from '../../app/fixPath';
import { formatDate, formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { FIRST, ItemRows } from './AttentionRows';

// "Undanlagda (N)": the items put aside or marked not relevant, each with who answered, when, why
// and until when, and "Ångra" to bring it back. Collapsed: it is the exception, not the work.

export function AttentionDismissed({ items }: { items: AttentionItem[] }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  return (
    <Box component="section" aria-label={t('attention.dismissed', { count: items.length })} mt="xs">
      <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={panelId}>
        <Group gap={4}>
          {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          <Text size="sm" fw={600}>
            {t('attention.dismissed', { count: items.length })}
          </Text>
          <Text size="xs" c="dimmed" ml={6}>
            {t('attention.dismissed.help')}
          </Text>
        </Group>
      </UnstyledButton>
      {open && (
        <Box id={panelId} mt={6}>
          <ItemRows items={items} all={all} renderRow={(item) => <DismissedRow item={item} />} />
          {items.length > FIRST && (
            <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll((a) => !a)} aria-expanded={all}>
              {all ? t('attention.showFewer') : t('attention.showAll', { count: items.length })}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}

function DismissedRow({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const d = item.dismissal;
  if (!d) return null;

  async function restore() {
    if (!d) return;
    setBusy(true);
    try {
      await call('attention.restore', { id: d.id, revision: d.revision });
      notifySuccess(t('attention.restored'));
    } catch (e) {
      // Someone else took it back or answered anew: the list reloads by itself on their change.
      if (!isApiError(e, 'CONFLICT') && !isApiError(e, 'NOT_FOUND')) notifyError(t, e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group wrap="nowrap" align="center" gap="sm" px="sm" py={8} data-attention-key={item.key}>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm">
          <Anchor component={Link} to={fixPath(item.fix)} fw={600} inherit>
            {item.subject}
          </Anchor>
          {item.dueOn ? ` · ${formatDate(item.dueOn)}` : ''}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {item.text}
        </Text>
        <Text size="xs">
          <Text span size="xs" fw={600}>
            {d.mode === 'snooze' ? t('attention.dismissed.until', { date: formatDate(d.until) }) : t('attention.dismissed.notRelevant')}
          </Text>
          {' · '}
          {t('attention.dismissed.by', { by: d.by, at: formatDateTime(d.at) })}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {d.reason ? t('attention.dismissed.reason', { reason: d.reason }) : t('attention.dismissed.noReason')}
        </Text>
      </Stack>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconArrowBackUp size={14} />}
        loading={busy}
        onClick={() => void restore()}
        aria-label={t('attention.restoreFor', { subject: item.subject })}
      >
        {t('attention.restore')}
      </Button>
    </Group>
  );
}
