import { Button, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKBOOK_SHEETS, type WorkbookSheet } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
];

export interface WorkbookChoice {
  lang: Language;
  sheets: WorkbookSheet[];
}

export function allSheets(lang: Language): WorkbookChoice {
  return { lang, sheets: [...WORKBOOK_SHEETS] };
}

/** The register workbook's language and sheets: the Documents page card and the menu's dialog. */
export function WorkbookOptions({
  value,
  onChange,
  disabled,
}: {
  value: WorkbookChoice;
  onChange: (next: WorkbookChoice) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId(); // the card and the menu's dialog can both be on screen
  const chosen = new Set(value.sheets);
  const all = chosen.size === WORKBOOK_SHEETS.length;
  // Kept in workbook order whatever order they were ticked in.
  const setSheets = (next: Set<WorkbookSheet>) => onChange({ ...value, sheets: WORKBOOK_SHEETS.filter((s) => next.has(s)) });

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id={`${id}-language`}>
          {t('exports.workbook.language')}
        </Text>
        <Button.Group aria-labelledby={`${id}-language`}>
          {LANGUAGES.map(({ value: lang, label }) => (
            <Button
              key={lang}
              size="xs"
              variant={value.lang === lang ? 'filled' : 'default'}
              aria-pressed={value.lang === lang}
              lang={lang}
              disabled={disabled}
              onClick={() => onChange({ ...value, lang })}
            >
              {label}
            </Button>
          ))}
        </Button.Group>
      </Stack>
      <Stack gap={6} role="group" aria-labelledby={`${id}-sheets`}>
        <Text size="sm" fw={500} id={`${id}-sheets`}>
          {t('exports.workbook.sheets')}
        </Text>
        <Checkbox
          label={t('exports.workbook.allSheets')}
          checked={all}
          indeterminate={!all && chosen.size > 0}
          disabled={disabled}
          onChange={() => setSheets(all ? new Set() : new Set(WORKBOOK_SHEETS))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} pl="md">
          {WORKBOOK_SHEETS.map((sheet) => (
            <Checkbox
              key={sheet}
              size="sm"
              label={t(`exports.sheet.${sheet}`)}
              checked={chosen.has(sheet)}
              disabled={disabled}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.currentTarget.checked) next.add(sheet);
                else next.delete(sheet);
                setSheets(next);
              }}
            />
          ))}
        </SimpleGrid>
        {chosen.size === 0 && (
          <Text size="sm" c="orange.8" role="status">
            {t('exports.workbook.noSheets')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
