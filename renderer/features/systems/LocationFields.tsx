import { Checkbox, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { Controller, useWatch, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LOCATION_KINDS, type LocationKind } from '../../../shared/domain/enums';
import { countryOptions } from '../../../shared/domain/labels';
import { useLang } from '../../ui/lang';

/** The location fields every form with a place has (systems, sub-processors). */
export interface LocationValues extends FieldValues {
  locationKind?: LocationKind;
  country: string;
  regionName?: string;
  regionInEea?: boolean;
}

/**
 * Where data is: a country, the EU/EEA as a whole, or a named region that the user says is
 * inside or outside the EEA. Fields that do not apply are hidden (the core clears them).
 */
export function LocationFields<F extends LocationValues, O extends FieldValues = F>({
  control: typed,
  error,
  countryLabel,
}: {
  control: Control<F, unknown, O>;
  error: (name: string) => string | undefined;
  countryLabel?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const labelId = useId();
  // The names below are those of LocationValues, which F extends.
  const control = typed as unknown as Control<LocationValues>;
  const kind = useWatch({ control, name: 'locationKind' }) ?? 'country';
  return (
    <Stack gap={6}>
      <Controller
        control={control}
        name="locationKind"
        render={({ field }) => (
          <div data-field="locationKind">
            <Text size="sm" fw={500} id={labelId}>
              {t('location.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby={labelId}
              value={field.value ?? 'country'}
              onChange={(v) => field.onChange(v as LocationKind)}
              data={LOCATION_KINDS.map((k) => ({ value: k, label: t(`location.${k}`) }))}
              mt={4}
            />
          </div>
        )}
      />
      {kind === 'country' && (
        <Controller
          control={control}
          name="country"
          render={({ field }) => (
            <Select
              label={countryLabel ?? t('location.countryLabel')}
              name="country"
              searchable
              data={countryOptions(lang)}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              error={error('country')}
              nothingFoundMessage={t('activities.noCountry')}
            />
          )}
        />
      )}
      {kind === 'region' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="regionName"
            render={({ field }) => (
              <TextInput
                label={t('location.regionName')}
                description={t('location.regionNameHelp')}
                name="regionName"
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={error('regionName')}
                withAsterisk
              />
            )}
          />
          <Controller
            control={control}
            name="regionInEea"
            render={({ field }) => (
              <Checkbox
                mt={{ sm: 28 }}
                label={t('location.regionInEea')}
                description={t('location.regionInEeaHelp')}
                name="regionInEea"
                checked={field.value ?? true}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                ref={field.ref}
                error={error('regionInEea')}
              />
            )}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
