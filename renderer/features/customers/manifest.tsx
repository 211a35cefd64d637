import { IconAddressBook } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { CustomerPage } from './CustomerPage';
import { CustomersPage } from './CustomersPage';

export const manifest: FeatureManifest = {
  key: 'customers',
  routes: [
    { path: paths.customers.list, element: <CustomersPage /> },
    { path: paths.customers.new, element: <CustomerPage /> },
    { path: paths.customers.pattern, element: <CustomerPage /> },
  ],
  nav: { path: paths.customers.list, icon: IconAddressBook, order: 30 },
  // The customer texts themselves are still in renderer/i18n/sv.ts and en.ts.
  texts: { sv: { 'area.customers': 'Kunder' }, en: { 'area.customers': 'Customers' } },
  searchHits: { customer: (hit) => paths.customers.one(hit.id) },
};
