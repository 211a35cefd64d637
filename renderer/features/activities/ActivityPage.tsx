import { Anchor, Badge, Box, Button, Center, Grid, Group, List, Loader, NavLink, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconCircleCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Activity } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { ApiError, call, errorKey, isApiError } from '../../app/api';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';
import { applyServerIssues } from '../../ui/forms';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { CompletenessBadge, STATUS_COLOR, useLang, useMissingText } from './common';
import { activityResolver, EMPTY, FIELD_ROOTS, SECTION_OF, SECTIONS, sectionId, toForm, type ActivityForm, type ActivityOutput } from './form';
import {
  BasicsSection,
  DpiaSection,
  OtherSection,
  PurposesSection,
  RecipientsSection,
  RetentionSection,
  SecuritySection,
  SensitiveSection,
  SourcesSection,
  SubjectsSection,
  SystemsSection,
  TransfersSection,
} from './sections';
import { useLookups } from './useLookups';

/** /behandlingar/ny and /behandlingar/:id: create or edit one processing activity. */
export function ActivityPage() {
  const { t } = useTranslation();
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const [activity, setActivity] = useState<Activity | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const lookups = useLookups();

  useEffect(() => {
    let alive = true;
    setActivity(null);
    setLoadError(null);
    if (id === null) return;
    if (!Number.isInteger(id) || id <= 0) {
      setLoadError(new ApiError({ code: 'NOT_FOUND', message: 'not found' }));
      return;
    }
    call('activities.get', { id })
      .then((a) => alive && setActivity(a))
      .catch((e: unknown) => alive && setLoadError(e));
    return () => {
      alive = false;
    };
  }, [id]);

  if ((id !== null && !activity) || !lookups.loaded) {
    return (
      <Stack>
        <BackLink />
        {loadError ? (
          <ErrorLine message={t(errorKey(loadError))} />
        ) : (
          <Center p="xl">
            <Loader aria-label={t('common.working')} />
          </Center>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <ErrorLine message={lookups.error ? t('activities.lookupsFailed', { error: t(errorKey(lookups.error)) }) : null} />
      <ActivityEditor key={activity?.id ?? 'new'} initial={activity} lookups={lookups.lookups} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/behandlingar" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('activities.back')}
      </Group>
    </Anchor>
  );
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
            <Text size="sm">{t('activities.completenessDone')}</Text>
          </Group>
        ) : (
          <>
            <Text size="sm">{t('activities.completenessMissing', { count: activity.completeness.missing.length })}</Text>
            <List size="sm" spacing={4} aria-label={t('activities.missingList')}>
              {activity.completeness.missing.map((item) => (
                <List.Item key={`${item.field}-${item.message}`}>
                  <Anchor component="button" type="button" size="sm" ta="left" onClick={() => scrollToSection(SECTION_OF[item.field.split('.')[0] ?? ''] ?? 'basics')}>
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
        <NavLink key={key} component="button" type="button" label={t(`activities.section.${key}`)} onClick={() => scrollToSection(key)} py={4} style={{ borderRadius: 4 }} />
      ))}
    </Paper>
  );
}

function ActivityEditor({ initial, lookups }: { initial: Activity | null; lookups: ReturnType<typeof useLookups>['lookups'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [activity, setActivity] = useState<Activity | null>(initial);
  const [conflict, setConflict] = useState<Activity | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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

  /** CONFLICT → offer the latest version; INVALID_INPUT → per field; anything else → one line. */
  function handleFailure(e: unknown, prefix?: string) {
    if (isApiError(e, 'CONFLICT')) {
      const current = (e.error.details as { current?: Activity } | undefined)?.current;
      if (current) setConflict(current);
      else setSaveError(t('e.CONFLICT'));
    } else if (isApiError(e, 'INVALID_INPUT')) {
      const rest = applyServerIssues(setError, e.error.issues, (n) => FIELD_ROOTS.has(n.split('.')[0] ?? ''), prefix);
      setSaveError(rest.length ? t('e.INVALID_INPUT') : t('activities.fixFields'));
    } else {
      setSaveError(t(errorKey(e)));
    }
  }

  async function save(values: ActivityOutput) {
    setSaveError(null);
    setConflict(null);
    try {
      if (activity) {
        const saved = await call('activities.update', { id: activity.id, revision: activity.revision, fields: values });
        setActivity(saved);
        reset(toForm(saved));
        notifySuccess(t('activities.saved', { name: saved.name }));
      } else {
        const created = await call('activities.create', values);
        notifySuccess(t('activities.created', { name: created.name }));
        void navigate(`/behandlingar/${created.id}`, { replace: true });
      }
    } catch (e) {
      handleFailure(e, 'fields');
    }
  }

  async function setArchived(archived: boolean) {
    if (!activity) return;
    setBusy(true);
    setSaveError(null);
    try {
      const saved = await call('activities.setArchived', { id: activity.id, revision: activity.revision, archived });
      setActivity(saved);
      reset(toForm(saved), { keepDirtyValues: true });
      notifySuccess(archived ? t('activities.archived', { name: saved.name }) : t('activities.unarchived', { name: saved.name }));
    } catch (e) {
      handleFailure(e);
    } finally {
      setBusy(false);
    }
  }

  async function duplicate() {
    if (!activity) return;
    setBusy(true);
    setSaveError(null);
    try {
      const copy = await call('activities.duplicate', { id: activity.id });
      notifySuccess(t('activities.duplicated', { name: copy.name }));
      void navigate(`/behandlingar/${copy.id}`);
    } catch (e) {
      handleFailure(e);
    } finally {
      setBusy(false);
    }
  }

  function confirmDelete() {
    if (!activity) return;
    modals.openConfirmModal({
      title: t('activities.deleteTitle'),
      children: <Text size="sm">{t('activities.deleteText', { name: activity.name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('activities.delete', { id: activity.id, revision: activity.revision });
          notifySuccess(t('activities.deleted', { name: activity.name }));
          void navigate('/behandlingar');
        } catch (e) {
          handleFailure(e);
        }
      },
    });
  }

  function loadLatest() {
    if (!conflict) return;
    setActivity(conflict);
    reset(toForm(conflict));
    setConflict(null);
  }

  const archived = activity?.status === 'archived';
  const title = activity ? (activity.refNo ? `${activity.refNo} ${activity.name}` : activity.name) : t('activities.newTitle');
  return (
    <Stack gap="md">
      <BackLink />
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
              <Button variant="default" leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />} onClick={() => void setArchived(!archived)} loading={busy}>
                {archived ? t('activities.unarchive') : t('activities.archive')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete} disabled={busy}>
                {t('common.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      {conflict && <ConflictAlert onReload={loadLatest} />}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8.5 }}>
          <FormProvider {...form}>
            <form onSubmit={handleSubmit(save)} noValidate aria-label={activity ? activity.name : t('activities.newTitle')}>
              <Stack gap="md">
                <BasicsSection archived={archived} />
                <PurposesSection />
                <SubjectsSection lookups={lookups} activity={activity} />
                <SensitiveSection />
                <RecipientsSection lookups={lookups} />
                <TransfersSection />
                <SystemsSection lookups={lookups} activity={activity} />
                <RetentionSection lookups={lookups} activity={activity} />
                <SecuritySection lookups={lookups} />
                <SourcesSection />
                <DpiaSection />
                <OtherSection />
                <Box
                  pos="sticky"
                  bottom={0}
                  bg="white"
                  py="xs"
                  style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
                >
                  <ErrorLine message={saveError} />
                  <FormActions>
                    <Button variant="default" disabled={!isDirty || isSubmitting} onClick={() => reset(activity ? toForm(activity) : EMPTY)}>
                      {t('common.undo')}
                    </Button>
                    <Button type="submit" loading={isSubmitting}>
                      {t('common.save')}
                    </Button>
                  </FormActions>
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
    </Stack>
  );
}
