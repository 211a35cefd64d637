// What a change is, in words (sv and en), as the app proposes it; the user may reword it. Taken
// when the change is made, since the sub-processor's old values are gone afterwards.
import type { SccModule, TransferMechanism } from '../../../shared/domain/enums';
import { enumLabel, locationLabel, type Location } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { servicesService } from '../services/services.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';

export type DetailsSnapshot = Location & {
  transferMechanism: TransferMechanism;
  sccModule: SccModule | null;
  processingLocations: string;
};

/** The app's own sentences for a change, picked by language. */
export const changeWords = {
  sv: {
    and: 'och',
    added: (x: string, on: string) => `${x} läggs till som underbiträde för ${on}.`,
    removed: (x: string, on: string) => `${x} anlitas inte längre som underbiträde för ${on}.`,
    replaced: (x: string, old: string, on: string) => `${x} ersätter ${old} som underbiträde för ${on}.`,
    place: 'Plats',
    mechanism: 'Stöd för överföring',
    locations: 'Platser för behandling',
    none: '(inga angivna)',
  },
  en: {
    and: 'and',
    added: (x: string, on: string) => `${x} is added as a sub-processor for ${on}.`,
    removed: (x: string, on: string) => `${x} is no longer engaged as a sub-processor for ${on}.`,
    replaced: (x: string, old: string, on: string) => `${x} replaces ${old} as a sub-processor for ${on}.`,
    place: 'Location',
    mechanism: 'Transfer mechanism',
    locations: 'Processing locations',
    none: '(none given)',
  },
};

interface Words {
  sv: string;
  en: string;
}

const list = (names: string[], lang: Language) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${changeWords[lang].and} ${names.at(-1)}`;

/** "Acme Backup AB (Tyskland) läggs till som underbiträde för Backup och Drift." */
export function describeChange(
  session: Session,
  n: { kind: 'add' | 'remove' | 'replace'; subprocessorId: number; replacedSubprocessorId: number | null; serviceIds: number[] },
): Words {
  const subs = new Map(
    session
      .use(subprocessorsService)
      .records([n.subprocessorId, ...(n.replacedSubprocessorId ? [n.replacedSubprocessorId] : [])])
      .map((s) => [s.id, s]),
  );
  const serviceNames = new Map(
    session
      .use(servicesService)
      .records()
      .map((s) => [s.id, s.name]),
  );
  const services = n.serviceIds.map((id) => serviceNames.get(id) ?? '').filter((x) => x !== '');
  const named = (id: number | null, lang: Language) => {
    const s = id === null ? undefined : subs.get(id);
    return s ? `${s.name} (${locationLabel(s, lang)})` : '';
  };
  const words = (lang: Language): string => {
    const w = changeWords[lang];
    const x = named(n.subprocessorId, lang);
    const on = list(services, lang);
    if (n.kind === 'add') return w.added(x, on);
    if (n.kind === 'remove') return w.removed(x, on);
    return w.replaced(x, named(n.replacedSubprocessorId, lang), on);
  };
  return { sv: words('sv'), en: words('en') };
}

function mechanism(d: DetailsSnapshot, lang: Language): string {
  const m = enumLabel('transferMechanism', d.transferMechanism, lang);
  return d.transferMechanism === 'scc_2021_914' && d.sccModule ? `${m} (${enumLabel('sccModule', d.sccModule, lang)})` : m;
}

/** The place, transfer tool and processing locations that changed, before → after; null when none did. */
export function describeDetailsChange(before: DetailsSnapshot, after: DetailsSnapshot): Words | null {
  const parts = (lang: Language): string[] => {
    const out: string[] = [];
    const label = changeWords[lang];
    const from = locationLabel(before, lang);
    const to = locationLabel(after, lang);
    if (from !== to) out.push(`${label.place}: ${from} → ${to}`);
    if (mechanism(before, lang) !== mechanism(after, lang))
      out.push(`${label.mechanism}: ${mechanism(before, lang)} → ${mechanism(after, lang)}`);
    const a = before.processingLocations.trim();
    const b = after.processingLocations.trim();
    if (a !== b) out.push(`${label.locations}: ${a || label.none} → ${b || label.none}`);
    return out;
  };
  const sv = parts('sv');
  if (sv.length === 0) return null;
  return { sv: `${sv.join('. ')}.`, en: `${parts('en').join('. ')}.` };
}
