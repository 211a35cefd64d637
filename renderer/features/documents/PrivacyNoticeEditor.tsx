import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useController, useFieldArray, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import {
  COOKIE_LIST_MAX,
  emptyNoticeCookie,
  emptyPrivacyNoticeSection,
  privacyNoticeFields,
  type PrivacyNoticeSettings,
} from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { formatDateTime } from '../../ui/format';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { STATUS_COLOR } from '../activities/ActivitiesPage';

type NoticeForm = z.input<typeof privacyNoticeFields>;
type NoticeOutput = z.output<typeof privacyNoticeFields>;

const MAX_SECTIONS = 50;
/** Server issues on these go beside the field; the rest (e.g. an unknown activity id) make one line. */
const FIELD_ROOTS = new Set(['introSv', 'introEn', 'validFrom', 'cookies', 'cookieList', 'sections']);

const toForm = (s: PrivacyNoticeSettings): NoticeForm => formValues(privacyNoticeFields, s);

interface EditorProps {
  /** The notice's settings as read when the page opened. */
  initial: PrivacyNoticeSettings;
  onDirtyChange: (dirty: boolean) => void;
}

/** The user's part of the privacy notice: introduction, which activities appear, own sections. */
export function PrivacyNoticeEditor({ initial, onDirtyChange }: EditorProps) {
  const { t } = useTranslation();
  /** The form's own check failed: the fields say what, the footer says so once. */
  const [invalid, setInvalid] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NoticeForm, unknown, NoticeOutput>({
    resolver: schemaResolver<NoticeForm, NoticeOutput>(privacyNoticeFields),
    defaultValues: toForm(initial),
  });
  const fixFields = t('documents.notice.fixFields');
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'documents.notice',
    fieldsFailedText: fixFields,
    // The preview reloads by itself (data.changed).
    update: (s, values: NoticeOutput) => call('privacyNotice.update', { ...values, revision: s.revision }),
  });
  const settings = editor.record ?? initial;
  const sections = useFieldArray({ control, name: 'sections', keyName: 'key' });
  const excluded = useController({ control, name: 'excludedActivityIds' });
  const includedDrafts = useController({ control, name: 'includedDraftIds' });

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const err = (name: string) => issueText(t, errorAt(errors, name));
  const textarea = (name: FieldPath<NoticeForm>, label: string, extra: Record<string, unknown> = {}) => (
    <Textarea label={label} autosize minRows={2} maxRows={14} {...register(name)} error={err(name)} {...extra} />
  );

  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={handleSubmit(
          (values) => {
            setInvalid(false);
            return editor.save(values);
          },
          () => setInvalid(true),
        )}
        noValidate
        aria-label={t('documents.notice.editor')}
      >
        <Stack gap="md">
          <RecordConflict editor={editor} />
          <Fieldset legend={t('documents.notice.intro')}>
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('documents.notice.introHelp')}
              </Text>
              {textarea('introSv', t('documents.notice.introSv'), {
                placeholder: t('documents.notice.introPlaceholder'),
                minRows: 3,
                lang: 'sv',
              })}
              {textarea('introEn', t('documents.notice.introEn'), {
                placeholder: t('documents.notice.introPlaceholder'),
                minRows: 3,
                lang: 'en',
              })}
            </Stack>
          </Fieldset>

          <Controller
            control={control}
            name="validFrom"
            render={({ field }) => (
              <TextInput
                label={t('documents.notice.validFrom')}
                description={t('documents.notice.validFromHelp')}
                placeholder={t('field.datePlaceholder')}
                name="validFrom"
                ref={field.ref}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value.trim() === '' ? null : e.currentTarget.value.trim())}
                onBlur={field.onBlur}
                error={err('validFrom')}
                maw={260}
              />
            )}
          />

          <Fieldset legend={t('documents.notice.activities')} data-field="excludedActivityIds">
            <ActivityChoice
              activities={settings.activities}
              excluded={excluded.field.value}
              includedDrafts={includedDrafts.field.value ?? []}
              onChange={(next) => {
                excluded.field.onChange(next.excluded);
                includedDrafts.field.onChange(next.includedDrafts);
              }}
            />
          </Fieldset>

          <CookieAnswer control={control} register={register} err={err} />

          <Fieldset legend={t('documents.notice.retentionOrder')} data-field="retentionOrder">
            <Controller
              control={control}
              name="retentionOrder"
              render={({ field }) => (
                <RetentionOrder rows={settings.retentionRows} order={field.value ?? []} onChange={(ids) => field.onChange(ids)} />
              )}
            />
          </Fieldset>

          <Fieldset legend={t('documents.notice.sections')}>
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('documents.notice.sectionsHelp')}
              </Text>
              {sections.fields.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('documents.notice.noSections')}
                </Text>
              )}
              {sections.fields.map((section, index) => {
                const n = index + 1;
                const label = (key: string) => t('documents.notice.sectionField', { field: t(key), n });
                return (
                  <Paper
                    key={section.key}
                    withBorder
                    p="sm"
                    radius="sm"
                    bg="gray.0"
                    role="group"
                    aria-label={t('documents.notice.sectionN', { n })}
                  >
                    <Group justify="space-between" mb={6}>
                      <Text size="sm" fw={600}>
                        {t('documents.notice.sectionN', { n })}
                      </Text>
                      <Group gap={2}>
                        <Tooltip label={t('documents.notice.moveUp', { n })}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={index === 0}
                            onClick={() => sections.move(index, index - 1)}
                            aria-label={t('documents.notice.moveUp', { n })}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('documents.notice.moveDown', { n })}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={index === sections.fields.length - 1}
                            onClick={() => sections.move(index, index + 1)}
                            aria-label={t('documents.notice.moveDown', { n })}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('documents.notice.removeSection', { n })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => sections.remove(index)}
                            aria-label={t('documents.notice.removeSection', { n })}
                          >
                            <IconX size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Group>
                    <Stack gap="xs">
                      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                        <TextInput
                          label={label('documents.notice.sectionTitleSv')}
                          required
                          withAsterisk={false}
                          lang="sv"
                          {...register(`sections.${index}.titleSv`)}
                          error={err(`sections.${index}.titleSv`)}
                        />
                        <TextInput
                          label={label('documents.notice.sectionTitleEn')}
                          lang="en"
                          {...register(`sections.${index}.titleEn`)}
                          error={err(`sections.${index}.titleEn`)}
                        />
                      </SimpleGrid>
                      {textarea(`sections.${index}.bodySv`, label('documents.notice.sectionBodySv'), { lang: 'sv' })}
                      {textarea(`sections.${index}.bodyEn`, label('documents.notice.sectionBodyEn'), { lang: 'en' })}
                    </Stack>
                  </Paper>
                );
              })}
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  disabled={sections.fields.length >= MAX_SECTIONS}
                  onClick={() => sections.append({ ...emptyPrivacyNoticeSection })}
                >
                  {t('documents.notice.addSection')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <Text size="xs" c="dimmed">
            {t('documents.notice.updatedAt', { date: formatDateTime(settings.updatedAt) })}
          </Text>
          <FormFooter
            editor={invalid ? { ...editor, saveError: fixFields } : editor}
            submitting={isSubmitting}
            onUndo={() => reset(toForm(settings))}
            dirty={isDirty}
          />
        </Stack>
      </form>
    </Paper>
  );
}

interface ActivityChoiceProps {
  activities: PrivacyNoticeSettings['activities'];
  excluded: number[];
  includedDrafts: number[];
  onChange: (next: { excluded: number[]; includedDrafts: number[] }) => void;
}

/** Whether the notice takes in the activity with these choices: drafts only when let in. */
const isIncluded = (a: { id: number; status: string }, excluded: number[], includedDrafts: number[]) =>
  !excluded.includes(a.id) && (a.status !== 'draft' || includedDrafts.includes(a.id));

/** One checkbox per controller activity: unticking excludes it, ticking a draft lets it in. */
function ActivityChoice({ activities, excluded, includedDrafts, onChange }: ActivityChoiceProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (activities.length === 0) {
    return (
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('documents.notice.noActivities')}
        </Text>
        <Anchor component={Link} to={paths.activities.new} size="sm">
          {t('documents.notice.addActivities')}
        </Anchor>
      </Stack>
    );
  }
  const included = activities.filter((a) => isIncluded(a, excluded, includedDrafts)).length;
  const toggle = (a: { id: number; status: string }, on: boolean) => {
    const without = (ids: number[]) => ids.filter((id) => id !== a.id);
    if (a.status === 'draft')
      onChange({ excluded: without(excluded), includedDrafts: on ? [...without(includedDrafts), a.id] : without(includedDrafts) });
    else onChange({ excluded: on ? without(excluded) : [...without(excluded), a.id], includedDrafts });
  };
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('documents.notice.activitiesHelp')}
      </Text>
      <Text size="sm" fw={500} aria-live="polite">
        {t('documents.notice.includedCount', { included, total: activities.length })}
      </Text>
      <Stack gap={6} role="group" aria-label={t('documents.notice.include')}>
        {activities.map((a) => {
          const name = a.refNo ? `${a.refNo} ${a.name}` : a.name;
          const checked = isIncluded(a, excluded, includedDrafts);
          return (
            <Group key={a.id} gap="xs" wrap="nowrap" justify="space-between">
              <Checkbox
                checked={checked}
                onChange={(e) => toggle(a, e.currentTarget.checked)}
                aria-label={t('documents.notice.includeActivity', { name: a.name })}
                label={
                  <Text size="sm" component="span" c={checked ? undefined : 'dimmed'} td={checked ? undefined : 'line-through'}>
                    {name}
                  </Text>
                }
              />
              {a.status !== 'active' && (
                <Tooltip label={t('documents.notice.draftHelp')} disabled={a.status !== 'draft'}>
                  <Badge variant="light" size="xs" color={STATUS_COLOR[a.status as keyof typeof STATUS_COLOR] ?? 'gray'}>
                    {enumLabel('activityStatus', a.status, lang)}
                  </Badge>
                </Tooltip>
              )}
            </Group>
          );
        })}
      </Stack>
      {included === 0 && (
        <Text size="sm" c="orange.8">
          {t('documents.notice.noneIncluded')}
        </Text>
      )}
    </Stack>
  );
}

type CookieChoice = 'unanswered' | 'necessary_only' | 'described';

/** The website's cookies: not answered, only the strictly necessary ones, or described one by one. */
function CookieAnswer({
  control,
  register,
  err,
}: {
  control: Control<NoticeForm, unknown, NoticeOutput>;
  register: ReturnType<typeof useForm<NoticeForm, unknown, NoticeOutput>>['register'];
  err: (name: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const answer = useController({ control, name: 'cookies' });
  const list = useFieldArray({ control, name: 'cookieList', keyName: 'key' });
  const cookies = useWatch({ control, name: 'cookieList' }) ?? [];
  const value: CookieChoice = answer.field.value ?? 'unanswered';
  return (
    <Fieldset legend={t('documents.notice.cookies')}>
      <Stack gap="sm">
        <Radio.Group
          data-field="cookies"
          description={t('documents.notice.cookiesHelp')}
          value={value}
          onChange={(v) => {
            answer.field.onChange(v === 'unanswered' ? null : v);
            if (v === 'described' && list.fields.length === 0) list.append({ ...emptyNoticeCookie });
          }}
          error={err('cookies')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="unanswered" label={t('documents.notice.cookiesUnanswered')} />
            <Radio value="necessary_only" label={t('documents.notice.cookiesNecessaryOnly')} />
            <Radio value="described" label={t('documents.notice.cookiesDescribed')} />
          </Stack>
        </Radio.Group>
        {value === 'described' && (
          <Stack gap="sm" data-field="cookieList">
            {err('cookieList') && (
              <Text size="sm" c="red.7">
                {err('cookieList')}
              </Text>
            )}
            {list.fields.map((cookie, index) => {
              const n = index + 1;
              const label = (key: string) => t('documents.notice.cookieField', { field: t(key), n });
              return (
                <Paper
                  key={cookie.key}
                  withBorder
                  p="sm"
                  radius="sm"
                  bg="gray.0"
                  role="group"
                  aria-label={t('documents.notice.cookieN', { n })}
                >
                  <Group justify="space-between" mb={6}>
                    <Text size="sm" fw={600}>
                      {cookies[index]?.name || t('documents.notice.cookieN', { n })}
                    </Text>
                    <Tooltip label={t('documents.notice.removeCookie', { n })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => list.remove(index)}
                        aria-label={t('documents.notice.removeCookie', { n })}
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  <Stack gap="xs">
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                      <TextInput
                        label={label('documents.notice.cookieName')}
                        required
                        withAsterisk={false}
                        {...register(`cookieList.${index}.name`)}
                        error={err(`cookieList.${index}.name`)}
                      />
                      <TextInput
                        label={label('documents.notice.cookieProvider')}
                        {...register(`cookieList.${index}.provider`)}
                        error={err(`cookieList.${index}.provider`)}
                      />
                      <TextInput
                        label={label('documents.notice.cookiePurposeSv')}
                        lang="sv"
                        {...register(`cookieList.${index}.purposeSv`)}
                        error={err(`cookieList.${index}.purposeSv`)}
                      />
                      <TextInput
                        label={label('documents.notice.cookiePurposeEn')}
                        lang="en"
                        {...register(`cookieList.${index}.purposeEn`)}
                        error={err(`cookieList.${index}.purposeEn`)}
                      />
                      <TextInput
                        label={label('documents.notice.cookieLifetimeSv')}
                        lang="sv"
                        {...register(`cookieList.${index}.lifetimeSv`)}
                        error={err(`cookieList.${index}.lifetimeSv`)}
                      />
                      <TextInput
                        label={label('documents.notice.cookieLifetimeEn')}
                        lang="en"
                        {...register(`cookieList.${index}.lifetimeEn`)}
                        error={err(`cookieList.${index}.lifetimeEn`)}
                      />
                    </SimpleGrid>
                    <Checkbox label={label('documents.notice.cookieNeedsConsent')} {...register(`cookieList.${index}.needsConsent`)} />
                  </Stack>
                </Paper>
              );
            })}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                disabled={list.fields.length >= COOKIE_LIST_MAX}
                onClick={() => list.append({ ...emptyNoticeCookie })}
              >
                {t('documents.notice.addCookie')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The retention table's rows with up and down buttons; the order saved is every row's id, top first. */
function RetentionOrder({
  rows,
  order,
  onChange,
}: {
  rows: PrivacyNoticeSettings['retentionRows'];
  order: number[];
  onChange: (ids: number[]) => void;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('documents.notice.noRetentionRows')}
      </Text>
    );
  }
  // The saved order first, then rows not in it as the notice places them.
  const position = new Map(order.map((id, i) => [id, i]));
  const shown = rows
    .map((row, i) => ({ row, key: position.get(row.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.row);
  const move = (from: number, to: number) => {
    const ids = shown.map((r) => r.id);
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id!);
    onChange(ids);
  };
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('documents.notice.retentionOrderHelp')}
      </Text>
      <Stack gap={2} component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('documents.notice.retentionOrder')}>
        {shown.map((row, index) => (
          <Group key={row.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">
              {index + 1}. {row.name}
            </Text>
            <Group gap={2} wrap="nowrap">
              <Tooltip label={t('documents.notice.ruleUp', { name: row.name })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={t('documents.notice.ruleUp', { name: row.name })}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('documents.notice.ruleDown', { name: row.name })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === shown.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={t('documents.notice.ruleDown', { name: row.name })}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
