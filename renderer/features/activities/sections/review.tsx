import { Alert, Checkbox, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DPIA_CRITERIA, DPIA_STATUSES } from '../../../../shared/domain/enums';
import type { ActivityForm } from '../form';
import { activityField, Section } from './Section';

// The impact assessment and the rest: volume, children, automated decisions, review dates.

const { TextField, TextAreaField, EnumChecklist, EnumSelect } = activityField;

export function DpiaSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const criteria = useWatch({ control, name: 'dpiaCriteria' });
  const status = useWatch({ control, name: 'dpiaStatus' });
  // Two or more criteria usually call for an assessment: warn when it is marked as not needed.
  const doubtful = criteria.length >= 2 && status === 'not_needed';
  return (
    <Section id="dpia">
      <EnumChecklist name="dpiaCriteria" label={t('activities.f.dpiaCriteria')} kind="dpiaCriterion" values={DPIA_CRITERIA} />
      <Alert
        color={doubtful ? 'orange' : 'blue'}
        variant="light"
        icon={doubtful ? <IconAlertTriangle size={18} /> : <IconInfoCircle size={18} />}
        py="xs"
        role="note"
      >
        <Text size="sm">
          {doubtful ? t('activities.dpiaWarning', { count: criteria.length }) : t('activities.dpiaHint', { count: criteria.length })}
        </Text>
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <EnumSelect name="dpiaStatus" label={t('activities.f.dpiaStatus')} kind="dpiaStatus" values={DPIA_STATUSES} />
        <TextAreaField name="dpiaNote" label={t('activities.f.dpiaNote')} description={t('activities.h.dpiaNote')} />
      </SimpleGrid>
    </Section>
  );
}

export function OtherSection() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<ActivityForm>();
  const automated = useWatch({ control, name: 'automatedDecisions' });
  return (
    <Section id="other">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField name="volumeEstimate" label={t('activities.f.volumeEstimate')} description={t('activities.h.volumeEstimate')} />
        <TextField name="lastReviewedAt" label={t('activities.f.lastReviewedAt')} placeholder={t('field.datePlaceholder')} />
        <TextField
          name="nextReviewAt"
          label={t('activities.f.nextReviewAt')}
          description={t('activities.h.nextReviewAt')}
          placeholder={t('field.datePlaceholder')}
        />
      </SimpleGrid>
      <Checkbox label={t('activities.f.childrenData')} {...register('childrenData')} />
      <Checkbox
        label={t('activities.f.automatedDecisions')}
        description={t('activities.h.automatedDecisions')}
        {...register('automatedDecisions')}
      />
      {automated && <TextAreaField name="automatedDecisionsNote" label={t('activities.f.automatedDecisionsNote')} />}
    </Section>
  );
}
