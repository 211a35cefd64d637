import { Button, Grid, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyMoreBasis, emptyPurpose, MORE_BASES_MAX } from '../../../../shared/contract';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LEGAL_BASES } from '../../../../shared/domain/enums';
import { enumLabel } from '../../../../shared/domain/labels';
import { FieldRows, RemoveRowButton, useFieldError } from '../../../ui/fields';
import { useLang } from '../../../ui/lang';
import type { ActivityForm } from '../form';
import { Bilingual } from './Bilingual';
import { activityField, Section } from './Section';

const { TextField, TextAreaField, EnumRadioGroup, EnumSelect } = activityField;

export function BasicsSection({ archived }: { archived: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const role = useWatch({ control, name: 'role' });
  return (
    <Section id="basics">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField name="refNo" label={t('activities.f.refNo')} description={t('activities.h.refNo')} />
      </SimpleGrid>
      <Bilingual sv="name" en="nameEn" label={t('activities.f.name')} description={t('activities.h.name')} required />
      <Bilingual
        sv="description"
        en="descriptionEn"
        label={t('activities.f.description')}
        description={t('activities.h.description')}
        multiline
        maxRows={8}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EnumRadioGroup name="role" label={t('activities.f.role')} kind="activityRole" values={ACTIVITY_ROLES} />
        <TextField name="owner" label={t('activities.f.owner')} description={t('activities.h.owner')} />
        <StatusRadios archived={archived} />
      </SimpleGrid>
      {role === 'joint_controller' && (
        <TextAreaField
          name="jointControllers"
          label={t('activities.f.jointControllers')}
          description={t('activities.h.jointControllers')}
        />
      )}
    </Section>
  );
}

/** Draft or active; an archived activity shows its status but leaves it to the archive button. */
function StatusRadios({ archived }: { archived: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { field } = useController<ActivityForm, 'status'>({ name: 'status' });
  const err = useFieldError();
  return (
    <Radio.Group
      label={t('field.status')}
      value={field.value}
      onChange={field.onChange}
      error={err('status')}
      description={archived ? t('activities.h.statusArchived') : undefined}
    >
      <Stack gap={6} mt={6}>
        {ACTIVITY_STATUSES.filter((s) => archived || s !== 'archived').map((s) => (
          <Radio key={s} value={s} label={enumLabel('activityStatus', s, lang)} disabled={archived} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

const DETAIL_HELP: Record<string, string> = {
  consent: 'activities.h.detailConsent',
  contract: 'activities.h.detailContract',
  legal_obligation: 'activities.h.detailLaw',
  vital_interests: 'activities.h.detailVital',
  public_task: 'activities.h.detailLaw',
  legitimate_interests: 'activities.h.detailLegitimate',
};

/** The further legal bases of one purpose, each with what it covers. */
function MoreBases({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const rows = useFieldArray({ control, name: `purposes.${index}.moreBases`, keyName: 'key' });
  const n = index + 1;
  return (
    <Stack gap="xs">
      {rows.fields.map((row, j) => {
        const m = j + 1;
        const first = j === 0;
        return (
          <Group
            key={row.key}
            align="flex-start"
            wrap="nowrap"
            gap="xs"
            role="group"
            aria-label={t('activities.moreBasisN', { n: m, purpose: n })}
          >
            <Grid style={{ flex: 1 }} gap="xs">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <EnumSelect
                  name={`purposes.${index}.moreBases.${j}.legalBasis`}
                  label={first ? t('activities.f.moreBasis') : undefined}
                  aria-label={t('activities.f.moreBasis')}
                  kind="legalBasis"
                  values={LEGAL_BASES}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextField
                  name={`purposes.${index}.moreBases.${j}.scopeSv`}
                  label={first ? t('activities.f.moreBasisScope') : undefined}
                  aria-label={t('activities.f.moreBasisScope')}
                  placeholder={t('activities.h.moreBasisScope')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextField
                  name={`purposes.${index}.moreBases.${j}.scopeEn`}
                  label={first ? t('activities.inEnglish', { label: t('activities.f.moreBasisScope') }) : undefined}
                  aria-label={t('activities.inEnglish', { label: t('activities.f.moreBasisScope') })}
                  lang="en"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <TextField
                  name={`purposes.${index}.moreBases.${j}.detail`}
                  label={first ? t('activities.f.legalBasisDetail') : undefined}
                  aria-label={t('activities.f.legalBasisDetail')}
                />
              </Grid.Col>
            </Grid>
            <RemoveRowButton
              label={t('activities.removeMoreBasis', { n: m, purpose: n })}
              onClick={() => rows.remove(j)}
              top={first ? 26 : 4}
            />
          </Group>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => rows.append({ ...emptyMoreBasis })}
          disabled={rows.fields.length >= MORE_BASES_MAX}
        >
          {t('activities.addMoreBasis')}
        </Button>
      </Group>
    </Stack>
  );
}

function PurposeRow({ index, onRemove, canRemove }: { index: number; onRemove: () => void; canRemove: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const basis = useWatch({ control, name: `purposes.${index}.legalBasis` });
  const more = useWatch({ control, name: `purposes.${index}.moreBases` }) ?? [];
  const needsLia = basis === 'legitimate_interests' || more.some((b) => b.legalBasis === 'legitimate_interests');
  const n = index + 1;
  return (
    <Paper withBorder p="sm" radius="sm" role="group" aria-label={t('activities.purposeN', { n })}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('activities.purposeN', { n })}
        </Text>
        {canRemove && <RemoveRowButton label={t('activities.removePurpose', { n })} onClick={onRemove} top={0} />}
      </Group>
      <Stack gap="sm">
        <Bilingual
          sv={`purposes.${index}.description`}
          en={`purposes.${index}.descriptionEn`}
          label={t('activities.f.purpose')}
          description={t('activities.h.purpose')}
          multiline
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <EnumSelect name={`purposes.${index}.legalBasis`} label={t('activities.f.legalBasis')} kind="legalBasis" values={LEGAL_BASES} />
          <TextField
            name={`purposes.${index}.legalBasisDetail`}
            label={t('activities.f.legalBasisDetail')}
            description={t(DETAIL_HELP[basis] ?? 'activities.h.detailContract')}
          />
          <TextField
            name={`purposes.${index}.legalBasisDetailEn`}
            label={t('activities.inEnglish', { label: t('activities.f.legalBasisDetail') })}
            description={t('activities.h.english')}
            lang="en"
          />
        </SimpleGrid>
        {more.length > 0 && (
          <Bilingual
            sv={`purposes.${index}.basisScopeSv`}
            en={`purposes.${index}.basisScopeEn`}
            label={t('activities.f.basisScope')}
            description={t('activities.h.basisScope')}
          />
        )}
        <Text size="xs" c="dimmed">
          {t('activities.h.moreBases')}
        </Text>
        <MoreBases index={index} />
        {needsLia && (
          <Bilingual
            sv={`purposes.${index}.liaText`}
            en={`purposes.${index}.liaTextEn`}
            label={t('activities.f.liaText')}
            description={t('activities.h.liaText')}
            multiline
            minRows={4}
            maxRows={16}
          />
        )}
      </Stack>
    </Paper>
  );
}

export function PurposesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const purposes = useFieldArray({ control, name: 'purposes', keyName: 'key' });
  const err = useFieldError();
  return (
    <Section id="purposes">
      <FieldRows
        count={purposes.fields.length}
        max={30}
        emptyText={t('activities.noPurposes')}
        addLabel={t('activities.addPurpose')}
        onAdd={() => purposes.append({ ...emptyPurpose })}
      >
        {purposes.fields.map((p, index) => (
          <PurposeRow key={p.key} index={index} onRemove={() => purposes.remove(index)} canRemove={purposes.fields.length > 1} />
        ))}
        {err('purposes') && (
          <Text c="red" size="sm">
            {err('purposes')}
          </Text>
        )}
      </FieldRows>
    </Section>
  );
}
