import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconMailForward } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useCall } from '../../ui/useCall';

/**
 * On a service's or a sub-processor's page: after a save made the core propose a change notice,
 * "Ändringen berör N kunder. Granska ändringsmeddelandet", linking to it. Nothing while none is proposed.
 */
export function NoticePrompt({ serviceId, subprocessorId }: { serviceId?: number; subprocessorId?: number }) {
  const { t } = useTranslation();
  // Reloads after any change: the save that proposes a notice is a service's or a sub-processor's.
  const { data } = useCall('changeNotices.list', {
    open: true,
    ...(serviceId === undefined ? {} : { serviceId }),
    ...(subprocessorId === undefined ? {} : { subprocessorId }),
  });
  const proposed = (data ?? []).filter((n) => n.state === 'proposed');

  // A proposal that appears while the page is open (the save just made it) is also announced where
  // the user is, at the form's Save button: the alert sits at the top of the page.
  const navigate = useNavigate();
  const seen = useRef<Set<number> | null>(null);
  useEffect(() => {
    if (!data) return;
    const fresh = data.filter((n) => n.state === 'proposed' && !seen.current?.has(n.id));
    const first = seen.current === null;
    seen.current = new Set([...(seen.current ?? []), ...fresh.map((n) => n.id)]);
    if (first) return;
    for (const n of fresh) {
      const id = `change-notice-proposed-${n.id}`;
      notifications.show({
        id,
        color: 'orange',
        title: t('changeNotices.prompt.title'),
        autoClose: 15000,
        message: (
          <Stack gap={6} align="flex-start">
            <Text size="sm">{t('changeNotices.prompt.text', { name: n.subprocessor.name, count: n.counts.affected })}</Text>
            <Button
              size="compact-xs"
              variant="light"
              color="orange"
              onClick={() => {
                notifications.hide(id);
                void navigate(paths.changeNotices.one(n.id));
              }}
            >
              {t('changeNotices.prompt.open')}
            </Button>
          </Stack>
        ),
      });
    }
  }, [data, t, navigate]);

  if (proposed.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconMailForward size={20} />}
      title={t('changeNotices.prompt.title')}
      role="status"
      aria-label={t('changeNotices.prompt.title')}
    >
      <Stack gap={4}>
        {proposed.map((n) => (
          <Group key={n.id} gap="xs" wrap="wrap">
            <Text size="sm">{t('changeNotices.prompt.text', { name: n.subprocessor.name, count: n.counts.affected })}</Text>
            <Anchor component={Link} to={paths.changeNotices.one(n.id)} size="sm" fw={600}>
              <Group gap={4} component="span">
                {t('changeNotices.prompt.open')}
                <IconArrowRight size={14} />
              </Group>
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
