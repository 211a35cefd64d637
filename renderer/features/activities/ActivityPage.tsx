import { Anchor, Badge, Box, Button, Grid, Group, List, NavLink, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconCircleCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Activity } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { CompletenessBadge, useMissingText } from '../../ui/Completeness';
import { ErrorLine } from '../../ui/FormBits';
import { formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useLookups, type Lookups } from '../../ui/useLookups';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { STATUS_COLOR } from './ActivitiesPage';
import {
  activityResolver,
  EMPTY,
  FIELD_ROOTS,
  SECTION_OF,
  SECTIONS,
  sectionId,
  toForm,
  type ActivityForm,
  type ActivityOutput,
} from './form';
import { ActivitySections } from './sections/ActivitySections';
import { HistoryPanel } from '../history/HistoryPanel';

/** /behandlingar/ny and /behandlingar/:id: create or edit one processing activity. */
export function ActivityPage() {
  const { t } = useTranslation();
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record: activity, loadError } = useRecordLoad(id, (activityId) => call('activities.get', { id: activityId }));
  const lookups = useLookups(undefined, { archivedTerms: false });

  if ((id !== null && !activity) || !lookups.loaded) return <RecordLoading back={<Back />} loadError={loadError} />;
  return (
    <Stack gap="md">
      <ErrorLine message={lookups.error ? t('activities.lookupsFailed', { error: t(errorKey(lookups.error)) }) : null} />
      <ActivityEditor key={activity?.id ?? 'new'} initial={activity} lookups={lookups} />
    </Stack>
  );
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.activities.list} label={t('activities.back')} />;
}

function scrollToSection(key: string) {
  document.getElementById(sectionId(key))?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/** What the saved activity still lacks, each item a link to its section. */
function CompletenessPanel({ activity, dirty }: { activity: Activity | null; dirty: boolean }) {
  const { t } = useTranslation();
  const missingText = useMissingText();
  return (
    <Paper withBorder p="md" radius="md" role="region" aria-label={t('activities.completenessTitle')}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            {t('activities.completenessTitle')}
          </Title>
          {activity && <CompletenessBadge completeness={activity.completeness} size="md" />}
        </Group>
        {!activity ? (
          <Text size="sm" c="dimmed">
            {t('activities.completenessNew')}
          </Text>
        ) : activity.completeness.missing.length === 0 ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon color="teal" variant="light" size="sm" radius="xl">
              <IconCircleCheck size={14} />
            </ThemeIcon>
            <Text size="sm">{t('completeness.done')}</Text>
          </Group>
        ) : (
          <>
            <Text size="sm">{t('activities.completenessMissing', { count: activity.completeness.missing.length })}</Text>
            <List size="sm" spacing={4} aria-label={t('activities.missingList')}>
              {activity.completeness.missing.map((item) => (
                <List.Item key={`${item.field}-${item.message}`}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    onClick={() => scrollToSection(SECTION_OF[item.field.split('.')[0] ?? ''] ?? 'basics')}
                  >
                    {missingText(item)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </>
        )}
        {activity && dirty && (
          <Text size="xs" c="dimmed">
            {t('activities.completenessSaved')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function SectionNav() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={4} radius="md" component="nav" aria-label={t('activities.sectionsNav')}>
      {SECTIONS.map((key) => (
        <NavLink
          key={key}
          component="button"
          type="button"
          label={t(`activities.section.${key}`)}
          onClick={() => scrollToSection(key)}
          py={4}
          style={{ borderRadius: 4 }}
        />
      ))}
    </Paper>
  );
}

function ActivityEditor({ initial, lookups }: { initial: Activity | null; lookups: Lookups }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const form = useForm<ActivityForm, unknown, ActivityOutput>({
    resolver: activityResolver(),
    defaultValues: initial ? toForm(initial) : EMPTY,
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
    texts: 'activities',
    listPath: paths.activities.list,
    create: (values: ActivityOutput) => call('activities.create', values),
    update: (a, values) => call('activities.update', { id: a.id, revision: a.revision, fields: values }),
    remove: (a) => call('activities.delete', { id: a.id, revision: a.revision }),
    fieldsFailedText: t('activities.fixFields'),
  });
  const { record: activity, busy } = editor;

  const setArchived = (archived: boolean) =>
    editor.act(async (a) => {
      const saved = await call('activities.setArchived', { id: a.id, revision: a.revision, archived });
      editor.accept(saved, true);
      notifySuccess(archived ? t('activities.archived', { name: saved.name }) : t('activities.unarchived', { name: saved.name }));
    });

  const duplicate = () =>
    editor.act(async (a) => {
      const copy = await call('activities.duplicate', { id: a.id });
      notifySuccess(t('activities.duplicated', { name: copy.name }));
      void navigate(paths.activities.one(copy.id));
    });

  const archived = activity?.status === 'archived';
  const title = activity ? (activity.refNo ? `${activity.refNo} ${activity.name}` : activity.name) : t('activities.newTitle');
  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={title}
        description={
          activity ? (
            <Group gap="xs" component="span">
              <Badge variant="light" color={STATUS_COLOR[activity.status]} size="sm">
                {enumLabel('activityStatus', activity.status, lang)}
              </Badge>
              <CompletenessBadge completeness={activity.completeness} />
              <span>{t('activities.updatedAt', { date: formatDateTime(activity.updatedAt) })}</span>
            </Group>
          ) : (
            t('activities.newDescription')
          )
        }
        actions={
          activity ? (
            <>
              <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void duplicate()} disabled={busy}>
                {t('activities.duplicate')}
              </Button>
              <Button
                variant="default"
                leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                onClick={() => void setArchived(!archived)}
                loading={busy}
              >
                {archived ? t('activities.unarchive') : t('activities.archive')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={editor.confirmDelete} disabled={busy}>
                {t('common.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <RecordConflict editor={editor} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8.5 }}>
          <FormProvider {...form}>
            <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={activity ? activity.name : t('activities.newTitle')}>
              <Stack gap="md">
                <ActivitySections lookups={lookups} activity={activity} />
                <Box pos="sticky" bottom={0} bg="white" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}>
                  <FormFooter
                    editor={editor}
                    submitting={isSubmitting}
                    dirty={isDirty}
                    onUndo={() => reset(activity ? toForm(activity) : EMPTY)}
                  />
                </Box>
              </Stack>
            </form>
          </FormProvider>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3.5 }} style={{ position: 'sticky', top: 72 }}>
          <Stack gap="md">
            <CompletenessPanel activity={activity} dirty={isDirty} />
            <SectionNav />
          </Stack>
        </Grid.Col>
      </Grid>
      {activity && (
        <HistoryPanel
          kind="activity"
          recordId={activity.id}
          onRestored={() => call('activities.get', { id: activity.id }).then(editor.accept)}
        />
      )}
    </Stack>
  );
}
