import {
  IconAddressBook,
  IconAlertTriangle,
  IconBuilding,
  IconBuildingWarehouse,
  IconClipboardList,
  IconFileExport,
  IconHistory,
  IconLayoutDashboard,
  IconLicense,
  IconListDetails,
  IconServer,
  IconShieldCheck,
  IconTags,
  IconStack2,
  IconTrash,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

/** Every area of product.md §3, in navigation order. `key` names the i18n text `area.<key>`. */
export interface Area {
  key: string;
  path: string;
  icon: Icon;
}

export const AREAS: Area[] = [
  { key: 'dashboard', path: '/', icon: IconLayoutDashboard },
  { key: 'activities', path: '/behandlingar', icon: IconClipboardList },
  { key: 'customers', path: '/kunder', icon: IconAddressBook },
  { key: 'services', path: '/tjanster', icon: IconStack2 },
  { key: 'processorRegister', path: '/bitradesregister', icon: IconListDetails },
  { key: 'subprocessors', path: '/underbitraden', icon: IconUsersGroup },
  { key: 'agreements', path: '/pub-avtal', icon: IconLicense },
  { key: 'sites', path: '/kundplatser', icon: IconBuildingWarehouse },
  { key: 'systems', path: '/system', icon: IconServer },
  { key: 'measures', path: '/atgarder', icon: IconShieldCheck },
  { key: 'retention', path: '/gallring', icon: IconTrash },
  { key: 'documents', path: '/dokument', icon: IconFileExport },
  { key: 'requests', path: '/arenden', icon: IconAlertTriangle },
  { key: 'history', path: '/historik', icon: IconHistory },
  { key: 'vocabularies', path: '/kategorier', icon: IconTags },
  { key: 'organisation', path: '/organisation', icon: IconBuilding },
];
