import { Badge, Text } from '@mantine/core';
import {
  IconAccessPoint,
  IconDatabase,
  IconDeviceCctv,
  IconDeviceLaptop,
  IconDevices,
  IconPrinter,
  IconServer,
  IconShieldLock,
  IconSwitchHorizontal,
  type Icon,
} from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { EquipmentSummary } from '../../../shared/contract';
import type { EquipmentStatus, EquipmentType } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { useLang } from '../../ui/lang';

// Small pieces the CMDB screen, the equipment page and the customer's sites share.

export const TYPE_ICON: Record<EquipmentType, Icon> = {
  server: IconServer,
  nas: IconDatabase,
  firewall: IconShieldLock,
  switch: IconSwitchHorizontal,
  access_point: IconAccessPoint,
  pc: IconDeviceLaptop,
  camera: IconDeviceCctv,
  printer: IconPrinter,
  other: IconDevices,
};

/** What to call a device: its short name from the core, else its type. */
export function deviceName(d: { name: string; type: EquipmentType }, lang: Language): string {
  return d.name || enumLabel('equipmentType', d.type, lang);
}

const STATUS_COLOR: Record<EquipmentStatus, string> = { in_use: 'teal', in_storage: 'blue', removed: 'gray' };

export function EquipmentStatusBadge({ status }: { status: EquipmentStatus }) {
  const lang = useLang();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} size="sm">
      {enumLabel('equipmentStatus', status, lang)}
    </Badge>
  );
}

export function TypeIcon({ type }: { type: EquipmentType }) {
  const TypeGlyph = TYPE_ICON[type];
  return <TypeGlyph size={16} stroke={1.6} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} aria-hidden />;
}

/** The columns the CMDB list and a site's devices share: type, make and model, serial number (ids are the list's sort fields). */
export function deviceColumns(t: TFunction, lang: Language): ColumnDef<EquipmentSummary, unknown>[] {
  return [
    { id: 'type', header: t('cmdb.type'), size: 150, cell: (c) => enumLabel('equipmentType', c.row.original.type, lang) },
    { id: 'make', header: t('cmdb.makeModel'), size: 190, cell: (c) => `${c.row.original.make} ${c.row.original.model}`.trim() },
    {
      id: 'serialNumber',
      header: t('cmdb.serial'),
      size: 150,
      cell: (c) => (
        <Text size="sm" ff="monospace" truncate>
          {c.row.original.serialNumber}
        </Text>
      ),
    },
  ];
}
