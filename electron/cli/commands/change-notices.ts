import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type {
  ChangeKind,
  ChangeNotice,
  ChangeNoticeState,
  NoticeRecipient,
  ObjectionResolution,
  RecipientState,
  Service,
  SentVia,
} from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import type { Core } from '../../core/core';
import { call, cliPassword, fileArgument, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// Sub-processor changes from the command line: the open notices with each customer's deadline,
// the notice letters into a folder, and the public sub-processor list.

const KIND: Record<ChangeKind, string> = {
  add: 'Nytt underbiträde',
  replace: 'Byte av underbiträde',
  remove: 'Underbiträdet upphör',
  change: 'Ändrade uppgifter',
};

const STATE: Record<ChangeNoticeState, string> = {
  proposed: 'föreslagen, inte beslutad',
  draft: 'utkast, inget skickat',
  sent: 'skickad',
  answered: 'alla har svarat eller fristen har gått ut',
  in_effect: 'gäller',
  no_notice: 'inget meddelande behövs',
  withdrawn: 'återkallad',
};

const RECIPIENT: Record<RecipientState, string> = {
  not_sent: 'inte skickat',
  awaiting: 'väntar på svar',
  accepted: 'godkänt',
  deemed_accepted: 'godkänt (inget svar före sista dagen)',
  objected: 'invändning, inte löst',
  resolved: 'invändning löst',
};

const RESOLUTION: Record<ObjectionResolution, string> = {
  withdrawn: 'invändningen återtagen',
  excepted: 'undantagen från ändringen',
  terminated: 'avtalet uppsagt',
};

const VIA: Record<SentVia, string> = { email: 'e-post', post: 'post', portal: 'kundportal' };

/** The widest a customer's name gets in the table before it is cut. */
const NAME_WIDTH = 40;

function cut(text: string, width: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

function recipientLine(r: NoticeRecipient, nameWidth: number): string {
  const parts = [RECIPIENT[r.state]];
  if (r.sentOn) parts.push(`skickat ${r.sentOn}${r.sentVia ? ` via ${VIA[r.sentVia]}` : ''}`);
  if (r.respondedOn) parts.push(`svar ${r.respondedOn}`);
  if (r.resolution) parts.push(`${RESOLUTION[r.resolution]}${r.resolvedOn ? ` ${r.resolvedOn}` : ''}`);
  if (r.noAgreement) parts.push(`inget signerat avtal, ${r.noticeDays} dagar`);
  if (r.deadlineAfterEffective) parts.push('sista dagen efter ändringsdagen');
  if (!r.affected) parts.push('berörs inte längre');
  return `    ${cut(r.customerName, nameWidth).padEnd(nameWidth)}  ${r.deadline}  ${parts.join(' · ')}`;
}

/** One notice as lines of Swedish text. */
export function noticeText(n: ChangeNotice): string[] {
  const who = n.replacedSubprocessor ? `${n.subprocessor.name} (ersätter ${n.replacedSubprocessor.name})` : n.subprocessor.name;
  const state = [STATE[n.state]];
  if (n.effectiveDate) state.push(`gäller från ${n.effectiveDate}`);
  if (n.nextDeadline) state.push(`nästa sista dag för invändning ${n.nextDeadline}`);
  const c = n.counts;
  // "Label: number", so that no count needs a plural of its own.
  const counts = [
    `berörda ${c.affected}`,
    `skickat till ${c.sent}`,
    `besvarade ${c.answered}`,
    `olösta invändningar ${c.objected}`,
    `öppna ${c.open}`,
  ];
  if (c.noAgreement) counts.push(`utan signerat avtal ${c.noAgreement}`);
  const lines = [`Ändring ${n.id} · ${KIND[n.kind]}: ${who}`];
  if (n.services.length) lines.push(`  Tjänster: ${n.services.map((s) => s.name).join(', ')}`);
  if (n.changeSv.trim()) lines.push(`  Ändring: ${n.changeSv.trim().replace(/\s*\n\s*/g, ' ')}`);
  lines.push(`  Läge: ${state.join(' · ')}`, `  Kunder: ${counts.join(' · ')}`);
  for (const w of n.warnings) lines.push(`  Varning: ${formatMessage(w, 'sv')}`);
  if (n.recipients.length) {
    const nameWidth = Math.min(NAME_WIDTH, Math.max(4, ...n.recipients.map((r) => Array.from(r.customerName).length)));
    lines.push(`    ${'Kund'.padEnd(nameWidth)}  ${'Sista dag'.padEnd(10)}  Läge`);
    // Soonest deadline first, then by name: what to chase first is on top.
    const sorted = [...n.recipients].sort(
      (a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) || a.customerName.localeCompare(b.customerName, 'sv'),
    );
    for (const r of sorted) lines.push(recipientLine(r, nameWidth));
  }
  return lines;
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('sv');

/** The one service named `wanted` (any case), archived ones included; otherwise a usage error naming the services. */
export async function findService(core: Core, wanted: string): Promise<Service> {
  const all = unwrap(await call(core, 'services.list', { query: '', includeArchived: true }));
  const exact = all.filter((s) => fold(s.name) === fold(wanted));
  if (exact.length === 1) return exact[0]!;
  const names = all.map((s) => `"${s.name}"`).join(', ');
  throw new UsageError(
    all.length
      ? `subprocessor-list: ingen tjänst heter "${wanted}". Tjänsterna i registret: ${names}`
      : `subprocessor-list: registret har inga tjänster; utelämna --service`,
  );
}

const FORMATS = ['docx', 'xlsx', 'html'] as const;
type Format = (typeof FORMATS)[number];

function formatOf(out: string): Format {
  const ext = path.extname(out).slice(1).toLowerCase();
  if ((FORMATS as readonly string[]).includes(ext)) return ext as Format;
  throw new UsageError('subprocessor-list: --out ska sluta på .docx, .xlsx eller .html');
}

function noticeId(value: string | undefined, command: string): number {
  if (value === undefined) throw new UsageError(`${command}: ange ändringens nummer med --notice 3 (se "forteckna change-notices <fil>")`);
  if (!/^\d{1,15}$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`${command}: --notice ska vara ett nummer, t.ex. --notice 3`);
  return Number(value);
}

export const changeNoticeCommands: Record<string, CliCommand> = {
  'change-notices': {
    usage: `  change-notices <fil.forteckna> [--json]        visa öppna ändringar av underbiträden: kunder och sista dag för invändning
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'change-notices');
      const notices = await withRegister(
        file,
        async (core) => {
          const open = unwrap(await call(core, 'changeNotices.list', { open: true }));
          const full: ChangeNotice[] = [];
          for (const n of open) full.push(unwrap(await call(core, 'changeNotices.get', { id: n.id })));
          return full;
        },
        { ...reading, io, password: cliPassword(values) },
      );
      if (values.json) {
        io.out(JSON.stringify(notices));
        return 0;
      }
      if (notices.length === 0) {
        io.out('Inga öppna ändringar av underbiträden.');
        return 0;
      }
      io.out(notices.map((n) => noticeText(n).join('\n')).join('\n\n'));
      return 0;
    },
  },
  'change-notice-letters': {
    usage: `  change-notice-letters <fil.forteckna> --notice <nr> --out-dir <mapp> [--merged]
                                                 skriv ändringens brev till varje berörd kund (och ett samlat för utskrift)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { notice: { type: 'string' }, 'out-dir': { type: 'string' }, merged: { type: 'boolean' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'change-notice-letters');
      const id = noticeId(values.notice, 'change-notice-letters');
      if (!values['out-dir']) throw new UsageError('change-notice-letters: ange mappen för breven med --out-dir brev');
      const folder = path.resolve(values['out-dir']);
      fs.mkdirSync(folder, { recursive: true });
      // Writes: the letters' bytes and checksums are stored with the notice.
      const result = await withRegister(
        file,
        async (core) => unwrap(await call(core, 'changeNotices.letters', { id, folder, merged: values.merged === true })),
        { io, password: cliPassword(values) },
      );
      io.out(
        JSON.stringify({
          folder: result?.folder ?? folder,
          generated: result?.generated ?? 0,
          total: result?.total ?? 0,
          files: result?.files.map((f) => path.basename(f)) ?? [],
          merged: result?.merged ? path.basename(result.merged) : null,
        }),
      );
      return 0;
    },
  },
  'subprocessor-list': {
    usage: `  subprocessor-list <fil.forteckna> --out <fil.docx|.xlsx|.html> [--lang en] [--service "<namn>"]
                                                 skriv den publika förteckningen över underbiträden (med aviserade ändringar)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string' }, lang: { type: 'string' }, service: { type: 'string' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'subprocessor-list');
      if (!values.out) throw new UsageError('subprocessor-list: ange filen med --out underbitraden.docx (eller .xlsx, .html)');
      const format = formatOf(values.out);
      const lang = values.lang ?? 'sv';
      if (lang !== 'sv' && lang !== 'en') throw new UsageError('subprocessor-list: --lang ska vara sv eller en');
      if (values.service !== undefined && !values.service.trim())
        throw new UsageError('subprocessor-list: ange tjänstens namn med --service "Backup"');
      const out = path.resolve(values.out);
      const written = await withRegister(
        file,
        async (core) => {
          const service = values.service === undefined ? null : await findService(core, values.service);
          const result = unwrap(
            await call(core, 'subprocessorList.export', {
              format,
              lang,
              path: out,
              includePlanned: true,
              ...(service ? { serviceId: service.id } : {}),
            }),
          );
          return { ...result, ...(service ? { service: service.name } : {}) };
        },
        { ...reading, io, password: cliPassword(values) },
      );
      io.out(JSON.stringify(written));
      return 0;
    },
  },
};
