import { Button, Group, Modal, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BREACH_NOTICE_VIA, IMY_HOURS, OTHER_AUTHORITIES, type Breach, type BreachFields } from '../../../../shared/contract/breaches';
import { enumLabel } from '../../../../shared/domain/labels';
import type { Issue } from '../../../../shared/errors';
import { call, isApiError } from '../../../app/api';
import { useLang } from '../../../ui/lang';
import { toInstant } from './form';
import { formatStockholm, nowWallClock, stockholmWallClock } from './time';

// The small dialogs of a saved breach. Each writes at once (breaches.update with the revision
// read, or breaches.recordCustomerNotice) and shows the core's refusals beside its own fields.

/** Writes changes to the saved breach; resolves to the failure (null when saved). */
export type Patch = (changes: Partial<BreachFields>, done: string) => Promise<unknown>;

type Errors = Record<string, string | undefined>;

/** The INVALID_INPUT issues of a failed write, by the field they name (`fields.` taken off). */
export function issuesByField(t: TFunction, e: unknown): Errors | null {
  if (!isApiError(e, 'INVALID_INPUT')) return null;
  const out: Errors = {};
  for (const issue of (e.error.issues ?? []) as Issue[]) {
    const path = issue.path[0] === 'fields' ? issue.path.slice(1) : issue.path;
    const name = path.join('.');
    out[name] ??= t(issue.message, issue.params);
  }
  return out;
}

/** A datetime-local input in Stockholm time. */
export function WhenInput({
  label,
  value,
  onChange,
  error,
  description,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  autoFocus?: boolean;
}) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      w={240}
      data-autofocus={autoFocus || undefined}
    />
  );
}

function Footer({ onCancel, saving, saveLabel, extra }: { onCancel: () => void; saving: boolean; saveLabel: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      {extra ?? <span />}
      <Group gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {saveLabel}
        </Button>
      </Group>
    </Group>
  );
}

/** "Markera IMY underrättad": when, IMY's reference, and why it came late (required past 72 hours). */
export function ImyNoticeModal({ breach, patch, onClose }: { breach: Breach; patch: Patch; onClose: () => void }) {
  const { t } = useTranslation();
  const f = breach.fields;
  const [at, setAt] = useState(f.imyNotifiedAt ? stockholmWallClock(f.imyNotifiedAt) : nowWallClock());
  const [reference, setReference] = useState(f.imyReference);
  const [reason, setReason] = useState(f.imyDelayReason);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const instant = toInstant(at);
  const late = instant !== null && Date.parse(instant) > Date.parse(breach.imy.deadline);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    if (at.trim() === '') next.imyNotifiedAt = t('v.required');
    else if (instant === null || Number.isNaN(Date.parse(instant))) next.imyNotifiedAt = t('v.dateTime');
    if (late && reason.trim() === '') next.imyDelayReason = t('breaches.imy.delayRequired');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setSaving(true);
    const failed = await patch(
      { imyNotifiedAt: instant, imyReference: reference.trim(), imyDelayReason: reason.trim() },
      t('breaches.imy.notifiedDone'),
    );
    setSaving(false);
    if (failed === null) onClose();
    else setErrors(issuesByField(t, failed) ?? {});
  }

  async function clear() {
    setSaving(true);
    const failed = await patch({ imyNotifiedAt: null, imyReference: '' }, t('breaches.imy.clearedDone'));
    setSaving(false);
    if (failed === null) onClose();
  }

  const title = t('breaches.imy.markTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="sm">
          <Text size="sm">{t('breaches.imy.markHelp', { deadline: formatStockholm(breach.imy.deadline) })}</Text>
          <WhenInput label={t('breaches.imy.notifiedAt')} value={at} onChange={setAt} error={errors.imyNotifiedAt} autoFocus />
          <TextInput
            label={t('breaches.imy.reference')}
            description={t('breaches.imy.referenceHelp')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors.imyReference}
          />
          {(late || reason !== '') && (
            <Textarea
              label={t('breaches.imy.delayReason')}
              description={t('breaches.imy.delayReasonHelp', { hours: IMY_HOURS })}
              autosize
              minRows={3}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.imyDelayReason}
              required={late}
            />
          )}
          <Footer
            onCancel={onClose}
            saving={saving}
            saveLabel={t('breaches.imy.markSave')}
            extra={
              f.imyNotifiedAt ? (
                <Button variant="subtle" color="red" onClick={() => void clear()} disabled={saving}>
                  {t('breaches.imy.clear')}
                </Button>
              ) : undefined
            }
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** A later supplement to the notice to IMY (Art. 33(4): information in phases). */
export function SupplementModal({ breach, patch, onClose }: { breach: Breach; patch: Patch; onClose: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(nowWallClock());
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const index = breach.fields.supplements.length;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const instant = toInstant(at);
    const next: Errors = {};
    if (instant === null) next.at = t('v.required');
    if (summary.trim() === '') next.summary = t('v.required');
    setErrors(next);
    if (Object.keys(next).length > 0 || instant === null) return;
    setSaving(true);
    const failed = await patch(
      { supplements: [...breach.fields.supplements, { at: instant, summary: summary.trim() }] },
      t('breaches.supplements.added'),
    );
    setSaving(false);
    if (failed === null) onClose();
    else {
      const issues = issuesByField(t, failed) ?? {};
      setErrors({ at: issues[`supplements.${index}.at`], summary: issues[`supplements.${index}.summary`] });
    }
  }

  const title = t('breaches.supplements.addTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="sm">
          <WhenInput label={t('breaches.supplements.at')} value={at} onChange={setAt} error={errors.at} />
          <Textarea
            label={t('breaches.supplements.summary')}
            description={t('breaches.supplements.summaryHelp')}
            autosize
            minRows={3}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={errors.summary}
            data-autofocus
          />
          <Footer onCancel={onClose} saving={saving} saveLabel={t('breaches.supplements.save')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** A report to another authority: the police, CERT-SE under the cybersecurity act, another. */
export function ReportModal({ breach, patch, onClose }: { breach: Breach; patch: Patch; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [authority, setAuthority] = useState<(typeof OTHER_AUTHORITIES)[number]>('police');
  const [at, setAt] = useState(nowWallClock());
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const index = breach.fields.otherReports.length;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const instant = toInstant(at);
    if (instant === null) {
      setErrors({ at: t('v.required') });
      return;
    }
    setSaving(true);
    const failed = await patch(
      { otherReports: [...breach.fields.otherReports, { authority, at: instant, reference: reference.trim(), note: note.trim() }] },
      t('breaches.reports.added'),
    );
    setSaving(false);
    if (failed === null) onClose();
    else {
      const issues = issuesByField(t, failed) ?? {};
      const at = (k: string) => issues[`otherReports.${index}.${k}`];
      setErrors({ at: at('at'), reference: at('reference'), note: at('note') });
    }
  }

  const title = t('breaches.reports.addTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="sm">
          <NativeSelect
            label={t('breaches.reports.authority')}
            value={authority}
            onChange={(e) => setAuthority(e.currentTarget.value as typeof authority)}
            data={OTHER_AUTHORITIES.map((a) => ({ value: a, label: enumLabel('otherAuthority', a, lang) }))}
            data-autofocus
          />
          <WhenInput label={t('breaches.reports.at')} value={at} onChange={setAt} error={errors.at} />
          <TextInput
            label={t('breaches.reports.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors.reference}
          />
          <Textarea
            label={t('breaches.reports.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          <Footer onCancel={onClose} saving={saving} saveLabel={t('breaches.reports.save')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** "Markera underrättad" for one affected customer: when, how, a note; or taking it back. */
export function CustomerNoticeModal({
  breach,
  customerId,
  onSaved,
  onConflict,
  onClose,
}: {
  breach: Breach;
  customerId: number;
  onSaved: (next: Breach) => void;
  onConflict: (e: unknown) => boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const customer = breach.customers.find((c) => c.customerId === customerId);
  const [at, setAt] = useState(customer?.notifiedAt ? stockholmWallClock(customer.notifiedAt) : nowWallClock());
  const [via, setVia] = useState<(typeof BREACH_NOTICE_VIA)[number]>(customer?.notifiedVia ?? 'email');
  const [note, setNote] = useState(customer?.note ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!customer) return null;

  async function save(notifiedAt: string | null) {
    setSaving(true);
    setFailure(null);
    try {
      const next = await call('breaches.recordCustomerNotice', {
        id: breach.id,
        revision: breach.revision,
        customerId,
        notifiedAt,
        via: notifiedAt === null ? null : via,
        note: note.trim(),
      });
      onSaved(next);
      onClose();
    } catch (e) {
      if (onConflict(e)) onClose();
      else {
        const issues = issuesByField(t, e);
        if (issues) setErrors({ notifiedAt: issues.notifiedAt, note: issues.note });
        if (!issues || (!issues.notifiedAt && !issues.note)) setFailure(t(issues ? 'e.INVALID_INPUT' : 'common.error'));
      }
    } finally {
      setSaving(false);
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const instant = toInstant(at);
    if (instant === null) {
      setErrors({ notifiedAt: t('v.required') });
      return;
    }
    await save(instant);
  }

  const title = t('breaches.customers.markTitle', { name: customer.name });
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="sm">
          <WhenInput label={t('breaches.customers.notifiedAt')} value={at} onChange={setAt} error={errors.notifiedAt} autoFocus />
          <Radio.Group label={t('breaches.customers.via')} value={via} onChange={(v) => setVia(v as typeof via)}>
            <Group mt={6}>
              {BREACH_NOTICE_VIA.map((v) => (
                <Radio key={v} value={v} label={enumLabel('breachNoticeVia', v, lang)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('breaches.customers.note')}
            description={t('breaches.customers.noteHelp')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          {failure && (
            <Text size="sm" c="red" role="alert">
              {failure}
            </Text>
          )}
          <Footer
            onCancel={onClose}
            saving={saving}
            saveLabel={t('breaches.customers.markSave')}
            extra={
              customer.notifiedAt ? (
                <Button variant="subtle" color="red" onClick={() => void save(null)} disabled={saving}>
                  {t('breaches.customers.clear')}
                </Button>
              ) : undefined
            }
          />
        </Stack>
      </form>
    </Modal>
  );
}
