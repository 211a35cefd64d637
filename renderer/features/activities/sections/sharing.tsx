import { Grid, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyRecipient, emptyTransfer } from '../../../../shared/contract';
import { ADEQUACY_DECISIONS, RECIPIENT_KINDS, TRANSFER_MECHANISMS, isEeaCountry } from '../../../../shared/domain/enums';
import { countryName, locationLabel } from '../../../../shared/domain/labels';
import type { Language } from '../../../../shared/messages';
import { FieldRows, RemoveRowButton, useFieldError } from '../../../ui/fields';
import { useLang } from '../../../ui/lang';
import type { Lookups } from '../../../ui/useLookups';
import type { ActivityForm } from '../form';
import { activityField, Section } from './Section';

// Who the data is shared with, and transfers outside the EU/EEA.

const { TextField, TextAreaField, EnumSelect, NullableIdSelect, CountrySelect } = activityField;

type RecipientsAnswer = 'none' | 'list';

/**
 * Whether the data is disclosed at all: "no recipients" is an answer of its own, distinct from a
 * question nobody answered (documents then say nothing about recipients).
 */
function RecipientsQuestion({ answer, onAnswer }: { answer: RecipientsAnswer | null; onAnswer: (a: RecipientsAnswer) => void }) {
  const { t } = useTranslation();
  const err = useFieldError();
  return (
    <Radio.Group
      name="noRecipients"
      label={t('activities.f.recipientsAnswer')}
      value={answer ?? ''}
      onChange={(v) => onAnswer(v as RecipientsAnswer)}
      error={err('noRecipients')}
      description={answer === null ? t('activities.recipientsUnanswered') : undefined}
    >
      <Stack gap={6} mt={6}>
        <Radio value="list" label={t('activities.recipientsList')} />
        <Radio value="none" label={t('activities.recipientsNone')} description={t('activities.h.recipientsNone')} />
      </Stack>
    </Radio.Group>
  );
}

export function RecipientsSection({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control, setValue } = useFormContext<ActivityForm>();
  const rows = useFieldArray({ control, name: 'recipients', keyName: 'key' });
  const values = useWatch({ control, name: 'recipients' });
  const noRecipients = useWatch({ control, name: 'noRecipients' });
  // "Listing" with no rows yet is still an unanswered question; the choice shows the list.
  const [listing, setListing] = useState(false);
  const answer: RecipientsAnswer | null = noRecipients ? 'none' : listing || rows.fields.length > 0 ? 'list' : null;
  const onAnswer = (a: RecipientsAnswer) => {
    setValue('noRecipients', a === 'none', { shouldDirty: true });
    setListing(a === 'list');
    if (a === 'list' && rows.fields.length === 0) rows.append({ ...emptyRecipient });
  };
  const recipientTerms = lookups.terms
    .filter((term) => term.kind === 'recipient' && (term.archivedAt === null || values.some((v) => v.termId === term.id)))
    .map((term) => ({ value: String(term.id), label: lang === 'en' ? term.labelEn : term.labelSv }));
  const subprocessors = lookups.subprocessors.map((s) => ({ value: String(s.id), label: `${s.name} (${locationLabel(s, lang)})` }));
  return (
    <Section id="recipients">
      <RecipientsQuestion answer={answer} onAnswer={onAnswer} />
      {answer === 'list' && (
        <FieldRows
          count={rows.fields.length}
          max={50}
          emptyText={t('activities.noRecipients')}
          addLabel={t('activities.addRecipient')}
          onAdd={() => rows.append({ ...emptyRecipient })}
        >
          {rows.fields.map((row, index) => {
            const n = index + 1;
            const kind = values[index]?.kind;
            // Only the first row shows its labels (a table-like list); the others keep them as accessible names.
            const first = index === 0;
            return (
              <Group key={row.key} align="flex-start" wrap="nowrap" gap="xs" role="group" aria-label={t('activities.recipientN', { n })}>
                <Grid style={{ flex: 1 }} gap="xs">
                  <Grid.Col span={{ base: 12, sm: 3 }}>
                    <EnumSelect
                      name={`recipients.${index}.kind`}
                      label={first ? t('activities.f.recipientKind') : undefined}
                      aria-label={t('activities.f.recipientKind')}
                      kind="recipientKind"
                      values={RECIPIENT_KINDS}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: kind === 'processor' ? 3 : 4 }}>
                    <NullableIdSelect
                      name={`recipients.${index}.termId`}
                      label={t('activities.f.recipientTerm')}
                      showLabel={first}
                      data={recipientTerms}
                      placeholder={t('activities.chooseOptional')}
                    />
                  </Grid.Col>
                  {kind === 'processor' && (
                    <Grid.Col span={{ base: 12, sm: 3 }}>
                      <NullableIdSelect
                        name={`recipients.${index}.subprocessorId`}
                        label={t('activities.f.recipientProcessor')}
                        showLabel={first}
                        data={subprocessors}
                        placeholder={t('activities.chooseOptional')}
                      />
                    </Grid.Col>
                  )}
                  <Grid.Col span={{ base: 12, sm: kind === 'processor' ? 3 : 5 }}>
                    <TextField
                      name={`recipients.${index}.name`}
                      label={first ? t('activities.f.recipientName') : undefined}
                      aria-label={t('activities.f.recipientName')}
                    />
                  </Grid.Col>
                </Grid>
                <RemoveRowButton label={t('activities.removeRecipient', { n })} onClick={() => rows.remove(index)} top={first ? 26 : 4} />
              </Group>
            );
          })}
        </FieldRows>
      )}
    </Section>
  );
}

/** What the chosen country means for the transfer: inside the EEA (no transfer), an adequacy decision, or neither. */
function TransferHint({ country, lang }: { country: string; lang: Language }) {
  const { t } = useTranslation();
  if (!country) return null;
  if (isEeaCountry(country))
    return (
      <Text size="xs" c="orange.8">
        {t('activities.transferEea', { country: countryName(country, lang) })}
      </Text>
    );
  const adequacy = ADEQUACY_DECISIONS[country];
  if (adequacy) {
    return (
      <Text size="xs" c="dimmed">
        {adequacy.scope === 'DPF'
          ? t('activities.transferDpf')
          : t('activities.transferAdequacy', { country: countryName(country, lang), decision: adequacy.decision })}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {t('activities.transferNoAdequacy', { country: countryName(country, lang) })}
    </Text>
  );
}

const thirdCountry = (code: string) => !isEeaCountry(code);

export function TransfersSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext<ActivityForm>();
  const rows = useFieldArray({ control, name: 'transfers', keyName: 'key' });
  const values = useWatch({ control, name: 'transfers' });
  return (
    <Section id="transfers">
      <FieldRows
        count={rows.fields.length}
        max={50}
        emptyText={t('activities.noTransfers')}
        addLabel={t('activities.addTransfer')}
        onAdd={() => rows.append({ ...emptyTransfer })}
      >
        {rows.fields.map((row, index) => {
          const n = index + 1;
          const country = values[index]?.country ?? '';
          return (
            <Paper key={row.key} withBorder p="sm" radius="sm" role="group" aria-label={t('activities.transferN', { n })}>
              <Group align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                    <CountrySelect
                      name={`transfers.${index}.country`}
                      only={thirdCountry}
                      label={t('field.country')}
                      placeholder={t('activities.chooseCountry')}
                      nothingFoundMessage={t('activities.noCountry')}
                    />
                    <TextField name={`transfers.${index}.recipient`} label={t('activities.f.transferRecipient')} />
                    <EnumSelect
                      name={`transfers.${index}.mechanism`}
                      label={t('activities.f.mechanism')}
                      kind="transferMechanism"
                      values={TRANSFER_MECHANISMS}
                    />
                  </SimpleGrid>
                  <TransferHint country={country} lang={lang} />
                  <TextAreaField
                    name={`transfers.${index}.safeguards`}
                    label={t('activities.f.safeguards')}
                    description={t('activities.h.safeguards')}
                    minRows={1}
                  />
                </Stack>
                <RemoveRowButton label={t('activities.removeTransfer', { n })} onClick={() => rows.remove(index)} />
              </Group>
            </Paper>
          );
        })}
      </FieldRows>
    </Section>
  );
}
