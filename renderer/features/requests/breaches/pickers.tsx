import { Group, Input, Pill, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call } from '../../../app/api';
import type { BreachForm } from './form';

// The register's records a breach links to, picked by searching the core: customers and devices
// may be thousands, so the pick lists ask as the user types. Sites are picked by their customer.

export interface Option {
  value: number;
  label: string;
}
/** Names of picked records as the page knows them (the breach as read, and what was picked since). */
export type Known = ReadonlyMap<number, string>;

type IdField = 'customerIds' | 'siteIds' | 'equipmentIds';

/** Options as the user types; `search` is asked again after a pause. */
function useSearch(search: (query: string) => Promise<Option[]>, query: string, enabled = true): Option[] {
  const [debounced] = useDebouncedValue(query, 200);
  const [options, setOptions] = useState<Option[]>([]);
  const searchRef = useRef(search);
  searchRef.current = search;
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    searchRef
      .current(debounced)
      .then((o) => alive && setOptions(o))
      .catch(() => alive && setOptions([]));
    return () => {
      alive = false;
    };
  }, [debounced, enabled]);
  return options;
}

/** A searchable select that adds what is picked and empties itself again. */
function AddSelect({
  label,
  placeholder,
  search,
  exclude,
  onPick,
  disabled,
}: {
  label: string;
  placeholder: string;
  search: (query: string) => Promise<Option[]>;
  exclude: readonly number[];
  onPick: (option: Option) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useSearch(search, query, !disabled);
  const data = options.filter((o) => !exclude.includes(o.value)).map((o) => ({ value: String(o.value), label: o.label }));
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      value={null}
      searchValue={query}
      onSearchChange={setQuery}
      data={data}
      // The core has already searched (by hostname, serial, customer …): show what it found.
      filter={({ options: all }) => all}
      nothingFoundMessage={t('breaches.links.nothingFound')}
      disabled={disabled}
      onOptionSubmit={(value) => {
        const option = options.find((o) => String(o.value) === value);
        if (option) onPick(option);
        setQuery('');
      }}
    />
  );
}

/** The picked records as pills with a remove button each. */
function Picked({
  ids,
  known,
  onRemove,
  emptyText,
  label,
}: {
  ids: number[];
  known: Known;
  onRemove: (id: number) => void;
  emptyText: string;
  label: string;
}) {
  const { t } = useTranslation();
  if (ids.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  return (
    <Pill.Group aria-label={label}>
      {ids.map((id) => {
        const name = known.get(id) ?? `#${id}`;
        return (
          <Pill
            key={id}
            size="md"
            withRemoveButton
            onRemove={() => onRemove(id)}
            removeButtonProps={{ 'aria-label': t('breaches.links.remove', { name }) }}
          >
            {name}
          </Pill>
        );
      })}
    </Pill.Group>
  );
}

function useIds(name: IdField) {
  const { field } = useController<BreachForm, IdField>({ name });
  const ids = field.value;
  return {
    ids,
    add: (id: number) => field.onChange([...ids.filter((x) => x !== id), id]),
    remove: (id: number) => field.onChange(ids.filter((x) => x !== id)),
  };
}

export const searchCustomers = (query: string): Promise<Option[]> =>
  call('customers.list', { query, includeArchived: true, limit: 50 }).then((r) => r.items.map((c) => ({ value: c.id, label: c.name })));

/** Customers named by hand (the others follow from the services, sites and devices). */
export function CustomerPicker({ known, onKnown }: { known: Known; onKnown: (o: Option) => void }) {
  const { t } = useTranslation();
  const { ids, add, remove } = useIds('customerIds');
  return (
    <Input.Wrapper label={t('breaches.links.customers')} description={t('breaches.links.customersHelp')}>
      <Stack gap={6} mt={6}>
        <Picked ids={ids} known={known} onRemove={remove} emptyText={t('breaches.links.none')} label={t('breaches.links.customers')} />
        <AddSelect
          label={t('breaches.links.addCustomer')}
          placeholder={t('breaches.links.searchCustomer')}
          search={searchCustomers}
          exclude={ids}
          onPick={(o) => {
            onKnown(o);
            add(o.value);
          }}
        />
      </Stack>
    </Input.Wrapper>
  );
}

/** A customer's sites: first the customer, then the site. */
export function SitePicker({ known, onKnown }: { known: Known; onKnown: (o: Option) => void }) {
  const { t } = useTranslation();
  const { ids, add, remove } = useIds('siteIds');
  const [customer, setCustomer] = useState<Option | null>(null);
  const searchSites = async (query: string): Promise<Option[]> => {
    if (!customer) return [];
    const sites = await call('sites.list', { customerId: customer.value });
    const q = query.trim().toLowerCase();
    return sites
      .filter((s) => q === '' || s.name.toLowerCase().includes(q) || s.city.toLowerCase().includes(q))
      .map((s) => ({ value: s.id, label: `${s.name} (${customer.label})` }));
  };
  return (
    <Input.Wrapper label={t('breaches.links.sites')} description={t('breaches.links.sitesHelp')}>
      <Stack gap={6} mt={6}>
        <Picked ids={ids} known={known} onRemove={remove} emptyText={t('breaches.links.none')} label={t('breaches.links.sites')} />
        <Group grow align="flex-start">
          <AddSelect
            label={t('breaches.links.siteCustomer')}
            placeholder={customer ? customer.label : t('breaches.links.searchCustomer')}
            search={searchCustomers}
            exclude={[]}
            onPick={setCustomer}
          />
          <AddSelect
            key={customer?.value ?? 'none'}
            label={t('breaches.links.addSite')}
            placeholder={customer ? t('breaches.links.pickSite') : t('breaches.links.pickCustomerFirst')}
            search={searchSites}
            exclude={ids}
            disabled={!customer}
            onPick={(o) => {
              onKnown(o);
              add(o.value);
            }}
          />
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

/** "pc-ekonomi-03 · Ängshagen AB · Huvudkontoret". */
export function equipmentLabel(e: { name: string; serialNumber?: string; customerName: string; siteName: string | null }): string {
  return [e.name || e.serialNumber || '—', e.customerName, e.siteName ?? ''].filter((s) => s !== '').join(' · ');
}

const searchEquipment = (query: string): Promise<Option[]> =>
  call('equipment.list', { query, limit: 50 }).then((r) => r.items.map((e) => ({ value: e.id, label: equipmentLabel(e) })));

/** Devices, found by hostname, serial number, make, customer or site. */
export function EquipmentPicker({ known, onKnown }: { known: Known; onKnown: (o: Option) => void }) {
  const { t } = useTranslation();
  const { ids, add, remove } = useIds('equipmentIds');
  return (
    <Input.Wrapper label={t('breaches.links.equipment')} description={t('breaches.links.equipmentHelp')}>
      <Stack gap={6} mt={6}>
        <Picked ids={ids} known={known} onRemove={remove} emptyText={t('breaches.links.none')} label={t('breaches.links.equipment')} />
        <AddSelect
          label={t('breaches.links.addEquipment')}
          placeholder={t('breaches.links.searchEquipment')}
          search={searchEquipment}
          exclude={ids}
          onPick={(o) => {
            onKnown(o);
            add(o.value);
          }}
        />
      </Stack>
    </Input.Wrapper>
  );
}
