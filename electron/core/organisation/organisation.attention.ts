// What the attention list (issue 17) needs to know of the organisation profile: one item naming
// what the documents need of it and it lacks. The same checks as the documents' preflights: the
// name, identity number and address of the agreement (agreement.processorName, …Identity,
// …Address), an e-mail address or phone number of ours or the DPO's (noticeLetters.noContact,
// breach.noContact), and, when a DPO is named, a way to reach them (Art. 13(1)(b), 37(7)).
import type { Organisation } from '../../../shared/contract';
import { glossary } from '../../../shared/glossary';
import type { Words } from '../../../shared/glossary';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';

/** What the profile can lack, in the form's order, each with the field that is focused to fix it. */
const GAPS = ['name', 'orgNr', 'address', 'contact', 'dpoContact'] as const;
type Gap = (typeof GAPS)[number];

const FIELD: Record<Gap, string> = {
  name: 'name',
  orgNr: 'orgNr',
  address: 'address.street',
  contact: 'email',
  dpoContact: 'dpo.email',
};

const sv = {
  organisation: 'Organisationen',
  gaps: {
    name: 'företagsnamn',
    orgNr: glossary.orgNr.sv.toLowerCase(),
    address: 'adress',
    contact: 'e-postadress eller telefonnummer',
    dpoContact: 'dataskyddsombudets e-postadress eller telefonnummer',
  } satisfies Record<Gap, string>,
  soleTraderOrgNr: glossary.personnummer.sv.toLowerCase(),
  and: 'och',
  text: (list: string) =>
    `Organisationsprofilen saknar ${list}. Dokumenten hämtar dem härifrån: PUB-avtalen anger vem personuppgiftsbiträdet är, ` +
    'och integritetspolicyn, brev och incidentanmälningar talar om hur man når er.',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    organisation: 'The organisation',
    gaps: {
      name: 'company name',
      orgNr: glossary.orgNr.en.toLowerCase(),
      address: 'address',
      contact: 'e-mail address or phone number',
      dpoContact: "the data protection officer's e-mail address or phone number",
    },
    soleTraderOrgNr: glossary.personnummer.en.toLowerCase(),
    and: 'and',
    text: (list) =>
      `The organisation profile lacks ${list}. The documents take them from here: the data processing agreements say who the processor is, ` +
      'and the privacy notice, letters and breach notifications say how to reach you.',
  },
};

const blank = (s: string) => s.trim() === '';

/** What the profile lacks that the documents need, in the form's order. */
export function profileGaps(org: Organisation): Gap[] {
  const lacks: Record<Gap, boolean> = {
    name: blank(org.name),
    orgNr: blank(org.orgNr),
    address: [org.address.street, org.address.postalCode, org.address.city].every(blank),
    contact: [org.email, org.phone, org.dpo.email, org.dpo.phone].every(blank),
    // A DPO is appointed when the profile names one (the form: "fill in if you have one").
    dpoContact: !blank(org.dpo.name) && blank(org.dpo.email) && blank(org.dpo.phone),
  };
  return GAPS.filter((g) => lacks[g]);
}

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  const org = ctx.session.organisation.get();
  const gaps = profileGaps(org);
  if (gaps.length === 0) return [];
  const names = gaps.map((g) => (g === 'orgNr' && org.legalForm === 'sole_trader' ? w.soleTraderOrgNr : w.gaps[g]));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${w.and} ${names.at(-1)!}`;
  return [
    {
      kind: 'organisation.profile',
      record: 'organisation',
      subject: blank(org.name) ? w.organisation : org.name,
      dueOn: null,
      text: w.text(list),
      fix: { kind: 'organisation', id: null, field: FIELD[gaps[0]!] },
      facts: { missing: gaps },
    },
  ];
}

export const organisationAttention: AttentionSource = {
  kinds: ['organisation.profile'],
  collect,
};
