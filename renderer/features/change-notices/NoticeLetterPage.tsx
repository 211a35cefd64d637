import { Alert, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle, IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { findPlaceholders } from '../../../shared/agreement-placeholders';
import {
  NOTICE_LETTER_BLOCKS,
  noticeLetterTexts,
  type NoticeLetter,
  type NoticeLetterBlock,
  type NoticeLetterTexts,
} from '../../../shared/contract';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { errorAt, issueText, schemaResolver } from '../../ui/forms';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useCall } from '../../ui/useCall';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { Placeholders } from '../agreements/AgreementTemplatePage';

type LetterOutput = z.output<typeof noticeLetterTexts>;
const FIELD_ROOTS = new Set(Object.keys(noticeLetterTexts.shape));
const resolver = schemaResolver<NoticeLetterTexts, LetterOutput>(noticeLetterTexts);
const toForm = (l: NoticeLetter): NoticeLetterTexts => ({ ...l.texts });
const field = (block: NoticeLetterBlock, lang: 'Sv' | 'En') => `${block}${lang}` as keyof NoticeLetterTexts;

/** /andringsmeddelanden/brevmall: the words of the notice letters, per block in Swedish and English. */
export function NoticeLetterPage() {
  const { t } = useTranslation();
  const loaded = useCall('noticeLetter.get', {}, { reloadOn: [] });
  const back = <BackLink to={paths.changeNotices.list} label={t('changeNotices.back')} />;
  if (!loaded.data) return <RecordLoading back={back} loadError={loaded.error} />;
  return <LetterEditor initial={loaded.data} back={back} />;
}

function LetterEditor({ initial, back }: { initial: NoticeLetter; back: React.ReactNode }) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NoticeLetterTexts, unknown, LetterOutput>({ resolver, defaultValues: toForm(initial) });
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'noticeLetter',
    update: (l, texts: LetterOutput) => call('noticeLetter.save', { revision: l.revision, texts }),
  });
  const letter = editor.record ?? initial;
  const [resetting, setResetting] = useState(false);
  const known = useMemo(() => new Set(letter.placeholders.map((p) => p.name)), [letter]);
  const values = watch();
  const isDefault = letter.defaults.length === NOTICE_LETTER_BLOCKS.length;

  /** The form's own error on a field, else the unknown placeholders typed into it (the core's words). */
  const err = (name: keyof NoticeLetterTexts) => {
    const own = issueText(t, errorAt(errors, name));
    if (own) return own;
    const unknown = findPlaceholders(values[name] ?? '').filter((p) => !known.has(p));
    return unknown.length ? t('v.placeholder.unknown', { names: unknown.join(', ') }) : undefined;
  };
  const props = (name: FieldPath<NoticeLetterTexts>) => ({ ...register(name), error: err(name) });

  function confirmReset() {
    modals.openConfirmModal({
      title: t('noticeLetter.resetTitle'),
      children: <Text size="sm">{t('noticeLetter.resetText')}</Text>,
      labels: { confirm: t('noticeLetter.reset'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setResetting(true);
        try {
          editor.accept(await call('noticeLetter.reset', { revision: letter.revision }));
          notifySuccess(t('noticeLetter.resetDone'));
        } catch (e) {
          if (!editor.conflicted(e)) notifyError(t, e);
        } finally {
          setResetting(false);
        }
      },
    });
  }

  return (
    <Stack gap="md">
      {back}
      <PageHeader
        title={t('noticeLetter.title')}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" color={isDefault ? 'teal' : 'blue'} size="sm">
              {isDefault ? t('noticeLetter.isDefault') : t('noticeLetter.isCustom')}
            </Badge>
            {/* Untouched texts have never been saved: no date to show. */}
            {!isDefault && <span>{t('noticeLetter.updatedAt', { date: formatDateTime(letter.updatedAt) })}</span>}
          </Group>
        }
        actions={
          <Button
            variant="default"
            color="red"
            leftSection={<IconRestore size={16} />}
            onClick={confirmReset}
            disabled={isDefault || resetting}
          >
            {t('noticeLetter.reset')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('noticeLetter.description')}
      </Text>
      <RecordConflict editor={editor} />
      {letter.unknownPlaceholders.length > 0 && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('template.unknownTitle')} py="xs" role="alert">
          {t('template.unknownText', { names: letter.unknownPlaceholders.map((p) => `{{${p}}}`).join(', ') })}
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={t('noticeLetter.title')}>
            <Stack gap="md">
              {NOTICE_LETTER_BLOCKS.map((block) => {
                const name = t(`noticeLetter.block.${block}`);
                const label = (lang: 'sv' | 'en') =>
                  t('noticeLetter.fieldLabel', { block: name, lang: t(`noticeLetter.${lang}`).toLowerCase() });
                const Input = block === 'subject' ? TextInput : Textarea;
                const area = block === 'subject' ? {} : { autosize: true, minRows: 3, maxRows: 14 };
                return (
                  <Paper key={block} withBorder p="md" radius="md" component="section" aria-labelledby={`letter-${block}-title`}>
                    <Group justify="space-between" mb="xs">
                      <Title order={2} size="h5" id={`letter-${block}-title`}>
                        {name}
                      </Title>
                      <Badge size="xs" variant="light" color={letter.defaults.includes(block) ? 'teal' : 'blue'}>
                        {letter.defaults.includes(block) ? t('noticeLetter.blockDefault') : t('noticeLetter.blockCustom')}
                      </Badge>
                    </Group>
                    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                      <Input label={label('sv')} lang="sv" {...area} {...props(field(block, 'Sv'))} />
                      <Input label={label('en')} lang="en" {...area} {...props(field(block, 'En'))} />
                    </SimpleGrid>
                  </Paper>
                );
              })}
              <FormFooter editor={editor} submitting={isSubmitting} dirty={isDirty} onUndo={() => reset(toForm(letter))} />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} style={{ position: 'sticky', top: 72 }}>
          <Placeholders template={letter} help={t('noticeLetter.placeholdersHelp')} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
