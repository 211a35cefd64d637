import { Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconShieldExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/PageHeader';
import { useCall } from '../../ui/useCall';

export type RequestsAreaTab = 'requests' | 'breaches';

const badgeStyle = { textTransform: 'none' } as const;

/** A tab's counts: open, and (in red, with words) those past their deadline; nothing until known. */
function Counts({ open, late, lateKey }: { open: number | undefined; late: number | undefined; lateKey: string }) {
  const { t } = useTranslation();
  if (open === undefined) return null;
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Badge size="sm" variant="light" color="gray" style={badgeStyle} component="span">
        {t('requests.area.open', { count: open })}
      </Badge>
      {late !== undefined && late > 0 && (
        <Badge size="sm" variant="filled" color="red" style={badgeStyle} leftSection={<IconAlertTriangle size={11} />} component="span">
          {t(lateKey, { count: late })}
        </Badge>
      )}
    </Group>
  );
}

/**
 * The head of the area "Begäranden och incidenter": its title and the two tabs (requests,
 * breaches) with their counts. Both lists render it above themselves; `actions` are the list's
 * own buttons ("Ny begäran").
 */
export function RequestsArea({ active, actions }: { active: RequestsAreaTab; actions?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Counts over the whole register, whatever the list below filters.
  const requests = useCall('requests.list', { filter: 'open', limit: 1 }, { reloadOn: ['requests'] });
  const breaches = useCall('breaches.list', { filter: 'open', limit: 1 }, { reloadOn: ['breaches'] });
  return (
    <Stack gap="xs">
      <PageHeader
        title={t('area.requests')}
        description={
          <Text size="sm" c="dimmed" maw={860} span>
            {t('requests.area.intro')}
          </Text>
        }
        actions={actions}
      />
      <Tabs
        value={active}
        onChange={(tab) => void navigate(tab === 'breaches' ? paths.breaches.list : paths.requests.list)}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('requests.area.tabs')}>
          <Tabs.Tab
            value="requests"
            leftSection={<IconInbox size={16} />}
            rightSection={<Counts open={requests.data?.counts.open} late={requests.data?.counts.overdue} lateKey="requests.area.overdue" />}
          >
            {t('requests.area.requests')}
          </Tabs.Tab>
          <Tabs.Tab
            value="breaches"
            leftSection={<IconShieldExclamation size={16} />}
            rightSection={
              <Counts open={breaches.data?.counts.open} late={breaches.data?.counts.imyOverdue} lateKey="requests.area.imyOverdue" />
            }
          >
            {t('requests.area.breaches')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
