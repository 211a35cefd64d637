import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { emptyPrivacyNoticeSection, privacyNoticeFields, type PrivacyNoticeSettings } from '../../../shared/contract';
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
const FIELD_ROOTS = new Set(['introSv', 'introEn', 'sections']);

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

          <Fieldset legend={t('documents.notice.activities')}>
            <Controller
              control={control}
              name="excludedActivityIds"
              render={({ field }) => (
                <ActivityChoice activities={settings.activities} excluded={field.value} onChange={(ids) => field.onChange(ids)} />
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
  onChange: (excluded: number[]) => void;
}

/** One checkbox per controller activity; unticking puts its id among the excluded ones. */
function ActivityChoice({ activities, excluded, onChange }: ActivityChoiceProps) {
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
  const included = activities.filter((a) => !excluded.includes(a.id)).length;
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
          const checked = !excluded.includes(a.id);
          return (
            <Group key={a.id} gap="xs" wrap="nowrap" justify="space-between">
              <Checkbox
                checked={checked}
                onChange={(e) => onChange(e.currentTarget.checked ? excluded.filter((id) => id !== a.id) : [...excluded, a.id])}
                aria-label={t('documents.notice.includeActivity', { name: a.name })}
                label={
                  <Text size="sm" component="span" c={checked ? undefined : 'dimmed'} td={checked ? undefined : 'line-through'}>
                    {name}
                  </Text>
                }
              />
              {a.status !== 'active' && (
                <Badge variant="light" size="xs" color={STATUS_COLOR[a.status as keyof typeof STATUS_COLOR] ?? 'gray'}>
                  {enumLabel('activityStatus', a.status, lang)}
                </Badge>
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
