import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BreachSummary, ImyClock } from '../../../shared/contract';
import type { OurRole } from '../../../shared/domain/enums';
import type { Core } from '../../core/core';
import { stockholmMinute } from '../../core/session';
import { call, cliPassword, fileArgument, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// The breach log from the command line: open breaches with the 72-hour clock to IMY (as
// controller) and the customers told (as processor), and the notices to every affected customer.

const ROLE: Record<OurRole, string> = { controller: 'ansvarig', processor: 'biträde' };
/** The widest a title gets in the table before it is cut. */
const TITLE_WIDTH = 40;
const PAGE = 1000;

function cut(text: string, width: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

const width = (s: string) => Array.from(s).length;
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** "29 h 5 min" for a number of minutes (its size; the caller says left or over). */
function duration(minutes: number): string {
  const m = Math.abs(minutes);
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

const left = (minutes: number | null) => {
  const m = minutes ?? 0;
  return m < 0 ? `${duration(m)} över tiden` : `${duration(m)} kvar`;
};

/** The IMY clock in words: time left or over while it runs, how it ended otherwise. */
export function imyText(c: ImyClock): string {
  switch (c.state) {
    case 'not_applicable':
      return '–';
    case 'not_assessed':
      return `risken inte bedömd, ${left(c.minutesLeft)}`;
    case 'not_required':
      return 'behövs inte (ingen risk)';
    case 'running':
    case 'overdue':
      return left(c.minutesLeft);
    case 'met':
      return `anmäld efter ${c.hoursToNotice ?? 0} h`;
    case 'late':
      return `anmäld för sent, efter ${c.hoursToNotice ?? 0} h`;
  }
}

/** The breaches as a table of Swedish text, with the register's counts on top. */
export function breachLines(counts: { open: number; imyOverdue: number; customersToNotify: number }, rows: BreachSummary[]): string[] {
  const head = `Incidenter: öppna ${counts.open} · IMY-fristen passerad ${counts.imyOverdue} · kunder att underrätta ${counts.customersToNotify}`;
  const table = rows.map((b) => [
    String(b.id),
    ROLE[b.ourRole],
    stockholmMinute(new Date(b.discoveredAt)),
    imyText(b.imy),
    b.ourRole === 'processor' ? `${b.customersNotified}/${b.customersAffected}` : '–',
    b.closedOn ? `${cut(b.title, TITLE_WIDTH)} (avslutad ${b.closedOn})` : cut(b.title, TITLE_WIDTH),
  ]);
  const header = ['Nr', 'Roll', 'Upptäckt', 'IMY (72 h)', 'Kunder underrättade', 'Incident'];
  const widths = header.map((h, i) => Math.max(width(h), ...table.map((cells) => width(cells[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [head, '', line(header), ...table.map(line)];
}

async function allRows(core: Core, filter: 'open' | 'all', now: string) {
  const rows: BreachSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = unwrap(await call(core, 'breaches.list', { filter, offset, limit: PAGE, now }));
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return { rows, counts: page.counts };
  }
}

function breachId(value: string | undefined, command: string): number {
  if (value === undefined) throw new UsageError(`${command}: ange incidentens nummer med --breach 3 (se "forteckna breaches <fil>")`);
  if (!/^\d{1,15}$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`${command}: --breach ska vara ett nummer, t.ex. --breach 3`);
  return Number(value);
}

export const breachCommands: Record<string, CliCommand> = {
  breaches: {
    usage: `  breaches <fil.forteckna> [--all] [--json]      visa öppna personuppgiftsincidenter (alla med --all): roll, upptäckt,
                                                 tid kvar till IMY (72 timmar), underrättade kunder
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, all: { type: 'boolean' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'breaches');
      const filter = values.all ? 'all' : 'open';
      // One moment for every clock in the listing.
      const now = new Date().toISOString();
      const { rows, counts } = await withRegister(file, (core) => allRows(core, filter, now), {
        ...reading,
        io,
        password: cliPassword(values),
      });
      if (values.json) {
        io.out(JSON.stringify({ now, counts, rows }));
        return 0;
      }
      if (rows.length === 0) {
        io.out(filter === 'all' ? 'Registret har inga incidenter.' : 'Inga öppna incidenter.');
        return 0;
      }
      io.out(breachLines(counts, rows).join('\n'));
      return 0;
    },
  },
  'breach-notices': {
    usage: `  breach-notices <fil.forteckna> --breach <nr> --out-dir <mapp>
                                                 skriv underrättelsen till varje berörd kund (personuppgiftsbiträde, art. 33.2)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { breach: { type: 'string' }, 'out-dir': { type: 'string' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'breach-notices');
      const id = breachId(values.breach, 'breach-notices');
      if (!values['out-dir']) throw new UsageError('breach-notices: ange mappen för underrättelserna med --out-dir underrattelser');
      const folder = path.resolve(values['out-dir']);
      fs.mkdirSync(folder, { recursive: true });
      const result = await withRegister(file, async (core) => unwrap(await call(core, 'breaches.customerNotices', { id, folder })), {
        ...reading,
        io,
        password: cliPassword(values),
      });
      io.out(JSON.stringify({ folder: result?.folder ?? folder, files: result?.files.map((f) => path.basename(f)) ?? [] }));
      return 0;
    },
  },
};
