import { Badge, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  ChangeKind,
  ChangeNoticeState,
  ChangeNoticeSummary,
  CustomerChangeFlag,
  NoticeRecipient,
  RecipientState,
} from '../../../shared/contract';
import { paths } from '../../app/paths';
import { enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { formatDate } from '../../ui/format';
import { useLang } from '../../ui/lang';

// What the pages of change notices share: the state badges, the one-line name of a change, and
// the flag agreements and customers show.

export const NOTICE_STATE_COLOR: Record<ChangeNoticeState, string> = {
  proposed: 'orange',
  draft: 'gray',
  sent: 'blue',
  answered: 'cyan',
  in_effect: 'teal',
  no_notice: 'gray',
  withdrawn: 'gray',
};

const RECIPIENT_STATE_COLOR: Record<RecipientState, string> = {
  not_sent: 'gray',
  awaiting: 'blue',
  accepted: 'teal',
  deemed_accepted: 'teal',
  objected: 'red',
  resolved: 'grape',
};

/** A new notice, started by hand, for one sub-processor (the sub-processor page's link). */
export const newNoticeFor = (subprocessorId: number) => `${paths.changeNotices.new}?underbitrade=${subprocessorId}`;

export function NoticeStateBadge({ state }: { state: ChangeNoticeState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const closed = state === 'no_notice' || state === 'withdrawn';
  const badge = (
    <Badge size="sm" variant={closed ? 'outline' : 'light'} color={NOTICE_STATE_COLOR[state]} style={{ textTransform: 'none' }}>
      {enumLabel('changeNoticeState', state, lang)}
    </Badge>
  );
  return state === 'answered' ? (
    <Tooltip label={t('changeNotices.stateHelp.answered')} multiline w={280} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

/** One customer's state; a resolved objection says how it was resolved. */
export function RecipientStateBadge({ recipient }: { recipient: Pick<NoticeRecipient, 'state' | 'resolution'> }) {
  const lang = useLang();
  const { state, resolution } = recipient;
  return (
    <Badge
      size="sm"
      variant={state === 'deemed_accepted' ? 'outline' : 'light'}
      color={RECIPIENT_STATE_COLOR[state]}
      style={{ textTransform: 'none', maxWidth: '100%', whiteSpace: 'normal', height: 'auto', lineHeight: 1.3 }}
    >
      {state === 'resolved' && resolution ? enumLabel('objectionResolution', resolution, lang) : enumLabel('recipientState', state, lang)}
    </Badge>
  );
}

/** "Nytt underbiträde: Backblaze", "Backblaze ersätter Wasabi" … */
export function changeLine(
  t: TFunction,
  n: { kind: ChangeKind; subprocessor: { name: string }; replacedSubprocessor: { name: string } | null },
): string {
  return t(`changeNotices.line.${n.kind}`, { name: n.subprocessor.name, replaced: n.replacedSubprocessor?.name ?? '' });
}

/** The services a notice concerns, or "every service using it" for a change of place or transfer. */
export function servicesLine(t: TFunction, n: Pick<ChangeNoticeSummary, 'kind' | 'services'>): string {
  if (n.kind === 'change' && n.services.length === 0) return t('changeNotices.allServices');
  return n.services.map((s) => s.name).join(', ');
}

/** "Ändring meddelad 2026-12-01, gäller från 2027-01-15", as far as the dates are known. */
export function flagText(t: TFunction, flag: Pick<CustomerChangeFlag, 'notifiedOn' | 'effectiveDate'>): string {
  const notified = formatDate(flag.notifiedOn);
  const effective = formatDate(flag.effectiveDate);
  if (notified && effective) return t('changeNotices.flag.both', { notified, effective });
  if (notified) return t('changeNotices.flag.notified', { notified });
  if (effective) return t('changeNotices.flag.planned', { effective });
  return t('changeNotices.flag.proposed');
}

/** "Byte av underbiträde: Backblaze": a flag's change, which names only the sub-processor. */
export function flagChange(t: TFunction, lang: Language, flag: Pick<CustomerChangeFlag, 'changeKind' | 'subprocessorName'>): string {
  return t('changeNotices.short', { kind: enumLabel('changeKind', flag.changeKind, lang), name: flag.subprocessorName });
}
