import { Anchor, Badge, Button, Checkbox, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconFileTypeDocx, IconFiles, IconGavel, IconMessageReply, IconSend } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangeNotice, NoticeRecipient } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { formatDate, formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { useTask } from '../../ui/useTask';
import { RecipientStateBadge } from './notice-ui';
import { LettersModal, MarkSentModal, ResolveModal, ResponseModal } from './RecipientModals';

interface TableProps {
  recipients: NoticeRecipient[];
  label: string;
  emptyText: string;
  /** Row selection (the notice page); absent in the preview. */
  selection?: { selected: ReadonlySet<number>; toggle: (customerId: number) => void; setAll: (on: boolean) => void };
  /** The buttons of one row (the notice page). */
  actions?: (r: NoticeRecipient) => ReactNode;
}

/** The affected customers of a notice (or of a preview): agreement and period, sent, deadline, where each stands. */
export function RecipientsTable({ recipients, label, emptyText, selection, actions }: TableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = useMemo<ColumnDef<NoticeRecipient, unknown>[]>(() => {
    const cols: ColumnDef<NoticeRecipient, unknown>[] = [];
    if (selection) {
      const selectable = recipients.filter((r) => r.affected);
      const picked = selectable.filter((r) => selection.selected.has(r.customerId)).length;
      cols.push({
        id: 'select',
        size: 36,
        header: () => (
          <Checkbox
            aria-label={t('changeNotices.selectAll')}
            checked={picked > 0 && picked === selectable.length}
            indeterminate={picked > 0 && picked < selectable.length}
            disabled={selectable.length === 0}
            onChange={(e) => selection.setAll(e.currentTarget.checked)}
          />
        ),
        cell: ({ row: { original: r } }) => (
          <Checkbox
            aria-label={t('changeNotices.select', { name: r.customerName })}
            checked={selection.selected.has(r.customerId)}
            disabled={!r.affected}
            onChange={() => selection.toggle(r.customerId)}
          />
        ),
      });
    }
    cols.push(
      {
        id: 'customer',
        header: t('changeNotices.col.customer'),
        size: 180,
        cell: ({ row: { original: r } }) => (
          <Stack gap={2} align="flex-start">
            <Anchor component={Link} to={paths.customers.one(r.customerId)} size="sm" fw={500}>
              {r.customerName}
            </Anchor>
            {r.noAgreement && (
              <Tooltip label={t('changeNotices.noAgreementHelp', { days: r.noticeDays })} multiline w={260} withArrow>
                <Badge size="xs" variant="light" color="orange" style={{ textTransform: 'none' }}>
                  {t('changeNotices.noAgreement')}
                </Badge>
              </Tooltip>
            )}
            {!r.affected && (
              <Tooltip label={t('changeNotices.notAffectedHelp')} multiline w={260} withArrow>
                <Badge size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }}>
                  {t('changeNotices.notAffected')}
                </Badge>
              </Tooltip>
            )}
          </Stack>
        ),
      },
      {
        id: 'agreement',
        header: t('changeNotices.col.agreement'),
        size: 170,
        cell: ({ row: { original: r } }) => (
          <Stack gap={0}>
            {r.agreement ? (
              <Anchor component={Link} to={paths.agreements.one(r.agreement.id)} size="sm">
                {t('changeNotices.agreementRef', { reference: r.agreement.reference, version: r.agreement.version })}
              </Anchor>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('changeNotices.noticeDays', { days: r.noticeDays })} · {t(`agreements.lang.${r.lang}`)}
            </Text>
          </Stack>
        ),
      },
      {
        id: 'sent',
        header: t('changeNotices.col.sent'),
        size: 120,
        cell: ({ row: { original: r } }) => (
          <Stack gap={0}>
            <Text size="sm">
              {r.sentOn
                ? t('changeNotices.sentVia', { date: formatDate(r.sentOn), via: r.sentVia ? enumLabel('sentVia', r.sentVia, lang) : '' })
                : '–'}
            </Text>
            {r.letter && (
              <Text size="xs" c="dimmed">
                {t('changeNotices.letterMade', { date: formatDateTime(r.letter.generatedAt).slice(0, 10) })}
              </Text>
            )}
          </Stack>
        ),
      },
      {
        id: 'deadline',
        header: t('changeNotices.col.deadline'),
        size: 150,
        cell: ({ row: { original: r } }) => (
          <Stack gap={2} align="flex-start">
            <Text size="sm" fw={r.state === 'awaiting' ? 600 : undefined}>
              {formatDate(r.deadline)}
            </Text>
            {!r.sentOn && (
              <Text size="xs" c="dimmed">
                {t('changeNotices.fromToday')}
              </Text>
            )}
            {r.deadlineAfterEffective && (
              <Tooltip label={t('changeNotices.afterEffectiveHelp')} multiline w={240} withArrow>
                <Badge size="xs" variant="light" color="orange" style={{ textTransform: 'none' }}>
                  {t('changeNotices.afterEffective')}
                </Badge>
              </Tooltip>
            )}
          </Stack>
        ),
      },
      {
        id: 'state',
        header: t('changeNotices.col.state'),
        size: 210,
        cell: ({ row: { original: r } }) => (
          <Stack gap={2} align="flex-start">
            <RecipientStateBadge recipient={r} />
            <AnswerLine recipient={r} />
          </Stack>
        ),
      },
    );
    if (actions) {
      cols.push({ id: 'actions', header: t('changeNotices.col.actions'), size: 170, cell: (c) => actions(c.row.original) });
    }
    return cols;
  }, [t, lang, selection, actions, recipients]);

  return (
    <DataTable<NoticeRecipient>
      rows={recipients}
      columns={columns}
      getRowId={(r) => String(r.customerId)}
      rowLabel={(r) => r.customerName}
      label={label}
      emptyText={emptyText}
      wrap
    />
  );
}

/** What the customer answered: the objection in its words, the acceptance's date, the outcome's note. */
function AnswerLine({ recipient: r }: { recipient: NoticeRecipient }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  if (r.state === 'accepted' && r.respondedOn) lines.push(t('changeNotices.acceptedOn', { date: formatDate(r.respondedOn) }));
  if (r.objectionText || (r.state === 'objected' && r.respondedOn)) {
    if (r.respondedOn) lines.push(t('changeNotices.objectedOn', { date: formatDate(r.respondedOn) }));
  }
  if (r.resolution && r.resolvedOn) lines.push(formatDate(r.resolvedOn));
  return (
    <>
      {lines.length > 0 && (
        <Text size="xs" c="dimmed">
          {lines.join(' · ')}
        </Text>
      )}
      {r.objectionText && (
        <Text size="xs" lineClamp={3} style={{ whiteSpace: 'pre-line' }} title={r.objectionText}>
          ”{r.objectionText}”
        </Text>
      )}
      {r.resolutionNote && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {r.resolutionNote}
        </Text>
      )}
    </>
  );
}

type Dialog =
  | { kind: 'sent'; customerIds: number[] }
  | { kind: 'response'; recipient: NoticeRecipient }
  | { kind: 'resolve'; recipient: NoticeRecipient }
  | { kind: 'letters'; recipients: NoticeRecipient[] };

/**
 * The recipients section of a notice: selection → "Markera som skickade" / "Ångra skickat" /
 * "Skapa brev"; per row the answer, the objection's outcome and the stored letter.
 */
export function Recipients({ notice, onChanged }: { notice: ChangeNotice; onChanged: (next: ChangeNotice) => void }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const task = useTask();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState(false);
  const reveal = appInfo?.nativeDialogs === true;
  const notifying = notice.decision === 'notify';
  const affected = notice.recipients.filter((r) => r.affected);
  // Only customers still in the list count as selected.
  const chosen = affected.filter((r) => selected.has(r.customerId));
  const chosenSent = chosen.filter((r) => r.sentOn !== null);

  const selection = useMemo(
    () => ({
      selected,
      toggle: (customerId: number) =>
        setSelected((s) => {
          const next = new Set(s);
          if (next.has(customerId)) next.delete(customerId);
          else next.add(customerId);
          return next;
        }),
      setAll: (on: boolean) => setSelected(on ? new Set(affected.map((r) => r.customerId)) : new Set()),
    }),
    // `affected` is derived from the notice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selected, notice],
  );

  async function act(work: () => Promise<ChangeNotice>, done: string) {
    setBusy(true);
    try {
      onChanged(await work());
      notifySuccess(done);
      return true;
    } catch (e) {
      // A row changed elsewhere meanwhile: show the notice as it is now.
      if (isApiError(e, 'CONFLICT')) void call('changeNotices.get', { id: notice.id }).then(onChanged, () => undefined);
      notifyError(t, e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  function confirmUnsent(customerIds: number[]) {
    modals.openConfirmModal({
      title: t('changeNotices.unsent.title'),
      children: <Text size="sm">{t('changeNotices.unsent.text', { count: customerIds.length })}</Text>,
      labels: { confirm: t('changeNotices.unmarkSent'), cancel: t('common.cancel') },
      onConfirm: () =>
        void act(() => call('changeNotices.unmarkSent', { id: notice.id, customerIds }), t('changeNotices.unsent.done')).then(
          (ok) => ok && setSelected(new Set()),
        ),
    });
  }

  async function makeLetters(recipients: NoticeRecipient[], merged: boolean) {
    setDialog(null);
    const all = recipients.length === affected.length;
    try {
      const result = await task.run(t('changeNotices.lettersRunning'), () =>
        call('changeNotices.letters', {
          id: notice.id,
          merged,
          ...(all ? {} : { customerIds: recipients.map((r) => r.customerId) }),
        }),
      );
      if (!result) return; // the folder dialog was cancelled
      if (result.cancelled) {
        notifySaved(t, {
          title: t('changeNotices.lettersCancelledTitle'),
          summary: t('changeNotices.lettersCancelled', { generated: result.generated, total: result.total }),
          path: result.folder,
          label: t('changeNotices.lettersFolder'),
          reveal: reveal && result.generated > 0,
          color: 'orange',
        });
      } else {
        notifySaved(t, {
          title: t('changeNotices.lettersDone', { count: result.generated }),
          ...(result.merged ? { summary: t('changeNotices.lettersMergedSaved', { path: result.merged }) } : {}),
          path: result.folder,
          label: t('changeNotices.lettersFolder'),
          reveal,
        });
      }
    } catch (e) {
      if (isApiError(e, 'CANCELLED')) notifySuccess(t('e.CANCELLED'));
      else notifyError(t, e);
    } finally {
      // Letters are stored with the notice, also those made before a cancel.
      void call('changeNotices.get', { id: notice.id }).then(onChanged, () => undefined);
    }
  }

  async function saveLetter(r: NoticeRecipient) {
    try {
      const saved = await call('changeNotices.saveLetter', { noticeId: notice.id, customerId: r.customerId });
      if (saved) notifySaved(t, { title: t('changeNotices.letterSavedTitle'), path: saved.path, reveal });
    } catch (e) {
      notifyError(t, e);
    }
  }

  const rowActions = (r: NoticeRecipient) => (
    <Group gap={4}>
      {notifying && r.sentOn !== null && r.revision !== null && r.affected && (
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconMessageReply size={12} />}
          onClick={() => setDialog({ kind: 'response', recipient: r })}
          aria-label={t('changeNotices.respondTo', { name: r.customerName })}
        >
          {t('changeNotices.respond')}
        </Button>
      )}
      {notifying && (r.state === 'objected' || r.state === 'resolved') && r.revision !== null && (
        <Button
          size="compact-xs"
          variant="light"
          color={r.state === 'objected' ? 'red' : 'gray'}
          leftSection={<IconGavel size={12} />}
          onClick={() => setDialog({ kind: 'resolve', recipient: r })}
          aria-label={t('changeNotices.resolveFor', { name: r.customerName })}
        >
          {t('changeNotices.resolve')}
        </Button>
      )}
      {r.letter && (
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconFileTypeDocx size={12} />}
          onClick={() => void saveLetter(r)}
          aria-label={t('changeNotices.saveLetterFor', { name: r.customerName })}
        >
          {t('changeNotices.saveLetter')}
        </Button>
      )}
    </Group>
  );

  const c = notice.counts;
  return (
    <Stack gap="sm" component="section" aria-labelledby="notice-recipients-title">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} size="h3" fw={600} id="notice-recipients-title">
            {t('changeNotices.recipients')}
          </Title>
          <Text size="sm" c="dimmed">
            {notifying
              ? t('changeNotices.recipientsSummary', { affected: c.affected, sent: c.sent, objected: c.objected, open: c.open })
              : notice.decision === 'pending'
                ? t('changeNotices.recipientsPending')
                : t('changeNotices.recipientsClosed')}
          </Text>
        </div>
        {notifying && (
          <Group gap="sm">
            {chosen.length > 0 && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('changeNotices.selected', { count: chosen.length })}
              </Text>
            )}
            <Button
              variant="default"
              leftSection={<IconFiles size={16} />}
              disabled={affected.length === 0 || busy || task.running}
              onClick={() => setDialog({ kind: 'letters', recipients: chosen.length > 0 ? chosen : affected })}
            >
              {chosen.length > 0 ? t('changeNotices.lettersSelected') : t('changeNotices.letters')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              disabled={chosenSent.length === 0 || busy}
              onClick={() => confirmUnsent(chosenSent.map((r) => r.customerId))}
            >
              {t('changeNotices.unmarkSent')}
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              disabled={chosen.length === 0 || busy}
              onClick={() => setDialog({ kind: 'sent', customerIds: chosen.map((r) => r.customerId) })}
            >
              {t('changeNotices.markSent')}
            </Button>
          </Group>
        )}
      </Group>
      <RecipientsTable
        recipients={notice.recipients}
        label={t('changeNotices.recipients')}
        emptyText={t('changeNotices.recipientsNone')}
        {...(notifying ? { selection } : {})}
        actions={rowActions}
      />
      {dialog?.kind === 'sent' && (
        <MarkSentModal
          count={dialog.customerIds.length}
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            const next = await call('changeNotices.markSent', { id: notice.id, customerIds: dialog.customerIds, ...values });
            onChanged(next);
            setDialog(null);
            setSelected(new Set());
            notifySuccess(t('changeNotices.sent.done', { count: dialog.customerIds.length }));
          }}
        />
      )}
      {dialog?.kind === 'response' && (
        <ResponseModal
          recipient={dialog.recipient}
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            const r = dialog.recipient;
            const next = await call('changeNotices.recordResponse', {
              noticeId: notice.id,
              customerId: r.customerId,
              revision: r.revision ?? 0,
              ...values,
            });
            onChanged(next);
            setDialog(null);
            notifySuccess(t('changeNotices.response.done', { name: r.customerName }));
          }}
        />
      )}
      {dialog?.kind === 'resolve' && (
        <ResolveModal
          recipient={dialog.recipient}
          kind={notice.kind}
          services={notice.services.map((s) => s.name).join(', ')}
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            const r = dialog.recipient;
            const next = await call('changeNotices.resolveObjection', {
              noticeId: notice.id,
              customerId: r.customerId,
              revision: r.revision ?? 0,
              ...values,
            });
            onChanged(next);
            setDialog(null);
            notifySuccess(t('changeNotices.resolution.done', { name: r.customerName }));
          }}
        />
      )}
      {dialog?.kind === 'letters' && (
        <LettersModal
          noticeId={notice.id}
          recipients={dialog.recipients}
          onClose={() => setDialog(null)}
          onStart={(merged) => void makeLetters(dialog.recipients, merged)}
        />
      )}
      {task.modal}
    </Stack>
  );
}
