import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/messages';
import { useAppState } from '../app/state';
import { notifyError } from './notify';

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
];

/** Svenska / English as two toggle buttons; the choice is stored in the settings (outside the register). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useAppState();
  const current = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <Button.Group aria-label={t('language.label')}>
      {LANGUAGES.map(({ value, label }) => (
        <Button
          key={value}
          size="xs"
          variant={current === value ? 'filled' : 'default'}
          aria-pressed={current === value}
          lang={value}
          onClick={() => {
            if (value !== current) setLanguage(value).catch((error: unknown) => notifyError(t, error));
          }}
        >
          {label}
        </Button>
      ))}
    </Button.Group>
  );
}
