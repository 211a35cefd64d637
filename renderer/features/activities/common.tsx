import { Badge, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { errorKey, isApiError } from '../../app/api';

/** Badge colour per activity status. */
export const STATUS_COLOR: Record<'draft' | 'active' | 'archived', string> = { draft: 'gray', active: 'teal', archived: 'orange' };

/** The UI language as the shared label tables know it. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}

/** Text of a completeness item: its `c.*` key in the current language, with the purpose number when it is about one. */
export function useMissingText(): (item: Completeness['missing'][number]) => string {
  const { t } = useTranslation();
  return (item) => {
    const text = t(item.message, { defaultValue: t('activities.missingField', { field: item.field }) });
    const purpose = /^purposes\.(\d+)/.exec(item.field);
    const transfer = /^transfers\.(\d+)/.exec(item.field);
    const recipient = /^recipients\.(\d+)/.exec(item.field);
    if (purpose) return t('activities.missingInPurpose', { n: Number(purpose[1]) + 1, text });
    if (transfer) return t('activities.missingInTransfer', { n: Number(transfer[1]) + 1, text });
    if (recipient) return t('activities.missingInRecipient', { n: Number(recipient[1]) + 1, text });
    return text;
  };
}

/** "100 %" in green, "70 % – 3 saknas" in orange (red below half), with the missing items as a tooltip. */
export function CompletenessBadge({ completeness, size = 'sm' }: { completeness: Completeness; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const missingText = useMissingText();
  const { score, missing } = completeness;
  const rounded = Math.floor(score);
  const complete = missing.length === 0;
  const color = complete ? 'teal' : rounded < 50 ? 'red' : 'orange';
  const label = complete ? t('activities.scoreComplete', { score: rounded }) : t('activities.scoreMissing', { score: rounded, count: missing.length });
  const badge = (
    <Badge color={color} variant="light" size={size} style={{ textTransform: 'none' }} aria-label={t('activities.completenessAria', { label })}>
      {label}
    </Badge>
  );
  if (complete) return badge;
  return (
    <Tooltip
      multiline
      w={320}
      withinPortal
      label={missing
        .slice(0, 8)
        .map(missingText)
        .join(' · ')}
    >
      {badge}
    </Tooltip>
  );
}

/**
 * The text for a failed call. A refusal because the record is in use (CONFLICT with
 * `details.messageKey`) says why, e.g. "Kategorin används på 3 ställen …".
 */
export function failureText(t: TFunction, error: unknown): string {
  if (isApiError(error, 'CONFLICT')) {
    const details = error.error.details as { messageKey?: string; params?: Record<string, unknown> } | undefined;
    if (details?.messageKey) return t(details.messageKey, details.params ?? {});
  }
  return t(errorKey(error));
}
