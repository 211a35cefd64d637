// Retention rules from our retention sheet (the rule's parameters written in words: "Räknas från",
// "Lagringstid" …) or from a firm's retention schedule (type, period, what it counts from).
import type { z } from 'zod';
import { emptyRetentionRule, retentionRuleFields } from '../../../../shared/contract/retention';
import { PURGE_RECORD_KINDS, RETENTION_EVENTS, type PurgeRecordKind } from '../../../../shared/domain/enums';
import { labels, type Label } from '../../../../shared/domain/labels';
import { retentionService, ruleFields } from '../../retention/retention.service';
import { retentionWords, summarise } from '../../retention/retention.words';
import { retentionSheet } from '../../workbook/sheets';
import { workbookWords } from '../../workbook/workbook.words';
import type { Draft, FieldDef, ImportTargetDef, RowReader, WriteContext } from '../model';
import { readEnum } from '../values';
import { durationOf, folded, labelValue, periodOf, withoutSvMark } from './controller.parse';
import { checkAgainst } from './processor.shared';

type Fields = z.output<typeof retentionRuleFields>;
type Given = Partial<Fields>;

export interface RetentionRuleDraft {
  given: Given;
  /** The register's own event the rule counts from ("Fakturan betald"), found or created when written. */
  ownEvent: string | null;
  /** The file gives no period: a new rule keeps none ("as long as the purpose requires"). */
  noDuration: boolean;
}

const header = (key: string): Label => retentionSheet.columns.find((c) => c.key === key)?.header ?? { sv: key, en: key };

function field(key: string, synonyms: readonly string[], flags: { required?: true; expected?: true } = {}): FieldDef {
  const label = header(key);
  return { key, label, synonyms: [label.sv, label.en, ...synonyms], ...flags };
}

const fields: readonly FieldDef[] = [
  field(
    'type',
    [
      'Uppgifter',
      'Informationstyp',
      'Typ av uppgifter',
      'Handlingstyp',
      'Regel',
      'Namn',
      'Data',
      'Record type',
      'Category of data',
      'Name',
    ],
    {
      required: true,
    },
  ),
  field('storageLocation', ['Lagras i', 'System', 'Var', 'Location', 'Stored in']),
  field('purpose', ['Ändamål', 'Varför', 'Purpose', 'Reason']),
  field('policy', ['Policy', 'Gallringsregel', 'Rensningspolicy', 'Beskrivning', 'Retention policy', 'Description']),
  field('exception', ['Exceptions']),
  field('anchor', ['Räknas från', 'Från', 'Startpunkt', 'Utgångspunkt', 'Händelse', 'Trigger', 'Starting point', 'Counted from', 'From']),
  field('rounding', ['Avrundning', 'Rounding']),
  field('duration', ['Lagringstid', 'Gallringsfrist', 'Bevarandetid', 'Tid', 'Retention period', 'Retention', 'Period', 'Retain for'], {
    expected: true,
  }),
  field('inclusive', ['Sista dagen ingår', 'Inclusive']),
  field('backupLag', ['Säkerhetskopior', 'Backup', 'Backups', 'Backup retention']),
  field('action', ['Åtgärd', 'Vad som görs', 'Action', 'Disposal', 'Disposal action']),
  field('legalMinimum', ['Minsta tid enligt lag', 'Lagkrav', 'Minimum', 'Statutory minimum']),
  field('legalMinimumSource', ['Källa', 'Source']),
  field('legalBasisRef', ['Stöd', 'Lagstöd', 'Rättslig grund', 'Legal basis', 'Basis', 'Reference']),
  field('legalHoldAllowed', ['Legal hold', 'Kan pausas']),
  field('appliesTo', ['Rensar', 'Gäller i registret', 'Applies to']),
];

/** Our retention sheet: every column of the rule (its words, counts and warnings are the register's own). */
const own: Record<string, string> = Object.fromEntries(
  retentionSheet.columns
    .filter((c) => !['summary', 'usedByActivities', 'usedByServices', 'warnings'].includes(c.key))
    .map((c) => [c.key, c.key]),
);

/** The register's own kinds of records by the workbook's words and their keys. */
const RECORD_KINDS = new Map<string, PurgeRecordKind>(
  PURGE_RECORD_KINDS.flatMap((k) => [
    [folded(workbookWords.sv.recordKind[k]), k] as const,
    [folded(workbookWords.en.recordKind[k]), k] as const,
    [folded(k.replace(/_/g, ' ')), k] as const,
  ]),
);

const FILLER = new Set(['har', 'att', 'the', 'was', 'has', 'been', 'is']);
const wordsOf = (s: string) =>
  folded(s)
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));
/** "Ärendet stängt" and "Ärendet har stängts": the same words but for their endings and the filler. */
function sameWords(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  return x.length > 0 && x.length === y.length && x.every((w, i) => w.startsWith(y[i]!) || y[i]!.startsWith(w));
}

/** Built-in events also by the words the rule's sentence uses ("avslutat avtal", "the contract ended") and close variants. */
function eventOf(text: string): Fields['anchorEvent'] {
  const direct = labelValue('retentionEvent', text);
  if (direct) return direct as Fields['anchorEvent'];
  const read = readEnum('retentionEvent', text);
  if (!read.problem && read.value) return read.value as Fields['anchorEvent'];
  for (const event of RETENTION_EVENTS) {
    const label = labels.retentionEvent[event];
    const phrases = (['sv', 'en'] as const).flatMap((lang) => [
      label[lang],
      retentionWords[lang].after[event],
      retentionWords[lang].clause[event],
    ]);
    if (phrases.some((p) => sameWords(text, p))) return event;
  }
  return null;
}

/** "En händelse: Avtalet har upphört", "Räkenskapsårets utgång", "Fakturan betald" (the register's own event). */
function anchor(r: RowReader, given: Given, draft: RetentionRuleDraft): void {
  const text = withoutSvMark(r.text('anchor'));
  if (text === '') return;
  const kind = labelValue('retentionAnchor', text);
  if (kind && kind !== 'event') {
    Object.assign(given, { anchorKind: kind, anchorEvent: null, anchorEventId: null });
    return;
  }
  const m = /^(.+?):\s*(.+)$/s.exec(text);
  const eventText = m && labelValue('retentionAnchor', m[1]!) === 'event' ? m[2]!.trim() : text;
  const event = eventOf(eventText);
  if (event) {
    Object.assign(given, { anchorKind: 'event', anchorEvent: event, anchorEventId: null });
    return;
  }
  const other = readEnum('retentionAnchor', eventText);
  if (!other.problem && other.value && other.value !== 'event') {
    Object.assign(given, { anchorKind: other.value, anchorEvent: null, anchorEventId: null });
    return;
  }
  // Anything else is an event of the firm's own: the register keeps such events by name.
  Object.assign(given, { anchorKind: 'event', anchorEvent: null, anchorEventId: null });
  draft.ownEvent = eventText.slice(0, 200);
}

function build(rows: readonly RowReader[]): Draft<RetentionRuleDraft> | null {
  const r = rows[0]!;
  const name = withoutSvMark(r.text('type'));
  if (name === '') {
    r.problem('type', 'error', { key: 'targets.retention.noType' });
    return null;
  }
  const given: Given = { nameSv: name };
  const draft: RetentionRuleDraft = { given, ownEvent: null, noDuration: false };
  const text = (key: string, target: keyof Given) => {
    if (r.has(key)) (given as Record<string, unknown>)[target] = withoutSvMark(r.text(key));
  };
  text('storageLocation', 'storageLocation');
  text('purpose', 'purpose');
  text('policy', 'policySv');
  text('exception', 'exceptionSv');
  text('legalMinimumSource', 'legalMinimumSource');
  text('legalBasisRef', 'legalBasisRef');
  anchor(r, given, draft);

  const one = (key: string, kind: 'retentionRounding' | 'retentionAction', target: keyof Given) => {
    const value = r.has(key) ? r.enumValue(key, kind) : null;
    if (value !== null) (given as Record<string, unknown>)[target] = value;
  };
  one('rounding', 'retentionRounding', 'roundAnchorTo');
  one('action', 'retentionAction', 'action');
  for (const [key, target] of [
    ['inclusive', 'inclusive'],
    ['legalHoldAllowed', 'legalHoldAllowed'],
  ] as const) {
    const value = r.has(key) ? r.bool(key) : null;
    if (value !== null) given[target] = value;
  }

  if (r.has('duration')) {
    const period = periodOf(r.text('duration'));
    if (period) Object.assign(given, { duration: period.max, durationMin: period.min });
    else r.problem('duration', 'warning', { key: 'targets.retention.duration', params: { value: r.text('duration') } });
  }
  if (!('duration' in given)) {
    draft.noDuration = true;
    r.problem(r.has('duration') ? 'duration' : null, 'warning', { key: 'targets.retention.noDuration' });
  } else if (given.duration !== null && !r.has('anchor')) {
    r.problem(null, 'warning', { key: 'targets.retention.noAnchor' });
  }
  for (const [key, target] of [
    ['backupLag', 'backupLag'],
    ['legalMinimum', 'legalMinimumDuration'],
  ] as const) {
    if (!r.has(key)) continue;
    const value = durationOf(r.text(key));
    if (value) given[target] = value;
    else r.problem(key, 'warning', { key: 'targets.retention.duration', params: { value: r.text(key) } });
  }
  if (r.has('appliesTo')) {
    const kinds: PurgeRecordKind[] = [];
    for (const item of r.list('appliesTo')) {
      const kind = RECORD_KINDS.get(folded(item));
      if (kind === undefined) r.problem('appliesTo', 'warning', { key: 'targets.retention.appliesTo', params: { value: item } });
      else if (!kinds.includes(kind)) kinds.push(kind);
    }
    given.appliesTo = kinds;
  }

  // As a new rule would be saved: the defaults beneath, a placeholder for an event the register does not have yet.
  const full = (): Fields => ({
    ...(emptyRetentionRule as Fields),
    ...(draft.noDuration ? { duration: null, durationMin: null } : {}),
    ...given,
    ...(draft.ownEvent ? { anchorEventId: 1 } : {}),
  });
  // What the rule purges must fit its period and starting point; otherwise it is left out, not the rule.
  const parsed = retentionRuleFields.safeParse(full());
  if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'appliesTo') && given.appliesTo?.length) {
    const kinds = given.appliesTo.map((k) => workbookWords.sv.recordKind[k].toLowerCase()).join(', ');
    r.problem('appliesTo', 'warning', { key: 'targets.retention.appliesToDropped', params: { kinds } });
    given.appliesTo = [];
  }
  const fieldOf = (path: readonly PropertyKey[]) => {
    const top = String(path[0] ?? '');
    const byTarget: Record<string, string> = {
      nameSv: 'type',
      policySv: 'policy',
      exceptionSv: 'exception',
      anchorKind: 'anchor',
      anchorEvent: 'anchor',
      roundAnchorTo: 'rounding',
      durationMin: 'duration',
      legalMinimumDuration: 'legalMinimum',
    };
    return byTarget[top] ?? (fields.some((f) => f.key === top) ? top : null);
  };
  if (!checkAgainst(retentionRuleFields, given, full, r, fieldOf)) {
    r.problem(null, 'error', { key: 'targets.retention.invalid', params: { field: name } });
    return null;
  }
  // Our sheet writes the rule's own words where the firm wrote no policy: that is no policy of its own.
  if (given.policySv !== undefined) {
    const words = summarise(full(), draft.ownEvent ? { sv: draft.ownEvent, en: draft.ownEvent } : null);
    if (folded(given.policySv) === folded(words.sv) || folded(given.policySv) === folded(words.en)) given.policySv = '';
  }
  return { label: name, fields: draft, matchKeys: { name } };
}

/** The register's own event by its label, created when it has none. */
function ownEventId(label: string, w: WriteContext): number {
  const events = w.session.use(retentionService).events;
  const found = events.list().find((e) => folded(e.labelSv) === folded(label) || (e.labelEn !== '' && folded(e.labelEn) === folded(label)));
  return found ? found.id : events.create({ labelSv: label, labelEn: '' }).id;
}

function write(draft: Draft<RetentionRuleDraft>, existing: number | null, w: WriteContext): number {
  const service = w.session.use(retentionService);
  const current = existing === null ? null : service.get(existing);
  const d = draft.fields;
  const before: Fields = current ? ruleFields(current) : ({ ...emptyRetentionRule } as Fields);
  const f: Fields = { ...before, ...(current === null && d.noDuration ? { duration: null, durationMin: null } : {}), ...d.given };
  if (d.ownEvent) Object.assign(f, { anchorKind: 'event', anchorEvent: null, anchorEventId: ownEventId(d.ownEvent, w) });
  const fields = retentionRuleFields.parse(f);
  return current ? service.update(current.id, current.revision, fields).id : service.create(fields).id;
}

export const retentionRulesTarget: ImportTargetDef<RetentionRuleDraft> = {
  key: 'retentionRules',
  label: { sv: 'Gallringsregler', en: 'Retention rules' },
  fields,
  own: { retention: own },
  build,
  write,
};
