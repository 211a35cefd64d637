import { Fieldset, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsFor } from '../../../ui/fields';
import { sectionId, type ActivityForm, type SectionKey } from '../form';

/** The shared field widgets, bound to the activity form. */
export const activityField = fieldsFor<ActivityForm>();

/** One section of the activity form: its legend, a line of help, and an anchor the completeness panel scrolls to. */
export function Section({ id, children }: { id: SectionKey; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Fieldset id={sectionId(id)} legend={t(`activities.section.${id}`)} style={{ scrollMarginTop: 72 }}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`activities.sectionHelp.${id}`)}
        </Text>
        {children}
      </Stack>
    </Fieldset>
  );
}
