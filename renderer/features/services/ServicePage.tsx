import { Alert, Badge, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconArchiveOff, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { emptyService, serviceFields, type Service, type ServiceFields } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { CompletenessPanel } from '../../ui/Completeness';
import { ErrorLine } from '../../ui/FormBits';
import { formatDateTime } from '../../ui/format';
import { formValues, schemaResolver } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useLookups } from '../../ui/useLookups';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { NoticePrompt } from '../change-notices/NoticePrompt';
import { HistoryPanel } from '../history/HistoryPanel';
import { ServiceFieldsets } from './fieldsets';
import { Subscribers } from './Subscribers';

type ServiceOutput = z.output<typeof serviceFields>;

const FIELD_ROOTS = new Set(Object.keys(serviceFields.shape));

/** The form of a saved service is its fields. */
const toForm = (s: Service): ServiceFields => formValues(serviceFields, s);

/** /tjanster/ny and /tjanster/:id: create or edit one service. */
export function ServicePage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record: service, loadError } = useRecordLoad(id, (serviceId) => call('services.get', { id: serviceId }));
  if (id !== null && !service) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <ServiceEditor key={service?.id ?? 'new'} initial={service} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.services.list} label={t('services.back')} />;
}

function ServiceEditor({ initial }: { initial: Service | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lookups = useLookups();
  const form = useForm<ServiceFields, unknown, ServiceOutput>({
    resolver: schemaResolver<ServiceFields, ServiceOutput>(serviceFields),
    defaultValues: initial ? toForm(initial) : emptyService,
  });
  const {
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting, isDirty },
  } = form;

  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'services',
    listPath: paths.services.list,
    create: (values: ServiceOutput) => call('services.create', values),
    update: (s, values) => call('services.update', { id: s.id, revision: s.revision, fields: values }),
    remove: (s) => call('services.delete', { id: s.id, revision: s.revision }),
    inUseKey: 'services.inUseHistory',
  });
  const { record: service, inUse, busy } = editor;

  const setArchived = (archived: boolean) =>
    editor.act(async (current) => {
      const saved = await call('services.update', {
        id: current.id,
        revision: current.revision,
        fields: { ...toForm(current), status: archived ? 'archived' : 'active' },
      });
      editor.accept(saved);
      notifySuccess(archived ? t('services.archived', { name: saved.name }) : t('services.unarchived', { name: saved.name }));
    }, 'fields');

  const archived = service?.status === 'archived';
  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={service ? service.name : t('services.newTitle')}
        description={
          service ? (
            <Group gap="xs" component="span">
              <Badge variant={archived ? 'outline' : 'light'} color={archived ? 'orange' : 'teal'} size="sm">
                {enumLabel('serviceStatus', service.status, lang)}
              </Badge>
              <span>{t('services.customers', { count: service.subscriberCount })}</span>
              <span>·</span>
              <span>{t('services.updatedAt', { date: formatDateTime(service.updatedAt) })}</span>
            </Group>
          ) : (
            t('services.newDescription')
          )
        }
        actions={
          service ? (
            <>
              <Button
                variant="default"
                leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                onClick={() => void setArchived(!archived)}
                loading={busy}
              >
                {archived ? t('services.unarchive') : t('services.archive')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={editor.confirmDelete} disabled={busy}>
                {t('common.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <RecordConflict editor={editor} />
      {service && <NoticePrompt serviceId={service.id} />}
      {inUse && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={20} />}
          title={t('services.inUseTitle')}
          role="alert"
          withCloseButton
          onClose={() => editor.setInUse(null)}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{inUse}</Text>
            {!archived && (
              <Button
                size="xs"
                variant="white"
                color="orange"
                leftSection={<IconArchive size={14} />}
                onClick={() => void setArchived(true)}
              >
                {t('services.archive')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {lookups.error ? <ErrorLine message={t('services.lookupsFailed')} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <FormProvider {...form}>
            <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={service ? service.name : t('services.newTitle')}>
              <Stack gap="md">
                <ServiceFieldsets lookups={lookups} />
                {/* The in-use refusal has its own alert above, with the offer to archive instead. */}
                <FormFooter
                  editor={{ ...editor, inUse: null }}
                  submitting={isSubmitting}
                  dirty={isDirty}
                  onUndo={() => reset(service ? toForm(service) : emptyService)}
                />
              </Stack>
            </form>
          </FormProvider>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            {service ? (
              <>
                <CompletenessPanel completeness={service.completeness} />
                <Subscribers service={service} />
              </>
            ) : (
              <Card withBorder padding="md">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconInfoCircle size={18} color="var(--mantine-color-forteckna-6)" style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="sm">{t('services.newHint')}</Text>
                </Group>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {service && (
        <HistoryPanel
          kind="service"
          recordId={service.id}
          onRestored={() => call('services.get', { id: service.id }).then(editor.accept)}
        />
      )}
    </Stack>
  );
}
