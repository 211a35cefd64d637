// What the attention list (issue 17) needs to know of PUB-avtal: a customer we process for without
// a signed agreement, one sent and not signed after the register's reminder days, a current
// version the register no longer matches, and a signed one whose processing ends (the data must
// then be returned or deleted). One item of each kind per customer, keyed by the customer.
import type { FixTarget } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import type { Words } from '../../../shared/glossary';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';
import type { AgreementStanding } from './agreements.repo';
import { agreementsService } from './agreements.service';

const sv = {
  missing:
    'Kunden har ett aktivt abonnemang men inget PUB-avtal. Ett avtal krävs för att ni ska få behandla kundens personuppgifter (artikel 28.3). Skapa avtalet och skicka det för signering.',
  missingDraft:
    'Kunden har ett aktivt abonnemang, men PUB-avtalet är bara ett utkast. Skicka det till kunden och markera det som signerat när det kommer tillbaka.',
  unsigned: (sentOn: string, days: number) =>
    `PUB-avtalet skickades ${sentOn} och är ännu inte signerat (påminnelse efter ${days} dagar). Påminn kunden och markera avtalet som signerat när det kommer tillbaka.`,
  outOfDate: {
    draft: (v: number) =>
      `Registret har ändrats sedan utkastet (version ${v}) skapades, så bilagorna stämmer inte längre med tjänsterna, underbiträdena eller säkerhetsåtgärderna. Skapa en ny version innan ni skickar det.`,
    sent: (v: number) =>
      `Registret har ändrats sedan PUB-avtalet (version ${v}) skapades, så bilagorna stämmer inte längre med tjänsterna, underbiträdena eller säkerhetsåtgärderna. Skapa en ny version och skicka den i stället.`,
    signed: (v: number) =>
      `Registret har ändrats sedan det signerade PUB-avtalet (version ${v}) skapades, så bilagorna beskriver inte längre behandlingen som den är. Skapa en ny version och låt kunden signera den.`,
  },
  ending: (endOn: string, past: boolean) =>
    `Kundens behandling ${past ? 'upphörde' : 'upphör'} ${endOn}. Enligt PUB-avtalet ska ni då radera eller lämna tillbaka personuppgifterna, som kunden väljer, radera kopiorna och på begäran intyga det skriftligt. Markera avtalet som uppsagt när det är gjort.`,
};

const words: Words<typeof sv> = {
  sv,
  en: {
    missing:
      "The customer has an active subscription but no data processing agreement. An agreement is required before you may process the customer's personal data (Article 28(3)). Create the agreement and send it for signing.",
    missingDraft:
      'The customer has an active subscription, but the data processing agreement is only a draft. Send it to the customer and mark it signed when it comes back.',
    unsigned: (sentOn, days) =>
      `The data processing agreement was sent on ${sentOn} and is not signed yet (reminder after ${days} days). Remind the customer and mark the agreement signed when it comes back.`,
    outOfDate: {
      draft: (v) =>
        `The register has changed since the draft (version ${v}) was made, so its annexes no longer match the services, sub-processors or security measures. Make a new version before you send it.`,
      sent: (v) =>
        `The register has changed since the data processing agreement (version ${v}) was made, so its annexes no longer match the services, sub-processors or security measures. Make a new version and send that instead.`,
      signed: (v) =>
        `The register has changed since the signed data processing agreement (version ${v}) was made, so its annexes no longer describe the processing as it is. Make a new version and have the customer sign it.`,
    },
    ending: (endOn, past) =>
      `The customer's processing ${past ? 'ended' : 'ends'} on ${endOn}. Under the data processing agreement you must then delete or return the personal data, as the customer chooses, delete the copies and confirm it in writing if asked. Mark the agreement terminated once done.`,
  },
};

/**
 * The day the customer's processing ends: its contract end or the end of its last subscription,
 * whichever comes first; null while either runs on without an end.
 */
export function processingEnd(s: Pick<AgreementStanding, 'contractEnd' | 'lastSubscriptionEnd'>): string | null {
  const days = [s.contractEnd, s.lastSubscriptionEnd].filter((d): d is string => d !== null);
  return days.length === 0 ? null : days.reduce((a, b) => (a < b ? a : b));
}

const customerRecord = (customerId: number) => `customer:${customerId}`;
const agreementFix = (id: number): FixTarget => ({ kind: 'agreement', id, field: null });

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  const agreements = ctx.session.use(agreementsService);
  const days = ctx.settings.sentAgreementDays;
  const facts: AttentionFact[] = [];
  const standings = agreements.standings(ctx.on);
  const names = new Map(standings.map((s) => [s.customerId, s.customerName]));

  for (const s of standings) {
    const base = { record: customerRecord(s.customerId), subject: s.customerName };
    // Processing for a customer needs a signed agreement.
    const processing = s.customerStatus === 'active' && s.subscribed;
    const sent = s.current?.status === 'sent' && s.current.sentOn !== null ? { ...s.current, sentOn: s.current.sentOn } : null;
    if (processing && sent) {
      // Waiting for the customer: due when the reminder days are over. The current version, as
      // the customer list's 'overdue' (a newer version sent beside a signed one counts too).
      facts.push({
        ...base,
        kind: 'agreement.unsigned',
        dueOn: addDays(sent.sentOn, days),
        text: w.unsigned(sent.sentOn, days),
        fix: agreementFix(sent.id),
        facts: { customer: s.customerId, agreement: sent.id, sentOn: sent.sentOn, days },
      });
    } else if (processing && s.signed === null) {
      const draft = s.current?.status === 'draft' ? s.current : null;
      facts.push({
        ...base,
        kind: 'agreement.missing',
        dueOn: null,
        text: draft ? w.missingDraft : w.missing,
        // The draft to send, or the customer page, where an agreement is made ('agreements': its section).
        fix: draft ? agreementFix(draft.id) : { kind: 'customer', id: s.customerId, field: 'agreements' },
        facts: { customer: s.customerId, agreement: draft ? 'draft' : 'none' },
      });
    }
    // A signed agreement outlives the processing: at its end the data goes back or is deleted.
    const endOn = s.signed ? processingEnd(s) : null;
    if (s.signed && endOn !== null) {
      facts.push({
        ...base,
        kind: 'agreement.ending',
        dueOn: endOn,
        text: w.ending(endOn, endOn < ctx.on),
        fix: agreementFix(s.signed.id),
        facts: { customer: s.customerId, agreement: s.signed.id, endOn },
      });
    }
  }

  // The same check the customer list and the agreements list make (cached there), for the
  // customers shown; the register's basis now is in the facts, so a further change asks again.
  for (const a of agreements.outOfDateAgreements()) {
    const name = names.get(a.customerId);
    if (name === undefined) continue; // archived
    facts.push({
      kind: 'agreement.outOfDate',
      record: customerRecord(a.customerId),
      subject: name,
      dueOn: null,
      text: w.outOfDate[a.status](a.version),
      fix: agreementFix(a.id),
      facts: { customer: a.customerId, agreement: a.id, status: a.status, basis: a.basisNow },
    });
  }
  return facts;
}

export const agreementsAttention: AttentionSource = {
  kinds: ['agreement.missing', 'agreement.unsigned', 'agreement.outOfDate', 'agreement.ending'],
  collect,
};
