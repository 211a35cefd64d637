import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  List,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { systemFields, type MethodOutput, type System } from '../../../shared/contract';
import { HOSTING_KINDS, SYSTEM_KINDS, isEeaCountry } from '../../../shared/domain/enums';
import { countryName, countryOptions, enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { failureText } from '../../ui/failures';
import { useLang } from '../../ui/lang';

type Subprocessor = MethodOutput<'subprocessors.list'>[number];
type SystemForm = z.input<typeof systemFields> & { supplierMode: 'subprocessor' | 'other' };
type SystemOutput = z.output<typeof systemFields>;

const EMPTY: SystemForm = {
  name: '',
  kind: 'other',
  hosting: 'saas',
  country: 'SE',
  location: '',
  subprocessorId: null,
  supplierName: '',
  notes: '',
  supplierMode: 'other',
};

const FIELDS = new Set(Object.keys(EMPTY));

function toForm(s: System): SystemForm {
  return {
    name: s.name,
    kind: s.kind,
    hosting: s.hosting,
    country: s.country,
    location: s.location,
    subprocessorId: s.subprocessorId,
    supplierName: s.supplierName,
    notes: s.notes,
    supplierMode: s.subprocessorId !== null ? 'subprocessor' : 'other',
  };
}

const prepare = ({ supplierMode, ...v }: SystemForm) => ({
  ...v,
  subprocessorId: supplierMode === 'subprocessor' ? v.subprocessorId : null,
  supplierName: supplierMode === 'subprocessor' ? '' : v.supplierName,
});

/** System och lagring: where the register's data lives, and who supplies it. */
export function SystemsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [systems, setSystems] = useState<System[] | null>(null);
  const [subprocessors, setSubprocessors] = useState<Subprocessor[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<System | 'new' | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let alive = true;
    call('systems.list', { query: debounced })
      .then((list) => {
        if (!alive) return;
        setSystems(list);
        setLoadError(null);
      })
      .catch((e: unknown) => alive && setLoadError(e));
    return () => {
      alive = false;
    };
  }, [debounced, version]);

  useEffect(() => {
    call('subprocessors.list', {})
      .then(setSubprocessors)
      .catch(() => setSubprocessors([]));
  }, [version]);

  /** Opens the latest version of the system (the list may be a moment old). */
  const open = (s: Pick<System, 'id'>) => {
    call('systems.get', { id: s.id })
      .then(setEditing)
      .catch((e: unknown) => {
        setLoadError(e);
        reload();
      });
  };

  // A search hit links here as /system?id=N: open that system once.
  const [searchParams, setSearchParams] = useSearchParams();
  const linkedId = Number(searchParams.get('id'));
  useEffect(() => {
    if (!Number.isInteger(linkedId) || linkedId <= 0) return;
    setSearchParams({}, { replace: true });
    open({ id: linkedId });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- open once per link
  }, [linkedId]);

  const supplier = (s: System) =>
    s.subprocessorId !== null ? (subprocessors.find((p) => p.id === s.subprocessorId)?.name ?? '') : s.supplierName;

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.systems')}
        description={systems ? t('systems.count', { count: systems.length }) : ' '}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('systems.new')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={820}>
        {t('systems.description')}
      </Text>
      <TextInput
        label={t('common.search')}
        placeholder={t('systems.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        w={320}
        type="search"
      />
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {!systems && !loadError ? (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      ) : (
        <Table
          highlightOnHover
          verticalSpacing={8}
          aria-label={t('area.systems')}
          style={{ border: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('systems.kind')}</Table.Th>
              <Table.Th>{t('systems.hosting')}</Table.Th>
              <Table.Th>{t('field.country')}</Table.Th>
              <Table.Th>{t('systems.supplier')}</Table.Th>
              <Table.Th>{t('systems.usedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(systems ?? []).map((s) => (
              <Table.Tr
                key={s.id}
                aria-label={s.name}
                className="data-table-row"
                tabIndex={0}
                onClick={() => open(s)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(s);
                  }
                }}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.name}
                  </Text>
                  {s.location && (
                    <Text size="xs" c="dimmed">
                      {s.location}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{enumLabel('systemKind', s.kind, lang)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{enumLabel('hostingKind', s.hosting, lang)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="wrap">
                    <Text size="sm">{countryName(s.country, lang)}</Text>
                    {!isEeaCountry(s.country) && (
                      <Badge size="xs" color="orange" variant="light" style={{ textTransform: 'none', flexShrink: 0, maxWidth: 'none' }}>
                        {t('systems.thirdCountry')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{supplier(s)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={s.activities.length + s.services.length === 0 ? 'dimmed' : undefined}>
                    {t('systems.usedByCount', { activities: s.activities.length, services: s.services.length })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {systems?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {debounced ? t('systems.noMatch') : t('systems.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('systems.newTitle') : t('systems.editTitle')}
        size="xl"
      >
        {editing !== null && (
          <SystemEditor
            key={editing === 'new' ? 'new' : editing.id}
            system={editing === 'new' ? null : editing}
            subprocessors={subprocessors}
            onDone={(message) => {
              setEditing(null);
              reload();
              if (message) notifySuccess(message);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function SystemEditor({
  system,
  subprocessors,
  onDone,
}: {
  system: System | null;
  subprocessors: Subprocessor[];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [current, setCurrent] = useState<System | null>(system);
  const [conflict, setConflict] = useState<System | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SystemForm, unknown, SystemOutput>({
    resolver: schemaResolver<SystemForm, SystemOutput>(systemFields, prepare),
    defaultValues: system ? toForm(system) : EMPTY,
  });
  const mode = useWatch({ control, name: 'supplierMode' });
  const err = (n: string) => issueText(t, errorAt(errors, n));

  function failed(e: unknown) {
    if (isApiError(e, 'CONFLICT')) {
      const details = e.error.details as { current?: System; messageKey?: string } | undefined;
      if (details?.current && !details.messageKey) setConflict(details.current);
      else setSaveError(failureText(t, e));
    } else if (isApiError(e, 'INVALID_INPUT')) {
      const rest = applyServerIssues(setError, e.error.issues, (n) => FIELDS.has(n), 'fields');
      setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
    } else {
      setSaveError(t(errorKey(e)));
    }
  }

  async function save(fields: SystemOutput) {
    setSaveError(null);
    setConflict(null);
    try {
      const saved = current
        ? await call('systems.update', { id: current.id, revision: current.revision, fields })
        : await call('systems.create', fields);
      onDone(t('systems.saved', { name: saved.name }));
    } catch (e) {
      failed(e);
    }
  }

  function confirmDelete() {
    if (!current) return;
    modals.openConfirmModal({
      title: t('systems.deleteTitle'),
      children: <Text size="sm">{t('systems.deleteText', { name: current.name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('systems.delete', { id: current.id, revision: current.revision });
          onDone(t('systems.deleted', { name: current.name }));
        } catch (e) {
          failed(e);
        }
      },
    });
  }

  const subprocessorOptions = subprocessors.map((s) => ({ value: String(s.id), label: `${s.name} (${countryName(s.country, lang)})` }));
  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={current ? current.name : t('systems.newTitle')}>
      <Stack gap="sm">
        {conflict && (
          <ConflictAlert
            onReload={() => {
              setCurrent(conflict);
              reset(toForm(conflict));
              setConflict(null);
            }}
          />
        )}
        <TextInput
          label={t('field.name')}
          description={t('systems.nameHelp')}
          {...register('name')}
          error={err('name')}
          withAsterisk
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('systems.kind')}
            {...register('kind')}
            data={SYSTEM_KINDS.map((k) => ({ value: k, label: enumLabel('systemKind', k, lang) }))}
            error={err('kind')}
          />
          <NativeSelect
            label={t('systems.hosting')}
            {...register('hosting')}
            data={HOSTING_KINDS.map((k) => ({ value: k, label: enumLabel('hostingKind', k, lang) }))}
            error={err('hosting')}
          />
          <Controller
            control={control}
            name="country"
            render={({ field }) => (
              <Select
                label={t('systems.country')}
                searchable
                data={countryOptions(lang)}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                ref={field.ref}
                error={err('country')}
                nothingFoundMessage={t('activities.noCountry')}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label={t('systems.location')}
          description={t('systems.locationHelp')}
          {...register('location')}
          error={err('location')}
        />
        <Stack gap={6}>
          <Controller
            control={control}
            name="supplierMode"
            render={({ field }) => (
              <div>
                <Text size="sm" fw={500} id="supplier-mode-label">
                  {t('systems.supplier')}
                </Text>
                <SegmentedControl
                  aria-labelledby="supplier-mode-label"
                  value={field.value}
                  onChange={field.onChange}
                  data={[
                    { value: 'subprocessor', label: t('systems.supplierSub') },
                    { value: 'other', label: t('systems.supplierOther') },
                  ]}
                  mt={4}
                />
              </div>
            )}
          />
          {mode === 'subprocessor' ? (
            <Controller
              control={control}
              name="subprocessorId"
              render={({ field }) => (
                <Select
                  label={t('systems.subprocessor')}
                  description={subprocessors.length === 0 ? t('systems.noSubprocessors') : undefined}
                  searchable
                  clearable
                  data={subprocessorOptions}
                  value={field.value === null ? null : String(field.value)}
                  onChange={(v) => field.onChange(v === null ? null : Number(v))}
                  error={err('subprocessorId')}
                />
              )}
            />
          ) : (
            <TextInput
              label={t('systems.supplierName')}
              description={t('systems.supplierNameHelp')}
              {...register('supplierName')}
              error={err('supplierName')}
            />
          )}
        </Stack>
        <Textarea label={t('systems.notes')} autosize minRows={2} {...register('notes')} error={err('notes')} />
        {current && (
          <Paper withBorder p="sm" radius="sm" bg="gray.0">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('systems.linkedActivities')}
                </Title>
                {current.activities.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('systems.none')}
                  </Text>
                ) : (
                  <List size="sm">
                    {current.activities.map((a) => (
                      <List.Item key={a.id}>
                        <Anchor component={Link} to={`/behandlingar/${a.id}`} size="sm">
                          {a.name}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                )}
              </div>
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('systems.linkedServices')}
                </Title>
                {current.services.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('systems.none')}
                  </Text>
                ) : (
                  <List size="sm">
                    {current.services.map((s) => (
                      <List.Item key={s.id}>
                        <Anchor component={Link} to={`/tjanster/${s.id}`} size="sm">
                          {s.name}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                )}
              </div>
            </SimpleGrid>
          </Paper>
        )}
        <ErrorLine message={saveError} />
        <Group justify="space-between" mt="md">
          {current ? (
            <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
              {t('common.delete')}
            </Button>
          ) : (
            <span />
          )}
          <FormActions>
            <Button variant="default" onClick={() => onDone(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('common.save')}
            </Button>
          </FormActions>
        </Group>
      </Stack>
    </form>
  );
}
