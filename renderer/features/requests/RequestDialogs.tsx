import { Alert, Button, Checkbox, Group, List, Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypeDocx } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DSR_OUTCOMES, dsrRequestFields, REFUSING_OUTCOMES, type DsrRequest } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { call, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { failureText } from '../../ui/failures';
import { fieldsFor } from '../../ui/fields';
import { ErrorLine } from '../../ui/FormBits';
import { applyServerIssues, issueText, schemaResolver } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { todayIso, useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { useCloseOnNavigate, usePreflight } from '../../ui/Preflight';
import { useCall } from '../../ui/useCall';
import { FIELD_ROOTS, prepare, previewClock, toForm, type RequestForm, type RequestOutput } from './request-form';

// The quick actions of a request: each a small dialog over a few of its fields. What the dialog
// saves is the request as loaded with those fields changed (and the status they imply), checked
// with the same schema as the core; requests.update names the revision that was read.

const F = fieldsFor<RequestForm>();

export type RequestAction = 'verify' | 'extend' | 'answer' | 'forward' | 'reply';

interface ActionProps {
  request: DsrRequest;
  onClose: () => void;
  /** The saved request and the line to tell the user. */
  onSaved: (saved: DsrRequest, message: string) => void;
  /** A CONFLICT: the page offers the latest version. */
  onConflict: (e: unknown) => void;
}

interface ActionFormProps extends ActionProps {
  title: string;
  intro: ReactNode;
  /** The fields the dialog shows; issues on any other field are listed in words. */
  names: readonly (keyof RequestForm)[];
  defaults: Partial<RequestForm>;
  /** What the dialog's values imply for the rest (a status). */
  derive?: (v: RequestForm) => Partial<RequestForm>;
  submitLabel: string;
  done: (saved: DsrRequest) => string;
  children: (values: RequestForm) => ReactNode;
}

function ActionForm({
  request,
  onClose,
  onSaved,
  onConflict,
  title,
  intro,
  names,
  defaults,
  derive,
  submitLabel,
  done,
  children,
}: ActionFormProps) {
  const { t } = useTranslation();
  const form = useForm<RequestForm, unknown, RequestOutput>({
    resolver: schemaResolver<RequestForm, RequestOutput>(dsrRequestFields, (v) => prepare({ ...v, ...derive?.(v) })),
    defaultValues: { ...toForm(request), ...defaults },
  });
  const [error, setError] = useState<string | null>(null);
  const values = useWatch({ control: form.control }) as RequestForm;
  const shown = new Set<string>(names);
  // Issues on fields the dialog does not show: said in words, with the field's name.
  const elsewhere = Object.entries(form.formState.errors).filter(([name]) => !shown.has(name));

  const submit = form.handleSubmit(async (fields) => {
    setError(null);
    try {
      const saved = await call('requests.update', { id: request.id, revision: request.revision, fields });
      onSaved(saved, done(saved));
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) {
        onConflict(e);
        onClose();
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(form.setError, e.error.issues, (n) => FIELD_ROOTS.has(n.split('.')[0] ?? ''), 'fields');
        setError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setError(failureText(t, e));
      }
    }
  });

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate aria-label={title}>
          <Stack gap="md">
            <Text size="sm">{intro}</Text>
            {children(values)}
            {elsewhere.length > 0 && (
              <Alert color="red" variant="light" role="alert" title={t('requests.action.otherFields')}>
                <List size="sm">
                  {elsewhere.map(([name, issue]) => (
                    <List.Item key={name}>
                      {t(`requests.f.${name}`)}: {issueText(t, typeof issue?.message === 'string' ? issue.message : undefined)}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <ErrorLine message={error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}

type DateName = 'identityCheckedOn' | 'extensionNotifiedOn' | 'answeredOn' | 'forwardedOn';

function DateField({ name, label, description }: { name: DateName; label: string; description?: string }) {
  const { t } = useTranslation();
  return <F.TextField name={name} label={label} description={description} placeholder={t('field.datePlaceholder')} w={220} />;
}

/** "Kontrollera identitet": how, when and by whom; a verified identity moves a new request on to "in progress". */
export function VerifyDialog(props: ActionProps) {
  const { t } = useTranslation();
  const { request } = props;
  return (
    <ActionForm
      {...props}
      title={t('requests.action.verify')}
      intro={t('requests.verify.intro')}
      names={['identity', 'identityMethod', 'identityCheckedOn', 'identityCheckedBy']}
      defaults={{
        identity: request.fields.identity === 'failed' ? 'failed' : 'verified',
        identityCheckedOn: request.fields.identityCheckedOn ?? todayIso(),
      }}
      derive={(v) => (v.identity === 'verified' && (v.status === 'received' || v.status === 'verifying') ? { status: 'in_progress' } : {})}
      submitLabel={t('requests.verify.submit')}
      done={() => t('requests.verify.done')}
    >
      {() => (
        <>
          <F.EnumRadioGroup
            name="identity"
            kind="identityState"
            values={['verified', 'failed']}
            label={t('requests.verify.result')}
            inline
          />
          <F.TextField name="identityMethod" label={t('requests.f.identityMethod')} description={t('requests.f.identityMethodHelp')} />
          <Group grow align="flex-start">
            <DateField name="identityCheckedOn" label={t('requests.f.identityCheckedOn')} />
            <F.TextField name="identityCheckedBy" label={t('requests.f.identityCheckedBy')} />
          </Group>
        </>
      )}
    </ActionForm>
  );
}

/** "Förläng fristen": the reason and the day the requester was told; told after the first month, it does not count. */
export function ExtendDialog(props: ActionProps) {
  const { t } = useTranslation();
  const { request } = props;
  return (
    <ActionForm
      {...props}
      title={t('requests.action.extend')}
      intro={t('requests.extend.intro', { date: formatDate(request.clock.firstDueOn) })}
      names={['extensionReason', 'extensionNotifiedOn']}
      defaults={{ extensionNotifiedOn: request.fields.extensionNotifiedOn ?? todayIso() }}
      submitLabel={t('requests.extend.submit')}
      done={(saved) => t('requests.extend.done', { date: formatDate(saved.clock.dueOn) })}
    >
      {(v) => {
        const clock = previewClock(v);
        return (
          <>
            <F.TextAreaField
              name="extensionReason"
              label={t('requests.f.extensionReason')}
              description={t('requests.f.extensionReasonHelp')}
            />
            <DateField
              name="extensionNotifiedOn"
              label={t('requests.f.extensionNotifiedOn')}
              description={t('requests.f.extensionNotifiedOnHelp')}
            />
            {clock?.extensionLate && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                {t('requests.extend.late')}
              </Alert>
            )}
          </>
        );
      }}
    </ActionForm>
  );
}

const refusing = (outcome: string | null) => outcome !== null && (REFUSING_OUTCOMES as readonly string[]).includes(outcome);

/** "Besvara": the outcome, its reason and the day; a refusing outcome makes the request refused, any other answered. */
export function AnswerDialog(props: ActionProps) {
  const { t } = useTranslation();
  const { request } = props;
  return (
    <ActionForm
      {...props}
      title={t('requests.action.answer')}
      intro={t('requests.answer.intro')}
      names={['outcome', 'outcomeReason', 'answeredOn', 'feeSek']}
      defaults={{ outcome: request.fields.outcome ?? 'granted', answeredOn: request.fields.answeredOn ?? todayIso() }}
      derive={(v) => ({ status: refusing(v.outcome) ? 'refused' : 'answered' })}
      submitLabel={t('requests.answer.submit')}
      done={(saved) => (saved.status === 'refused' ? t('requests.answer.doneRefused') : t('requests.answer.done'))}
    >
      {() => (
        <>
          <F.NullableEnumSelect
            name="outcome"
            kind="dsrOutcome"
            values={DSR_OUTCOMES}
            label={t('requests.f.outcome')}
            placeholder={t('requests.f.noOutcome')}
          />
          <F.TextAreaField name="outcomeReason" label={t('requests.f.outcomeReason')} description={t('requests.f.outcomeReasonHelp')} />
          <Group grow align="flex-start">
            <DateField name="answeredOn" label={t('requests.f.answeredOn')} />
            <F.TextField
              name="feeSek"
              label={t('requests.f.feeSek')}
              description={t('requests.f.feeSekHelp')}
              inputMode="numeric"
              // The help under the input, so that it stays in line with the date beside it.
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
          </Group>
        </>
      )}
    </ActionForm>
  );
}

/** "Vidarebefordra till kunden" (as processor): the day it went to the customer and what the customer said to do. */
export function ForwardDialog(props: ActionProps) {
  const { t } = useTranslation();
  const { request } = props;
  return (
    <ActionForm
      {...props}
      title={t('requests.action.forward')}
      intro={t('requests.forward.intro')}
      names={['forwardedOn', 'customerInstruction']}
      defaults={{ forwardedOn: request.fields.forwardedOn ?? todayIso() }}
      derive={() => ({ status: 'forwarded' })}
      submitLabel={t('requests.forward.submit')}
      done={() => t('requests.forward.done')}
    >
      {() => (
        <>
          <DateField name="forwardedOn" label={t('requests.f.forwardedOn')} />
          <F.TextAreaField
            name="customerInstruction"
            label={t('requests.f.customerInstruction')}
            description={t('requests.f.customerInstructionHelp')}
          />
        </>
      )}
    </ActionForm>
  );
}

/**
 * "Skapa svar med registerutdrag": the activities to describe (the request's ticked), the language,
 * the check before the document, then the DOCX (saved where the host saves documents).
 */
export function ReplyDialog({ request, onClose }: Pick<ActionProps, 'request' | 'onClose'>) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const { appInfo } = useAppState();
  const preflight = usePreflight();
  useCloseOnNavigate(onClose);
  const activities = useCall('activities.list', { includeArchived: true }, { reloadOn: ['activities'] });
  const all = activities.data?.items ?? [];
  const [picked, setPicked] = useState<string[]>(request.fields.activityIds.map(String));
  const [lang, setLang] = useState<Language>(uiLang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setError(null);
    const activityIds = picked.map(Number);
    if (activityIds.length === 0) {
      setError(t('requests.reply.pickOne'));
      return;
    }
    setBusy(true);
    try {
      if (!(await preflight.run({ document: 'accessReply', lang, requestId: request.id, activityIds }))) return;
      const result = await call('requests.accessReply', { id: request.id, lang, activityIds });
      if (!result) return; // the save dialog was cancelled
      notifySaved(t, { title: t('requests.reply.savedTitle'), path: result.path, reveal: appInfo?.nativeDialogs === true });
      onClose();
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  }

  const title = t('requests.reply.title');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
        noValidate
        aria-label={title}
      >
        <Stack gap="md">
          <Text size="sm">{t('requests.reply.intro')}</Text>
          <Checkbox.Group label={t('requests.reply.activities')} value={picked} onChange={setPicked}>
            <ScrollArea.Autosize mah={260} mt={6}>
              <Stack gap={6}>
                {all.map((a) => (
                  <Checkbox key={a.id} value={String(a.id)} label={uiLang === 'en' && a.nameEn ? a.nameEn : a.name} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
            {activities.data && all.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('requests.reply.noActivities')}
              </Text>
            )}
          </Checkbox.Group>
          <Radio.Group label={t('requests.reply.lang')} value={lang} onChange={(v) => setLang(v as Language)}>
            <Group mt={6}>
              <Radio value="sv" label="Svenska" />
              <Radio value="en" label="English" />
            </Group>
          </Radio.Group>
          <Text size="xs" c="dimmed">
            {appInfo?.nativeDialogs ? t('requests.reply.whereNative') : t('requests.reply.whereBrowser')}
          </Text>
          <ErrorLine message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconFileTypeDocx size={16} />} loading={busy}>
              {t('requests.reply.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
