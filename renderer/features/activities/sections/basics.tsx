import { Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyPurpose } from '../../../../shared/contract';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, LEGAL_BASES } from '../../../../shared/domain/enums';
import { enumLabel } from '../../../../shared/domain/labels';
import { FieldRows, RemoveRowButton, useFieldError } from '../../../ui/fields';
import { useLang } from '../../../ui/lang';
import type { ActivityForm } from '../form';
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
        <TextField
          name="name"
          label={t('activities.f.name')}
          description={t('activities.h.name')}
          required
          withAsterisk
          style={{ gridColumn: 'span 2' }}
        />
      </SimpleGrid>
      <TextAreaField name="description" label={t('activities.f.description')} description={t('activities.h.description')} maxRows={8} />
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

function PurposeRow({ index, onRemove, canRemove }: { index: number; onRemove: () => void; canRemove: boolean }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const basis = useWatch({ control, name: `purposes.${index}.legalBasis` });
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
        <TextAreaField name={`purposes.${index}.description`} label={t('activities.f.purpose')} description={t('activities.h.purpose')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <EnumSelect name={`purposes.${index}.legalBasis`} label={t('activities.f.legalBasis')} kind="legalBasis" values={LEGAL_BASES} />
          <TextField
            name={`purposes.${index}.legalBasisDetail`}
            label={t('activities.f.legalBasisDetail')}
            description={t(DETAIL_HELP[basis] ?? 'activities.h.detailContract')}
          />
        </SimpleGrid>
        {basis === 'legitimate_interests' && (
          <TextAreaField
            name={`purposes.${index}.liaText`}
            label={t('activities.f.liaText')}
            description={t('activities.h.liaText')}
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
