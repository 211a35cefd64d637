import { Alert, Anchor, Button, Code, Grid, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCircleDashed,
  IconFilePlus,
  IconFileTypeDocx,
  IconHistory,
  IconSend,
  IconSignature,
  IconX,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { agreementMethods, type Agreement, type AgreementStatus } from '../../../shared/contract';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { errorAt, issueText, schemaResolver } from '../../ui/forms';
import { formatDate, formatDateTime } from '../../ui/format';
import { todayIso, useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { CustomerChangeFlags } from '../change-notices/NoticeSections';
import { HistoryPanel } from '../history/HistoryPanel';
import { AgreementAttachments } from './AgreementAttachments';
import { AgreementStatusBadge } from './AgreementBadges';
import { failureLine } from './failure';
import { notifySaved } from '../../ui/notifySaved';
import { formatBytes, localDate } from './format';
import { GenerateAgreementModal } from './GenerateAgreementModal';
import { LanguageVariant } from './LanguageVariant';

type StatusChange = 'sent' | 'signed' | 'terminated';

/** What a user may do next from each status (the core refuses anything else). */
const NEXT: Record<AgreementStatus, StatusChange[]> = {
  draft: ['sent', 'signed'],
  sent: ['signed'],
  signed: ['terminated'],
  terminated: [],
  superseded: [],
};

const CHANGE_BUTTON: Record<StatusChange, { key: string; icon: ReactNode; color?: string }> = {
  sent: { key: 'agreements.markSent', icon: <IconSend size={16} /> },
  signed: { key: 'agreements.markSigned', icon: <IconSignature size={16} /> },
  terminated: { key: 'agreements.markTerminated', icon: <IconX size={16} />, color: 'red' },
};

/** /pub-avtal/:id: one version of a customer's agreement. */
export function AgreementPage() {
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const { record, loadError } = useRecordLoad(id, (agreementId) => call('agreements.get', { id: agreementId }));
  if (!record) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <AgreementView key={record.id} initial={record} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.agreements.list} label={t('agreements.back')} />;
}

const notesFields = agreementMethods['agreements.update'].input.shape.fields;
type NotesOutput = z.output<typeof notesFields>;
interface NotesForm {
  effectiveOn: string;
  notes: string;
}

const NOTES_ROOTS = new Set(['notes', 'effectiveOn']);
const toNotesForm = (a: Agreement): NotesForm => ({ effectiveOn: a.effectiveOn ?? '', notes: a.notes });
const notesResolver = schemaResolver<NotesForm, NotesOutput>(notesFields, (v) => ({
  ...v,
  effectiveOn: v.effectiveOn.trim() === '' ? null : v.effectiveOn.trim(),
}));

/**
 * The version as the page holds it, and the form of what may be typed on it (effective date, notes).
 * Status changes and copies go through the same editor, so a CONFLICT from any of them is offered once.
 */
function useAgreementEditor(initial: Agreement) {
  const form = useForm<NotesForm, unknown, NotesOutput>({ resolver: notesResolver, defaultValues: toNotesForm(initial) });
  const editor = useRecordEditor({
    initial,
    reset: form.reset,
    setError: form.setError,
    toForm: toNotesForm,
    fieldRoots: NOTES_ROOTS,
    texts: 'agreements',
    update: (a, fields: NotesOutput) => call('agreements.update', { id: a.id, revision: a.revision, fields }),
  });
  return { form, editor };
}

function AgreementView({ initial }: { initial: Agreement }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { appInfo } = useAppState();
  const notes = useAgreementEditor(initial);
  const { editor } = notes;
  const agreement = editor.record ?? initial;
  const [changing, setChanging] = useState<StatusChange | null>(null);
  const [generating, setGenerating] = useState(false);
  const [saving, setSaving] = useState(false);

  /** A status change or a copy: the answer is the agreement as the core now has it; what is typed stays. */
  const changed = (next: Agreement) => editor.accept(next, true);

  async function saveDocument() {
    setSaving(true);
    try {
      const saved = await call('agreements.saveDocument', { id: agreement.id });
      if (saved) notifySaved(t, { title: t('agreements.savedTitle'), path: saved.path, reveal: appInfo?.nativeDialogs === true });
    } catch (e) {
      notifyError(t, e);
    } finally {
      setSaving(false);
    }
  }

  const a = agreement;
  const next = NEXT[a.status];
  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={t('agreements.title', { customer: a.customerName })}
        description={
          <Group gap="xs" component="span">
            <AgreementStatusBadge status={a.status} outOfDate={a.outOfDate} />
            {a.status !== 'superseded' && a.status !== 'terminated' && <CustomerChangeFlags customerId={a.customerId} />}
            <span>{t('agreements.versionN', { version: a.version })}</span>
            <span>·</span>
            <span>{a.reference}</span>
            <span>·</span>
            <span>{t(`agreements.lang.${a.lang}`)}</span>
            <span>·</span>
            <span>{t('agreements.generatedAt', { date: formatDateTime(a.generatedAt) })}</span>
            <span>·</span>
            <Anchor component={Link} to={paths.customers.one(a.customerId)} size="sm">
              {t('agreements.toCustomer')}
            </Anchor>
          </Group>
        }
        actions={
          <>
            <Button leftSection={<IconFileTypeDocx size={16} />} onClick={() => void saveDocument()} loading={saving}>
              {t('agreements.saveDocx')}
            </Button>
            <Button variant="default" leftSection={<IconFilePlus size={16} />} onClick={() => setGenerating(true)}>
              {t('agreements.newVersion')}
            </Button>
          </>
        }
      />
      <RecordConflict editor={editor} />
      {a.outOfDate && (
        <Alert color="orange" icon={<IconAlertTriangle size={20} />} title={t('agreements.outOfDateTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('agreements.outOfDateText')}</Text>
            <Button size="xs" variant="white" color="orange" leftSection={<IconFilePlus size={14} />} onClick={() => setGenerating(true)}>
              {t('agreements.newVersion')}
            </Button>
          </Stack>
        </Alert>
      )}
      {a.status === 'superseded' && (
        <Alert color="gray" icon={<IconHistory size={20} />} title={t('agreements.supersededTitle')}>
          <Text size="sm">{t('agreements.supersededText')}</Text>
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-lifecycle-title">
              <Title order={2} size="h4" id="agreement-lifecycle-title" mb="sm">
                {t('agreements.lifecycle')}
              </Title>
              <Lifecycle agreement={a} />
              {next.length > 0 && (
                <Group gap="sm" mt="md">
                  {next.map((status, i) => (
                    <Button
                      key={status}
                      variant={i === 0 && status !== 'terminated' ? 'filled' : 'default'}
                      color={CHANGE_BUTTON[status].color}
                      leftSection={CHANGE_BUTTON[status].icon}
                      onClick={() => setChanging(status)}
                    >
                      {t(CHANGE_BUTTON[status].key)}
                    </Button>
                  ))}
                </Group>
              )}
            </Paper>
            <AgreementAttachments agreement={a} onChanged={changed} onConflict={editor.conflicted} />
            <NotesSection {...notes} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Details agreement={a} lang={lang} />
            <LanguageVariant agreement={a} onChanged={changed} />
          </Stack>
        </Grid.Col>
      </Grid>
      <HistoryPanel kind="agreement" recordId={a.id} onRestored={() => call('agreements.get', { id: a.id }).then(editor.accept)} />

      {changing && (
        <StatusModal
          agreement={a}
          status={changing}
          onClose={() => setChanging(null)}
          onDone={(saved) => {
            setChanging(null);
            changed(saved);
          }}
          onConflict={editor.conflicted}
        />
      )}
      {generating && (
        <GenerateAgreementModal
          customer={{ id: a.customerId, name: a.customerName }}
          onClose={() => setGenerating(false)}
          onGenerated={(created) => {
            setGenerating(false);
            notifySuccess(t('agreements.generate.done', { version: created.version, customer: created.customerName }));
            void navigate(paths.agreements.one(created.id));
          }}
        />
      )}
    </Stack>
  );
}

/** Utkast → Skickat → Signerat → Uppsagt / Ersatt, with the date of each step reached. */
function Lifecycle({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const last = a.status === 'terminated' ? 'terminated' : 'superseded';
  const steps = [
    { key: 'draft', date: localDate(a.generatedAt), reached: true },
    { key: 'sent', date: formatDate(a.sentOn), reached: a.sentOn !== null },
    { key: 'signed', date: formatDate(a.signedOn), reached: a.signedOn !== null },
    ...(a.status === 'terminated' || a.status === 'superseded'
      ? [{ key: last, date: formatDate(a.terminatedOn), reached: true }]
      : [{ key: 'terminated', date: '', reached: false }]),
  ];
  const active = steps.reduce((n, s, i) => (s.reached ? i : n), 0);
  return (
    <Timeline active={active} bulletSize={22} lineWidth={2} color="teal">
      {steps.map((s) => (
        <Timeline.Item
          key={s.key}
          bullet={s.reached ? <IconCheck size={12} /> : <IconCircleDashed size={12} />}
          title={t(`agreements.step.${s.key}`)}
          lineVariant={s.reached ? 'solid' : 'dashed'}
        >
          <Text size="xs" c="dimmed">
            {s.reached ? s.date || '—' : t('agreements.step.notYet')}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function Details({ agreement: a, lang }: { agreement: Agreement; lang: string }) {
  const { t } = useTranslation();
  const signatory = (s: { name: string; title: string }) =>
    s.name.trim() ? (
      [s.name, s.title].filter((x) => x.trim()).join(', ')
    ) : (
      <Text span size="sm" c="dimmed">
        {t('agreements.notStated')}
      </Text>
    );
  const rows: [string, ReactNode][] = [
    [t('agreements.reference'), a.reference],
    [t('agreements.language'), t(`agreements.lang.${a.lang}`)],
    [t('agreements.templateVersion'), t('agreements.templateVersionN', { version: a.templateVersion })],
    [t('agreements.noticeDays'), t('agreements.noticeDaysN', { count: a.noticeDays })],
    [
      t('agreements.effectiveOn'),
      a.effectiveOn ?? (
        <Text span size="sm" c="dimmed">
          {t('agreements.notStated')}
        </Text>
      ),
    ],
    [
      t('agreements.signingPlace'),
      a.signingPlace.trim() || (
        <Text span size="sm" c="dimmed">
          {t('agreements.notStated')}
        </Text>
      ),
    ],
    [t('agreements.processorSignatory'), signatory(a.processorSignatory)],
    [t('agreements.controllerSignatory'), signatory(a.controllerSignatory)],
    [t('agreements.document'), t('agreements.documentSize', { size: formatBytes(a.documentSize, lang) })],
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-details-title">
      <Title order={2} size="h4" id="agreement-details-title" mb="sm">
        {t('agreements.details')}
      </Title>
      <Stack gap={10} component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </div>
        ))}
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {t('agreements.sha256')}
          </Text>
          <Text component="dd" size="sm" m={0}>
            <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }} data-testid="document-sha256">
              {a.documentSha256}
            </Code>
          </Text>
          <Text size="xs" c="dimmed" mt={2}>
            {t('agreements.sha256Help')}
          </Text>
        </div>
      </Stack>
    </Paper>
  );
}

interface StatusModalProps {
  agreement: Agreement;
  status: StatusChange;
  onClose: () => void;
  onDone: (agreement: Agreement) => void;
  /** The page's editor takes a CONFLICT (true when it was one). */
  onConflict: (error: unknown) => boolean;
}

/** Asks for the date of the step (today by default) and sets the status. */
function StatusModal({ agreement, status, onClose, onDone, onConflict }: StatusModalProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setError(null);
    setBusy(true);
    try {
      const saved = await call('agreements.setStatus', { id: agreement.id, revision: agreement.revision, status, on: date.trim() });
      notifySuccess(t(`agreements.statusDone.${status}`, { date: date.trim() }));
      onDone(saved);
    } catch (e) {
      if (onConflict(e)) onClose();
      else setError(failureLine(t, e));
    } finally {
      setBusy(false);
    }
  }

  const title = t(`agreements.statusModal.${status}`);
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
        noValidate
        aria-label={title}
      >
        <Stack gap="sm">
          <Text size="sm">{t(`agreements.statusModal.${status}Text`)}</Text>
          <TextInput
            label={t('agreements.statusModal.date')}
            placeholder={t('field.datePlaceholder')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={status === 'terminated' ? 'red' : undefined}>
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Effective date and the user's own notes: the only things that change on a generated version.
 * Other changes (status, copies) give the agreement a new revision but keep what is typed here.
 */
function NotesSection({ form, editor }: ReturnType<typeof useAgreementEditor>) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const err = (name: string) => issueText(t, errorAt(errors, name));
  const agreement = editor.record;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-notes-title">
      <Title order={2} size="h4" id="agreement-notes-title" mb="sm">
        {t('agreements.notesTitle')}
      </Title>
      <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={t('agreements.notesTitle')}>
        <Stack gap="sm">
          <TextInput
            label={t('agreements.effectiveOn')}
            description={t('agreements.effectiveOnHelp')}
            placeholder={t('field.datePlaceholder')}
            w={{ base: '100%', sm: 260 }}
            {...register('effectiveOn')}
            error={err('effectiveOn')}
          />
          <Textarea
            label={t('agreements.notes')}
            description={t('agreements.notesHelp')}
            autosize
            minRows={2}
            maxRows={10}
            {...register('notes')}
            error={err('notes')}
          />
          <FormFooter editor={editor} submitting={isSubmitting} dirty={isDirty} onUndo={() => agreement && reset(toNotesForm(agreement))} />
        </Stack>
      </form>
    </Paper>
  );
}
