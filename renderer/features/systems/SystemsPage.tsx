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
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { emptySystem, systemFields, type MethodOutput, type System, type SystemFields } from '../../../shared/contract';
import { HOSTING_KINDS, SYSTEM_KINDS } from '../../../shared/domain/enums';
import { enumLabel, locationLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { NameCell } from '../../ui/cells';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { useCall } from '../../ui/useCall';
import { useLang } from '../../ui/lang';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { HistoryPanel } from '../history/HistoryPanel';
import { LocationFields } from './LocationFields';

type Subprocessor = MethodOutput<'subprocessors.list'>[number];
type SystemForm = SystemFields & { supplierMode: 'subprocessor' | 'other' };
type SystemOutput = z.output<typeof systemFields>;

const EMPTY: SystemForm = { ...emptySystem, supplierMode: 'other' };

const FIELD_ROOTS = new Set(Object.keys(EMPTY));

const toForm = (s: System): SystemForm => ({
  ...formValues(systemFields, s),
  supplierMode: s.subprocessorId !== null ? 'subprocessor' : 'other',
});

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
  const list = useCall('systems.list', { query: debounced }, { keepPrevious: true });
  const subprocessors = useCall('subprocessors.list', {}, { reloadOn: ['subprocessors'] }).data ?? [];
  const [openError, setOpenError] = useState<unknown>(null);
  const [editing, setEditing] = useState<System | 'new' | null>(null);
  const systems = list.data;
  const loadError = list.error ?? openError;

  /** Opens the latest version of the system (the list may be a moment old). */
  const open = (s: Pick<System, 'id'>) => {
    setOpenError(null);
    call('systems.get', { id: s.id })
      .then(setEditing)
      .catch((e: unknown) => {
        setOpenError(e);
        list.reload();
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
  const columns: ColumnDef<System, unknown>[] = [
    {
      id: 'name',
      header: t('field.name'),
      size: 220,
      cell: ({ row: { original: s } }) => <NameCell name={s.name} detail={s.location} />,
    },
    {
      id: 'kind',
      header: t('systems.kind'),
      cell: ({ row: { original: s } }) => <Text size="sm">{enumLabel('systemKind', s.kind, lang)}</Text>,
    },
    {
      id: 'hosting',
      header: t('systems.hosting'),
      cell: ({ row: { original: s } }) => <Text size="sm">{enumLabel('hostingKind', s.hosting, lang)}</Text>,
    },
    {
      id: 'country',
      header: t('systems.place'),
      cell: ({ row: { original: s } }) => (
        <Group gap={4} wrap="wrap">
          <Text size="sm">{locationLabel(s, lang)}</Text>
          {!s.inEea && (
            <Badge size="xs" color="orange" variant="light" style={{ textTransform: 'none', flexShrink: 0, maxWidth: 'none' }}>
              {t('systems.thirdCountry')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      id: 'supplier',
      header: t('systems.supplier'),
      cell: ({ row: { original: s } }) => <Text size="sm">{supplier(s)}</Text>,
    },
    {
      id: 'usedBy',
      header: t('systems.usedBy'),
      cell: ({ row: { original: s } }) => (
        <Text size="sm" c={s.activities.length + s.services.length === 0 ? 'dimmed' : undefined}>
          {t('systems.usedByCount', { activities: s.activities.length, services: s.services.length })}
        </Text>
      ),
    },
  ];

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
        <DataTable<System>
          label={t('area.systems')}
          rows={systems ?? []}
          columns={columns}
          getRowId={(s) => String(s.id)}
          rowLabel={(s) => s.name}
          onRowClick={open}
          emptyText={debounced ? t('systems.noMatch') : t('systems.empty')}
          wrap
        />
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
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function SystemEditor({ system, subprocessors, onClose }: { system: System | null; subprocessors: Subprocessor[]; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
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
  const editor = useRecordEditor({
    initial: system,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'systems',
    onSaved: onClose,
    onDeleted: onClose,
    create: (fields: SystemOutput) => call('systems.create', fields),
    update: (s, fields) => call('systems.update', { id: s.id, revision: s.revision, fields }),
    remove: (s) => call('systems.delete', { id: s.id, revision: s.revision }),
    inUseKey: 'e.inUse.system',
  });
  const { record } = editor;
  const mode = useWatch({ control, name: 'supplierMode' });
  const err = (n: string) => issueText(t, errorAt(errors, n));

  const subprocessorOptions = subprocessors.map((s) => ({ value: String(s.id), label: `${s.name} (${locationLabel(s, lang)})` }));
  return (
    <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={record ? record.name : t('systems.newTitle')}>
      <Stack gap="sm">
        <RecordConflict editor={editor} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('field.name')}
            description={t('systems.nameHelp')}
            {...register('name')}
            error={err('name')}
            withAsterisk
            data-autofocus
          />
          <TextInput label={t('systems.nameEn')} description={t('english.help')} lang="en" {...register('nameEn')} error={err('nameEn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
        </SimpleGrid>
        <LocationFields control={control} error={err} countryLabel={t('systems.country')} />
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
        {record && (
          <Paper withBorder p="sm" radius="sm" bg="gray.0">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('systems.linkedActivities')}
                </Title>
                {record.activities.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('systems.none')}
                  </Text>
                ) : (
                  <List size="sm">
                    {record.activities.map((a) => (
                      <List.Item key={a.id}>
                        <Anchor component={Link} to={paths.activities.one(a.id)} size="sm">
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
                {record.services.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('systems.none')}
                  </Text>
                ) : (
                  <List size="sm">
                    {record.services.map((s) => (
                      <List.Item key={s.id}>
                        <Anchor component={Link} to={paths.services.one(s.id)} size="sm">
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
        <FormFooter editor={editor} submitting={isSubmitting} onDelete={record ? editor.confirmDelete : undefined} onCancel={onClose} />
        {record && (
          <HistoryPanel kind="system" recordId={record.id} onRestored={() => call('systems.get', { id: record.id }).then(editor.accept)} />
        )}
      </Stack>
    </form>
  );
}
