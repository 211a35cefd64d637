import { parseArgs } from 'node:util';
import type { DsrRequestSummary, DsrRight } from '../../../shared/contract';
import type { Core } from '../../core/core';
import { stockholmDate } from '../../core/session';
import { call, cliPassword, fileArgument, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// The requests register from the command line: open requests soonest deadline first (or all of
// them), with each one's Art. 12(3) deadline and the days left or over.

/** Short names for a table column (the app's labels carry the article as well). */
const RIGHT: Record<DsrRight, string> = {
  access: 'Tillgång',
  rectification: 'Rättelse',
  erasure: 'Radering',
  restriction: 'Begränsning',
  portability: 'Dataportabilitet',
  objection: 'Invändning',
  automated_decisions: 'Automatiserat beslut',
  withdraw_consent: 'Återkallat samtycke',
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** The widest a name gets in the table before it is cut. */
const NAME_WIDTH = 30;
const PAGE = 1000;

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagar`);

function cut(text: string, width: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

const width = (s: string) => Array.from(s).length;
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** Where the request stands, in words: days left or over while open, how it closed otherwise. */
export function requestState(r: DsrRequestSummary): string {
  const c = r.clock;
  const parts: string[] = [];
  if (c.state === 'closed') {
    if (r.status === 'forwarded') parts.push(`vidarebefordrad ${r.forwardedOn ?? ''}`.trim());
    else parts.push(`${r.status === 'refused' ? 'avslagen' : 'besvarad'} ${r.answeredOn ?? ''}`.trim());
    if (c.answeredLate) parts.push('efter fristen');
  } else {
    const left = c.daysLeft ?? 0;
    parts.push(left < 0 ? `försenad ${days(-left)}` : left === 0 ? 'sista dagen i dag' : `${days(left)} kvar`);
  }
  if (c.extendedDueOn !== null && !c.extensionLate) parts.push('förlängd');
  if (c.extensionLate) parts.push('förlängningen meddelades för sent');
  return parts.join(' · ');
}

/** The requests as a table of Swedish text, with the register's counts on top. */
export function requestLines(on: string, counts: { open: number; overdue: number; dueSoon: number }, rows: DsrRequestSummary[]): string[] {
  const head = `Begäranden ${on}: öppna ${counts.open} · försenade ${counts.overdue} · sista dag inom en vecka ${counts.dueSoon}`;
  const table = rows.map((r) => [
    String(r.id),
    RIGHT[r.right],
    r.receivedOn,
    r.clock.dueOn,
    requestState(r),
    cut(r.requesterName, NAME_WIDTH),
    r.customer ? cut(r.customer.name, NAME_WIDTH) : '–',
  ]);
  const header = ['Nr', 'Rättighet', 'Inkom', 'Sista dag', 'Läge', 'Sökande', 'Kund'];
  const widths = header.map((h, i) => Math.max(width(h), ...table.map((cells) => width(cells[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [head, '', line(header), ...table.map(line)];
}

async function allRows(core: Core, filter: 'open' | 'all', on: string) {
  const rows: DsrRequestSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = unwrap(await call(core, 'requests.list', { filter, offset, limit: PAGE, on }));
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return { rows, counts: page.counts };
  }
}

export const requestCommands: Record<string, CliCommand> = {
  requests: {
    usage: `  requests <fil.forteckna> [--all] [--on ÅÅÅÅ-MM-DD] [--json]
                                                 visa öppna begäranden från registrerade (alla med --all), närmaste sista dag först
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, all: { type: 'boolean' }, on: { type: 'string' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'requests');
      if (values.on !== undefined && !DATE_RE.test(values.on)) throw new UsageError('requests: --on ska vara ett datum som ÅÅÅÅ-MM-DD');
      const filter = values.all ? 'all' : 'open';
      // The core reads the clocks on today in Sweden when --on is not given: the same day as here.
      const on = values.on ?? stockholmDate(new Date());
      const { rows, counts } = await withRegister(file, (core) => allRows(core, filter, on), {
        ...reading,
        io,
        password: cliPassword(values),
      });
      if (values.json) {
        io.out(JSON.stringify({ on, counts, rows }));
        return 0;
      }
      if (rows.length === 0) {
        io.out(filter === 'all' ? 'Registret har inga begäranden.' : 'Inga öppna begäranden.');
        return 0;
      }
      io.out(requestLines(on, counts, rows).join('\n'));
      return 0;
    },
  },
};
