import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS, type LegalForm } from '../../../shared/domain/enums';

/** Company or sole trader (enskild firma): decides whether the identity number is a personnummer. */
export function LegalFormField({ value, onChange }: { value: LegalForm; onChange: (value: LegalForm) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('party.legalForm')} value={value} onChange={(v) => onChange(v as LegalForm)} data-field="legalForm">
      <Stack gap={6} mt={6}>
        {LEGAL_FORMS.map((form) => (
          <Radio key={form} value={form} label={t(form === 'company' ? 'party.company' : 'party.soleTrader')} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The identity number's label, help and placeholder for the legal form. */
export function identityFieldTexts(t: (key: string) => string, form: LegalForm | undefined) {
  return form === 'sole_trader'
    ? { label: t('party.personnummer'), description: t('party.personnummerHelp'), placeholder: t('party.personnummerPlaceholder') }
    : { label: t('field.orgNr'), description: t('field.orgNrHelp'), placeholder: 'NNNNNN-NNNN' };
}
