import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CustomerSummary } from '../../../shared/contract';
import { parseOrgNr } from '../../../shared/orgnr';
import type { Core } from '../../core/core';
import { call, cliPassword, fileArgument, passwordOption, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// PUB-avtal from the command line: one customer's agreement, or all customers' at once.

function language(value: string | undefined, command: string): 'sv' | 'en' {
  const lang = value ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new UsageError(`${command}: --lang ska vara sv eller en`);
  return lang;
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('sv');
const describe = (c: CustomerSummary) => (c.orgNr ? `${c.name} (${c.orgNr})` : c.name);

/** The one customer `wanted` names (exact name, or organisationsnummer); otherwise an error listing candidates. */
export async function findCustomer(core: Core, wanted: string): Promise<CustomerSummary> {
  const orgNr = parseOrgNr(wanted);
  const { items } = unwrap(
    await call(core, 'customers.list', { query: orgNr.ok ? orgNr.value : wanted.trim().slice(0, 200), includeArchived: true, limit: 1000 }),
  );
  const exact = items.filter((c) => (orgNr.ok ? c.orgNr === orgNr.value : fold(c.name) === fold(wanted)));
  if (exact.length === 1) return exact[0]!;
  const candidates = exact.length > 1 ? exact : items;
  const listed = candidates.slice(0, 10).map(describe).join('; ');
  const more = candidates.length > 10 ? ` och ${candidates.length - 10} till` : '';
  if (exact.length > 1) {
    throw new Error(`flera kunder heter "${wanted}": ${listed}${more}. Ange organisationsnumret i stället.`);
  }
  throw new Error(
    candidates.length
      ? `ingen kund heter "${wanted}". Menade du: ${listed}${more}?`
      : `ingen kund matchar "${wanted}". Ange kundens namn eller organisationsnummer.`,
  );
}

export const agreementCommands: Record<string, CliCommand> = {
  agreement: {
    usage: `  agreement <fil.forteckna> --customer "<namn eller orgnr>" --out <fil.docx> [--lang en]
                                                 ta fram en ny version av kundens PUB-avtal
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { customer: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'agreement');
      if (!values.customer?.trim()) throw new UsageError('agreement: ange kunden med --customer "Kund AB" eller --customer 556677-8899');
      if (!values.out) throw new UsageError('agreement: ange Word-filen med --out avtal.docx');
      const lang = language(values.lang, 'agreement');
      const out = path.resolve(values.out);
      await withRegister(
        file,
        async (core) => {
          const customer = await findCustomer(core, values.customer!);
          const defaults = unwrap(await call(core, 'agreements.defaults', { customerId: customer.id }));
          const made = unwrap(await call(core, 'agreements.generate', { ...defaults, lang, customerId: customer.id }));
          const written = unwrap(await call(core, 'agreements.saveDocument', { id: made.id, path: out }));
          io.out(JSON.stringify({ ...written, customer: customer.name, version: made.version, sha256: made.documentSha256 }));
        },
        { password: cliPassword(values) },
      );
      return 0;
    },
  },
  agreements: {
    usage: `  agreements <fil.forteckna> --out-dir <mapp> [--lang en]
                                                 ta fram PUB-avtal för alla kunder med aktiva abonnemang
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { 'out-dir': { type: 'string' }, lang: { type: 'string' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'agreements');
      if (!values['out-dir']) throw new UsageError('agreements: ange mappen med --out-dir avtal');
      const lang = language(values.lang, 'agreements');
      const folder = path.resolve(values['out-dir']);
      fs.mkdirSync(folder, { recursive: true });
      await withRegister(
        file,
        async (core) => {
          const result = unwrap(await call(core, 'agreements.batch', { scope: 'all', lang, folder }));
          io.out(
            JSON.stringify({
              folder: result?.folder,
              generated: result?.generated ?? 0,
              files: result?.files.map((f) => path.basename(f)) ?? [],
            }),
          );
        },
        { password: cliPassword(values) },
      );
      return 0;
    },
  },
};
