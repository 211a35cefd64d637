import { ActionIcon, Alert, Badge, Button, CopyButton, Grid, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconAlertCircle,
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconCopy,
  IconPencil,
  IconPlus,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementClause, AgreementTemplate } from '../../../shared/contract';
import { call, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { conflictCurrent } from '../../ui/failures';
import { formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useCall } from '../../ui/useCall';
import { ClauseForm } from './ClauseForm';

/** The later of two answers: the template's revision goes up with every change. */
const newer = (a: AgreementTemplate | undefined | null, b: AgreementTemplate | undefined | null) =>
  (a && b ? (b.revision > a.revision ? b : a) : (a ?? b)) ?? null;

/** /pub-avtal/mall: the register's clause template – edit, add, remove, reorder, reset. */
export function AgreementTemplatePage() {
  const { t } = useTranslation();
  // What the core last said: the loaded template (reloaded after any change to it) or the answer to our own change.
  const loaded = useCall('agreementTemplate.get', {}, { reloadOn: ['agreementTemplate'] });
  const [answered, setAnswered] = useState<AgreementTemplate | null>(null);
  const template = newer(loaded.data, answered);
  const [editingId, setEditing] = useState<number | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // A clause removed elsewhere is no longer being edited.
  const editing = editingId === 'new' || template?.clauses.some((c) => c.id === editingId) ? editingId : null;

  const known = useMemo(() => new Set(template?.placeholders.map((p) => p.name) ?? []), [template]);

  /** Someone changed the template elsewhere: show the latest and say so. */
  function changedElsewhere(e: unknown) {
    setEditing(null);
    setNotice(t('template.changedElsewhere'));
    const current = conflictCurrent<AgreementTemplate>(e);
    if (current) setAnswered(current);
    else loaded.reload();
  }

  async function change(work: () => Promise<AgreementTemplate>, done?: string) {
    setBusy(true);
    try {
      setAnswered(await work());
      setNotice(null);
      if (done) notifySuccess(done);
    } catch (e) {
      if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) changedElsewhere(e);
      else notifyError(t, e);
    } finally {
      setBusy(false);
    }
  }

  /** A clause form saved: the template as it now is, and no clause open. */
  function saved(next: AgreementTemplate) {
    setAnswered(next);
    setNotice(null);
    setEditing(null);
  }

  function confirmRemove(clause: AgreementClause) {
    modals.openConfirmModal({
      title: t('template.removeTitle'),
      children: <Text size="sm">{t('template.removeText', { title: clause.titleSv })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void change(() => call('agreementTemplate.deleteClause', { id: clause.id, revision: clause.revision }), t('template.removed')),
    });
  }

  function confirmReset(current: AgreementTemplate) {
    modals.openConfirmModal({
      title: t('template.resetTitle'),
      children: <Text size="sm">{t('template.resetText')}</Text>,
      labels: { confirm: t('template.reset'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setEditing(null);
        void change(() => call('agreementTemplate.reset', { revision: current.revision }), t('template.resetDone'));
      },
    });
  }

  const back = <BackLink to={paths.agreements.list} label={t('agreements.back')} />;
  if (!template) return <RecordLoading back={back} loadError={loaded.error} />;

  const count = template.clauses.length;
  return (
    <Stack gap="md">
      {back}
      <PageHeader
        title={t('template.title')}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" color={template.isDefault ? 'teal' : 'blue'} size="sm">
              {template.isDefault ? t('template.isDefault') : t('template.isCustom')}
            </Badge>
            <span>{t('template.versionN', { version: template.version })}</span>
            <span>·</span>
            <span>{t('template.updatedAt', { date: formatDateTime(template.updatedAt) })}</span>
          </Group>
        }
        actions={
          <Button
            variant="default"
            color="red"
            leftSection={<IconRestore size={16} />}
            onClick={() => confirmReset(template)}
            disabled={template.isDefault || busy}
          >
            {t('template.reset')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('template.description')}
      </Text>
      {notice && (
        <Alert color="orange" withCloseButton onClose={() => setNotice(null)} role="alert" py="xs">
          {notice}
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm" component="section" aria-labelledby="template-clauses-title">
            <Title order={2} size="h3" id="template-clauses-title">
              {t('template.clauses')}
            </Title>
            {count === 0 && (
              <Paper withBorder p="md">
                <Text size="sm" c="dimmed">
                  {t('template.empty')}
                </Text>
              </Paper>
            )}
            {template.clauses.map((clause, index) => {
              const n = index + 1;
              if (editing === clause.id) {
                return (
                  <ClauseForm
                    key={clause.id}
                    template={template}
                    clauseId={clause.id}
                    known={known}
                    label={t('template.edit', { n })}
                    onSaved={saved}
                    onCancel={() => setEditing(null)}
                  />
                );
              }
              const locked = busy || editing !== null;
              return (
                <ClauseCard
                  key={clause.id}
                  clause={clause}
                  n={n}
                  first={index === 0}
                  last={index === count - 1}
                  locked={locked}
                  onEdit={() => setEditing(clause.id)}
                  onMove={(to) =>
                    void change(() => call('agreementTemplate.moveClause', { id: clause.id, revision: clause.revision, position: to }))
                  }
                  onRemove={() => confirmRemove(clause)}
                />
              );
            })}
            {editing === 'new' ? (
              <ClauseForm
                template={template}
                clauseId={null}
                known={known}
                label={t('template.newClause')}
                onSaved={saved}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setEditing('new')}
                  disabled={busy || editing !== null}
                >
                  {t('template.add')}
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} style={{ position: 'sticky', top: 72 }}>
          <Placeholders template={template} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface ClauseCardProps {
  clause: AgreementClause;
  n: number;
  first: boolean;
  last: boolean;
  locked: boolean;
  onEdit: () => void;
  onMove: (position: number) => void;
  onRemove: () => void;
}

function ClauseCard({ clause, n, first, last, locked, onEdit, onMove, onRemove }: ClauseCardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = lang === 'en' && clause.titleEn.trim() ? clause.titleEn : clause.titleSv;
  const body = lang === 'en' && clause.bodyEn.trim() ? clause.bodyEn : clause.bodySv;
  const unknown = clause.unknownPlaceholders;
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={t('template.clauseN', { n })}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <Text size="xs" c="dimmed" fw={600}>
              {t('template.clauseN', { n })}
            </Text>
            {clause.code === null && (
              <Badge size="xs" variant="light" color="blue">
                {t('template.ownClause')}
              </Badge>
            )}
          </Group>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
            {body}
          </Text>
          {!clause.titleEn.trim() && !clause.bodyEn.trim() && (
            <Text size="xs" c="orange.8">
              {t('template.noEnglish')}
            </Text>
          )}
        </Stack>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('template.edit', { n })}>
            <ActionIcon variant="subtle" color="gray" onClick={onEdit} disabled={locked} aria-label={t('template.edit', { n })}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('template.moveUp', { n })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => onMove(n - 2)}
              disabled={locked || first}
              aria-label={t('template.moveUp', { n })}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('template.moveDown', { n })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => onMove(n)}
              disabled={locked || last}
              aria-label={t('template.moveDown', { n })}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('template.remove', { n })}>
            <ActionIcon variant="subtle" color="red" onClick={onRemove} disabled={locked} aria-label={t('template.remove', { n })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {unknown.length > 0 && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('template.unknownTitle')} mt="sm" py="xs" role="alert">
          {t('template.unknownText', { names: unknown.map((p) => `{{${p}}}`).join(', ') })}
        </Alert>
      )}
    </Paper>
  );
}

/** The placeholders a clause (or the notice letter) may use, each with what it stands for and a copy button. */
export function Placeholders({ template, help }: { template: Pick<AgreementTemplate, 'placeholders'>; help?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="template-placeholders-title">
      <Title order={2} size="h4" id="template-placeholders-title">
        {t('template.placeholders')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {help ?? t('template.placeholdersHelp')}
      </Text>
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none', maxHeight: 'calc(100vh - 260px)', overflowY: 'auto' }}>
        {template.placeholders.map((p) => {
          const code = `{{${p.name}}}`;
          return (
            <Group key={p.name} component="li" justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="xs" ff="monospace" fw={600} style={{ wordBreak: 'break-all' }}>
                  {code}
                </Text>
                <Text size="xs" c="dimmed">
                  {lang === 'en' ? p.en : p.sv}
                </Text>
              </div>
              <CopyButton value={code}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('template.copied') : t('template.copy', { name: code })}>
                    <ActionIcon
                      variant="subtle"
                      color={copied ? 'teal' : 'gray'}
                      size="sm"
                      onClick={copy}
                      aria-label={t('template.copy', { name: code })}
                    >
                      {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
