import { parseArgs } from 'node:util';
import type { PurgeItem, RecordCounts } from '../../../shared/contract';
import type { PurgeRecordKind } from '../../../shared/domain/enums';
import { call, cliPassword, fileArgument, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// The purge list and the purge itself from the command line (scheduled jobs, scripts).

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function dateOption(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  if (!DATE_RE.test(value)) throw new UsageError(`${command}: --on ska vara ett datum som ÅÅÅÅ-MM-DD`);
  return value;
}

const KIND_PLURAL: Record<PurgeRecordKind, [one: string, many: string]> = {
  contact_person: ['kontaktperson', 'kontaktpersoner'],
  site: ['kundplats', 'kundplatser'],
  equipment: ['enhet', 'enheter'],
  agreement: ['PUB-avtal', 'PUB-avtal'],
  dsr_request: ['begäran', 'begäranden'],
  breach: ['incident', 'incidenter'],
};

const ACTION: Record<PurgeItem['action'], string> = {
  delete: 'radera',
  anonymise: 'anonymisera',
  delete_or_anonymise: 'radera eller anonymisera',
  return_to_controller: 'återlämna (för hand)',
  archive: 'arkivera (för hand)',
  review: 'pröva (för hand)',
};

/** "2 utrustningar, 1 kundplats", or null when there are none. */
function countsInWords(counts: RecordCounts): string | null {
  const parts = (Object.keys(KIND_PLURAL) as PurgeRecordKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${KIND_PLURAL[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(', ') : null;
}

/** What scripts get from `purge-list --json`. */
function itemJson(i: PurgeItem) {
  return {
    key: i.key,
    ruleId: i.ruleId,
    rule: i.ruleName.sv,
    customerId: i.customerId,
    customer: i.customerName,
    recordKind: i.recordKind,
    recordId: i.recordId,
    record: i.recordLabel,
    dueOn: i.dueOn,
    backupDueOn: i.backupDueOn,
    action: i.action,
    manual: i.manual,
    heldBy: i.heldBy,
    reason: i.reason.sv,
  };
}

export const purgeCommands: Record<string, CliCommand> = {
  'purge-list': {
    usage: `  purge-list <fil.forteckna> [--on ÅÅÅÅ-MM-DD] [--json]
                                                 visa vad som ska gallras (i dag om --on saknas)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { on: { type: 'string' }, json: { type: 'boolean' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'purge-list');
      const on = dateOption(values.on, 'purge-list');
      await withRegister(
        file,
        async (core) => {
          const list = unwrap(await call(core, 'purge.list', on ? { on } : {}));
          if (values.json) {
            io.out(JSON.stringify(list.items.map(itemJson), null, 2));
            return;
          }
          io.out(`Att gallra ${list.on}: ${list.items.length} ${list.items.length === 1 ? 'post' : 'poster'}`);
          for (const i of list.items) {
            const mark = i.heldBy ? ` – spärrad: ${i.heldBy.reason}` : '';
            io.out(
              `${i.dueOn}  ${i.customerName ?? '(ingen kund)'}  ${KIND_PLURAL[i.recordKind][0]} ${i.recordLabel}  ${ACTION[i.action]}${mark}`,
            );
            io.out(`            ${i.reason.sv}`);
          }
        },
        { ...reading, io, password: cliPassword(values) },
      );
      return 0;
    },
  },
  purge: {
    usage: `  purge <fil.forteckna> --on ÅÅÅÅ-MM-DD --yes    gallra det som är att gallra den dagen och skriv gallringsloggen
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { on: { type: 'string' }, yes: { type: 'boolean' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'purge');
      const on = dateOption(values.on, 'purge');
      if (!on) throw new UsageError('purge: ange dagen med --on ÅÅÅÅ-MM-DD');
      if (!values.yes) {
        throw new UsageError('purge: raderingen går inte att ångra. Kör purge-list först och bekräfta sedan med --yes');
      }
      await withRegister(
        file,
        async (core) => {
          const result = unwrap(await call(core, 'purge.run', { on }));
          const deleted = countsInWords(result.deleted);
          const anonymised = countsInWords(result.anonymised);
          if (!deleted && !anonymised) {
            io.out(`Inget att gallra ${on}.`);
            return;
          }
          io.out(`Gallrat ${on}.`);
          if (deleted) io.out(`Raderat: ${deleted}.`);
          if (anonymised) io.out(`Anonymiserat: ${anonymised}.`);
          io.out(`Gallringsloggen: ${result.logEntryIds.length} ${result.logEntryIds.length === 1 ? 'ny rad' : 'nya rader'}.`);
        },
        { password: cliPassword(values) },
      );
      return 0;
    },
  },
};
