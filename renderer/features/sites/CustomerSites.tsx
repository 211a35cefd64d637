import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconMapPin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer, EquipmentSummary, Site } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { inUseMessage } from '../../ui/failures';
import { ErrorLine } from '../../ui/FormBits';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCall } from '../../ui/useCall';
import { deviceColumns, deviceName, EquipmentStatusBadge, TypeIcon } from './equipment-ui';
import { SiteModal } from './SiteModal';

/** Devices shown on the customer page at most; the CMDB screen has them all. */
const LIMIT = 1000;

const newEquipmentPath = (customerId: number, siteId: number | null) =>
  `${paths.equipment.new}?kund=${customerId}${siteId === null ? '' : `&plats=${siteId}`}`;

/** The customer's sites and the equipment placed there, on the customer page (issue 6). */
export function CustomerSites({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const sites = useCall('sites.list', { customerId: customer.id });
  const devices = useCall('equipment.list', { customerId: customer.id, limit: LIMIT });
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const error = sites.error ?? devices.error;

  function confirmDelete(site: Site) {
    modals.openConfirmModal({
      title: t('sites.deleteTitle'),
      children: <Text size="sm">{t('sites.deleteText', { name: site.name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setNotice(null);
        try {
          await call('sites.delete', { id: site.id, revision: site.revision });
          notifySuccess(t('sites.deleted', { name: site.name }));
        } catch (e) {
          const refused = inUseMessage(t, e, 'e.inUse.site');
          if (refused) {
            setNotice(refused);
          } else if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) {
            // Changed or removed elsewhere meanwhile: say so and show the sites as they are now.
            setNotice(t('sites.conflict'));
            sites.reload();
          } else {
            notifyError(t, e);
          }
        }
      },
    });
  }

  const items = devices.data?.items ?? [];
  const unplaced = items.filter((d) => d.siteId === null);
  return (
    <Stack gap="sm" mt="lg" component="section" aria-labelledby="customer-sites-title">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" fw={600} id="customer-sites-title">
            {t('sites.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sites.description')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} disabled={sites.data === undefined}>
          {t('sites.add')}
        </Button>
      </Group>
      {notice && (
        <Alert color="orange" withCloseButton onClose={() => setNotice(null)} role="alert" py="xs">
          {notice}
        </Alert>
      )}
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {sites.data === undefined || devices.data === undefined ? (
        !error && (
          <Center p="md">
            <Loader size="sm" />
          </Center>
        )
      ) : sites.data.length === 0 && unplaced.length === 0 ? (
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('sites.none')}
          </Text>
        </Card>
      ) : (
        <>
          {sites.data.map((site) => (
            <SiteCard
              key={site.id}
              customerId={customer.id}
              site={site}
              devices={items.filter((d) => d.siteId === site.id)}
              onEdit={() => setEditing(site)}
              onDelete={() => confirmDelete(site)}
            />
          ))}
          {unplaced.length > 0 && <SiteCard customerId={customer.id} site={null} devices={unplaced} />}
          {devices.data.total > items.length && (
            <Text size="sm" c="dimmed">
              {t('sites.moreOnCmdb', { shown: items.length, total: devices.data.total })}
            </Text>
          )}
        </>
      )}
      {editing !== null && (
        <SiteModal
          customer={customer}
          site={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
            setNotice(null);
          }}
        />
      )}
    </Stack>
  );
}

/** One site (or, with `site` null, the devices at none of the customer's sites) and its equipment. */
function SiteCard({
  customerId,
  site,
  devices,
  onEdit,
  onDelete,
}: {
  customerId: number;
  site: Site | null;
  devices: EquipmentSummary[];
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const { t } = useTranslation();
  const name = site?.name ?? t('sites.withoutSite');
  const address = site ? [site.street, [site.postalCode, site.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const contact = site ? [site.contactName, site.contactPhone, site.contactEmail].filter(Boolean).join(' · ') : '';
  const headingId = `site-${site?.id ?? 'none'}-title`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <IconMapPin
              size={18}
              stroke={1.6}
              color="var(--mantine-color-forteckna-6)"
              style={{ marginTop: 3, flexShrink: 0 }}
              aria-hidden
            />
            <div>
              <Group gap="xs">
                <Title order={3} size="h5" fw={600} id={headingId}>
                  {name}
                </Title>
                {site?.closedOn && (
                  <Badge variant="outline" color="gray" size="sm">
                    {t('sites.closed', { date: site.closedOn })}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t('sites.equipmentCount', { count: devices.length })}
                </Text>
              </Group>
              {site ? (
                address && (
                  <Text size="sm" c="dimmed">
                    {address}
                  </Text>
                )
              ) : (
                <Text size="sm" c="dimmed">
                  {t('sites.withoutSiteHelp')}
                </Text>
              )}
              {site?.accessNotes && (
                <Text size="sm">
                  <Text span fw={500}>
                    {t('sites.access')}:{' '}
                  </Text>
                  {site.accessNotes}
                </Text>
              )}
              {contact && (
                <Text size="sm">
                  <Text span fw={500}>
                    {t('sites.contact')}:{' '}
                  </Text>
                  {contact}
                </Text>
              )}
            </div>
          </Group>
          {site && (
            <Group gap={4} wrap="nowrap">
              <Button
                component={Link}
                to={newEquipmentPath(customerId, site.id)}
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                aria-label={t('sites.addEquipmentAt', { site: site.name })}
              >
                {t('sites.addEquipment')}
              </Button>
              <Tooltip label={t('sites.edit')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('sites.editFor', { site: site.name })} onClick={onEdit}>
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('common.delete')}>
                <ActionIcon variant="subtle" color="red" aria-label={t('sites.deleteFor', { site: site.name })} onClick={onDelete}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        {devices.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sites.noEquipment')}
          </Text>
        ) : (
          <DevicesTable name={name} devices={devices} />
        )}
      </Stack>
    </Card>
  );
}

/** The devices at one site, each linking to its page. */
function DevicesTable({ name, devices }: { name: string; devices: EquipmentSummary[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = useMemo<ColumnDef<EquipmentSummary, unknown>[]>(
    () => [
      {
        id: 'device',
        header: t('cmdb.device'),
        size: 220,
        cell: ({ row: { original: d } }) => (
          <Group gap={6} wrap="nowrap">
            <TypeIcon type={d.type} />
            <Anchor component={Link} to={paths.equipment.one(d.id)} size="sm" fw={500} truncate>
              {deviceName(d, lang)}
            </Anchor>
          </Group>
        ),
      },
      ...deviceColumns(t, lang),
      {
        id: 'status',
        header: () => <VisuallyHidden>{t('cmdb.status')}</VisuallyHidden>,
        size: 110,
        cell: (c) => <EquipmentStatusBadge status={c.row.original.status} />,
      },
    ],
    [t, lang],
  );
  return (
    <DataTable<EquipmentSummary>
      rows={devices}
      columns={columns}
      getRowId={(d) => String(d.id)}
      label={name}
      emptyText={t('sites.noEquipment')}
    />
  );
}
