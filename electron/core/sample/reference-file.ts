// A reference register written to a file (bench, end-to-end tests): the data of
// writeReferenceRegister, then — optionally, since 1,000 real documents take a while — the
// agreements, rendered after the rest is committed.
import { organisationFields } from '../../../shared/contract';
import type { Clock } from '../ports';
import { openSession } from '../session';
import { writeReferenceAgreements } from './reference-agreements';
import { writeReferenceRegister, type ReferenceOptions } from './reference-register';
import { writeReferenceHistory } from './sample-history';

export interface ReferenceFileOptions extends ReferenceOptions {
  organisationName?: string;
  /** Also write 2 agreement versions for each of the first 500 customers. */
  agreements?: boolean;
  /** The clock the data is written with (default: the system clock). */
  now?: Date;
  /** Entries of its believable past (default 2,000, quality.md). */
  historyEntries?: number;
}

export async function createReferenceFile(filePath: string, options: ReferenceFileOptions = {}): Promise<Record<string, number>> {
  const at = options.now ?? new Date();
  const session = openSession(filePath, { now: () => at }, { create: true });
  let counts: Record<string, number>;
  try {
    session.history.withoutHistory(() => {
      const org = session.organisation.initialise(options.organisationName ?? 'Referens IT AB');
      // What every agreement needs of the processor: its identity and address.
      session.organisation.update(
        organisationFields.parse({
          ...org,
          orgNr: '559001-2349',
          address: { street: 'Referensgatan 1', postalCode: '111 22', city: 'Stockholm', country: 'Sverige' },
          email: 'dataskydd@referens.example',
          phone: '08-123 456 00',
        }),
        org.revision,
      );
    });
    counts = writeReferenceRegister(session, options).counts;
    counts.history = await writeReferenceHistory(session, { seed: options.seed, entries: options.historyEntries });
  } finally {
    session.close();
  }
  if (options.agreements) {
    // A second later than the register's rows, so no agreement looks older than what it describes.
    const later: Clock = { now: () => new Date(at.getTime() + 1000) };
    const again = openSession(filePath, later);
    try {
      // Dated 2024 and 2025 by themselves; the history keeps its 2,000 entries.
      counts.agreements = await again.history.withoutHistory(() => writeReferenceAgreements(again, { seed: options.seed }));
    } finally {
      again.close();
    }
  }
  return counts;
}
