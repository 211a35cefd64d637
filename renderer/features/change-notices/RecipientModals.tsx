import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconFiles, IconInfoCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Controller, FormProvider, useForm, useWatch, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { changeNoticeMethods, OBJECTION_RESOLUTIONS, SENT_VIA, type ChangeKind, type NoticeRecipient } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { fieldsFor } from '../../ui/fields';
import { ErrorLine } from '../../ui/FormBits';
import { applyServerIssues, issueText, schemaResolver } from '../../ui/forms';
import { todayIso, useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { usePreflight } from '../../ui/Preflight';
import { failureLine } from '../agreements/failure';

// The dialogs of the recipients table. Each form checks with the same schema as the core's method
// (the part of its input the dialog asks for); the page adds the notice and the customer.

const M = changeNoticeMethods;
const sentSchema = M['changeNotices.markSent'].input.pick({ on: true, via: true });
const responseSchema = M['changeNotices.recordResponse'].input.pick({ response: true, on: true, objectionText: true });
const resolveSchema = M['changeNotices.resolveObjection'].input.pick({ resolution: true, on: true, note: true });

export type SentValues = z.output<typeof sentSchema>;
export type ResponseValues = z.output<typeof responseSchema>;
export type ResolveValues = z.output<typeof resolveSchema>;

type SentForm = z.input<typeof sentSchema>;
type ResponseForm = Omit<z.input<typeof responseSchema>, 'on'> & { on: string };
type ResolveForm = z.input<typeof resolveSchema>;

/** A dialog's form over one schema: server issues go beside their fields, anything else into one line. */
function useDialogForm<Form extends FieldValues, Out>(
  schema: z.ZodObject,
  defaultValues: DefaultValues<Form>,
  prepare?: (values: Form) => unknown,
) {
  const { t } = useTranslation();
  const form = useForm<Form, unknown, Out>({
    resolver: schemaResolver<Form, Out>(schema as unknown as z.ZodType<Out>, prepare),
    defaultValues,
  });
  const [error, setError] = useState<string | null>(null);
  const fields = new Set(Object.keys(schema.shape));
  const submit = (work: (values: Out) => Promise<void>) =>
    form.handleSubmit(async (values) => {
      setError(null);
      try {
        await work(values);
      } catch (e) {
        if (isApiError(e, 'INVALID_INPUT')) {
          const rest = applyServerIssues(form.setError, e.error.issues, (n) => fields.has(n.split('.')[0] ?? ''));
          setError(rest.length ? failureLine(t, e) : null);
        } else {
          setError(failureLine(t, e));
        }
      }
    });
  return { form, error, submit };
}

function DialogFooter({ onClose, submitting, label }: { onClose: () => void; submitting: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {label}
      </Button>
    </Group>
  );
}

function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      {children}
    </Modal>
  );
}

const S = fieldsFor<SentForm>();

/** "Markera som skickade": the day and the channel; the deadlines count from that day. */
export function MarkSentModal({
  count,
  onClose,
  onSubmit,
}: {
  count: number;
  onClose: () => void;
  onSubmit: (v: SentValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { form, error, submit } = useDialogForm<SentForm, SentValues>(sentSchema, { on: todayIso(), via: 'email' });
  const title = t('changeNotices.sent.title');
  return (
    <Dialog title={title} onClose={onClose}>
      <FormProvider {...form}>
        <form onSubmit={submit(onSubmit)} noValidate aria-label={title}>
          <Stack gap="md">
            <Text size="sm">{t('changeNotices.sent.intro', { count })}</Text>
            <S.TextField name="on" label={t('changeNotices.sent.on')} placeholder={t('field.datePlaceholder')} w={200} data-autofocus />
            <Controller
              control={form.control}
              name="via"
              render={({ field }) => (
                <Radio.Group label={t('changeNotices.sent.via')} value={field.value} onChange={field.onChange} data-field="via">
                  <Group mt={6}>
                    {SENT_VIA.map((v) => (
                      <Radio key={v} value={v} label={enumLabel('sentVia', v, lang)} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            <ErrorLine message={error} />
            <DialogFooter onClose={onClose} submitting={form.formState.isSubmitting} label={t('changeNotices.markSent')} />
          </Stack>
        </form>
      </FormProvider>
    </Dialog>
  );
}

const R = fieldsFor<ResponseForm>();

/** "Registrera svar": accepted, or an objection with its words and date (or clearing an answer). */
export function ResponseModal({
  recipient: r,
  onClose,
  onSubmit,
}: {
  recipient: NoticeRecipient;
  onClose: () => void;
  onSubmit: (v: ResponseValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const current = r.state === 'accepted' ? 'accepted' : r.state === 'objected' || r.objectionText ? 'objected' : 'accepted';
  const { form, error, submit } = useDialogForm<ResponseForm, ResponseValues>(
    responseSchema,
    { response: current, on: r.respondedOn ?? todayIso(), objectionText: r.objectionText },
    (v) => ({ ...v, on: v.on.trim() === '' ? null : v.on.trim() }),
  );
  const response = useWatch({ control: form.control, name: 'response' });
  const title = t('changeNotices.respondTo', { name: r.customerName });
  return (
    <Dialog title={title} onClose={onClose}>
      <FormProvider {...form}>
        <form onSubmit={submit(onSubmit)} noValidate aria-label={title}>
          <Stack gap="md">
            <Controller
              control={form.control}
              name="response"
              render={({ field }) => (
                <Radio.Group label={t('changeNotices.response.answer')} value={field.value} onChange={field.onChange} data-field="response">
                  <Stack gap={6} mt={6}>
                    <Radio value="accepted" label={t('changeNotices.response.accepted')} />
                    <Radio value="objected" label={t('changeNotices.response.objected')} />
                    {r.respondedOn !== null && <Radio value="none" label={t('changeNotices.response.none')} />}
                  </Stack>
                </Radio.Group>
              )}
            />
            {response !== 'none' && (
              <R.TextField name="on" label={t('changeNotices.response.on')} placeholder={t('field.datePlaceholder')} w={200} />
            )}
            {response === 'objected' && (
              <R.TextAreaField
                name="objectionText"
                label={t('changeNotices.response.text')}
                description={t('changeNotices.response.textHelp')}
                minRows={3}
              />
            )}
            <ErrorLine message={error} />
            <DialogFooter onClose={onClose} submitting={form.formState.isSubmitting} label={t('changeNotices.response.save')} />
          </Stack>
        </form>
      </FormProvider>
    </Dialog>
  );
}

const V = fieldsFor<ResolveForm>();

/** "Avgör invändning": withdrawn, excepted (which writes the exception into the subscriptions) or terminated. */
export function ResolveModal({
  recipient: r,
  kind,
  services,
  onClose,
  onSubmit,
}: {
  recipient: NoticeRecipient;
  /** A changed place or transfer applies to every customer: no one can be excepted from it. */
  kind: ChangeKind;
  /** The services whose subscriptions an exception is written into. */
  services: string;
  onClose: () => void;
  onSubmit: (v: ResolveValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { form, error, submit } = useDialogForm<ResolveForm, ResolveValues>(resolveSchema, {
    resolution: r.resolution ?? 'withdrawn',
    on: r.resolvedOn ?? todayIso(),
    note: r.resolutionNote,
  });
  const resolution = useWatch({ control: form.control, name: 'resolution' });
  const title = t('changeNotices.resolveFor', { name: r.customerName });
  return (
    <Dialog title={title} onClose={onClose}>
      <FormProvider {...form}>
        <form onSubmit={submit(onSubmit)} noValidate aria-label={title}>
          <Stack gap="md">
            {r.objectionText && (
              <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-line' }}>
                ”{r.objectionText}”
              </Text>
            )}
            <Controller
              control={form.control}
              name="resolution"
              render={({ field, fieldState }) => (
                <Radio.Group
                  label={t('changeNotices.resolution.label')}
                  value={field.value}
                  onChange={field.onChange}
                  error={issueText(t, fieldState.error?.message)}
                  data-field="resolution"
                >
                  <Stack gap={10} mt={6}>
                    {OBJECTION_RESOLUTIONS.filter((v) => kind !== 'change' || v !== 'excepted').map((v) => (
                      <Radio
                        key={v}
                        value={v}
                        label={enumLabel('objectionResolution', v, lang)}
                        description={t(`changeNotices.resolution.help.${v}`)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
            {resolution === 'excepted' && (
              <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} py="xs">
                {t('changeNotices.resolution.exceptWrites', { services })}
              </Alert>
            )}
            <V.TextField name="on" label={t('changeNotices.resolution.on')} placeholder={t('field.datePlaceholder')} w={200} />
            <V.TextAreaField name="note" label={t('changeNotices.resolution.note')} />
            <ErrorLine message={error} />
            <DialogFooter onClose={onClose} submitting={form.formState.isSubmitting} label={t('changeNotices.resolution.save')} />
          </Stack>
        </form>
      </FormProvider>
    </Dialog>
  );
}

/** "Skapa brev": for whom, and whether a merged document too; the check before the letters runs here. */
export function LettersModal({
  noticeId,
  recipients,
  onClose,
  onStart,
}: {
  noticeId: number;
  recipients: NoticeRecipient[];
  onClose: () => void;
  onStart: (merged: boolean) => void;
}) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const preflight = usePreflight();
  const [merged, setMerged] = useState(false);
  const [checking, setChecking] = useState(false);
  // Each letter is in its customer's language; the check is asked in the language most of them use.
  const lang: Language = recipients.filter((r) => r.lang === 'en').length > recipients.length / 2 ? 'en' : 'sv';

  async function start() {
    setChecking(true);
    try {
      const ok = await preflight.run({ document: 'noticeLetters', lang, noticeId, customerIds: recipients.map((r) => r.customerId) });
      if (!ok) return;
    } catch (e) {
      notifyError(t, e);
      return;
    } finally {
      setChecking(false);
    }
    onStart(merged);
  }

  const title = t('changeNotices.lettersTitle');
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
        noValidate
        aria-label={title}
      >
        <Stack gap="md">
          <Text size="sm">
            {recipients.length > 0 ? t('changeNotices.lettersIntro', { count: recipients.length }) : t('changeNotices.lettersNone')}
          </Text>
          <Checkbox
            label={t('changeNotices.lettersMerged')}
            description={t('changeNotices.lettersMergedHelp')}
            checked={merged}
            onChange={(e) => setMerged(e.currentTarget.checked)}
          />
          <Text size="xs" c="dimmed">
            {appInfo?.nativeDialogs ? t('changeNotices.lettersFolderNative') : t('changeNotices.lettersFolderBrowser')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconFiles size={16} />} loading={checking} disabled={recipients.length === 0}>
              {t('changeNotices.lettersStart')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
