// The change notices' contribution to the attention list (issue 17), from their deadlines:
// - changeNotice.deadline: a proposal not yet decided; customers not yet told, by the last day a
//   letter still gives them their whole objection period before the change (grouped by that day);
//   and the days objection periods end (grouped by day), after which silence counts as acceptance.
// - changeNotice.objection: each objection not yet resolved, due by the day the change takes effect.
import type { ChangeKind, ChangeNotice, ChangeNoticeDeadline } from '../../../shared/contract';
import { daysBetween } from '../../../shared/deadlines';
import type { Words } from '../../../shared/glossary';
import type { AttentionFact, AttentionSource } from '../attention/attention.source';
import { changeNoticesService } from './change-notices.service';

/** Customers named in a text, at most this many (the rest counted). */
const NAMED = 3;

const sv = {
  line: {
    add: (name: string) => `Nytt underbiträde: ${name}`,
    replace: (name: string, replaced: string) => `${name} ersätter ${replaced}`,
    remove: (name: string) => `Upphör: ${name}`,
    change: (name: string) => `Ändrad behandling: ${name}`,
  },
  names: (names: string[], more: number) => (more > 0 ? `${names.join(', ')} och ${more} till` : joined(names, 'och')),
  who: (n: number, names: string) => (n === 1 ? names : `${n} kunder (${names})`),
  undecided: 'Ändringen är föreslagen men inte beslutad. Bestäm om kunderna ska få besked om den, eller skriv varför det inte behövs.',
  noDate: (who: string) => `Ändringen har inget datum då den börjar gälla. Ange datumet och skicka besked till ${who}.`,
  send: (who: string, _n: number, last: string, days: number, effective: string) =>
    `${who} har inte fått besked om ändringen. Skicka det senast ${last} så att invändningstiden på ${days} dagar hinner löpa ut innan ändringen gäller ${effective}.`,
  sendLate: (who: string, _n: number, last: string, days: number, effective: string) =>
    `${who} har inte fått besked om ändringen, som gäller ${effective}. Sista dagen för besked med hela invändningstiden på ${days} dagar var ${last}: skicka snarast och flytta fram ändringen, eller ange skälet till att den gäller tidigare.`,
  period: (who: string, day: string) =>
    `Invändningstiden för ${who} går ut ${day}. En kund som inte har invänt då anses ha godtagit ändringen; registrera de svar som kommer in.`,
  objection: (line: string, on: string | null) => `Kunden invände${on ? ` ${on}` : ''} mot ändringen ”${line}”.`,
  resolveBefore: (effective: string) =>
    `Avgör invändningen innan ändringen gäller ${effective}: kunden återtar den, undantas från ändringen eller säger upp avtalet.`,
  resolveInEffect: (effective: string) =>
    `Ändringen gäller sedan ${effective} och invändningen är inte avgjord. Avgör den: kunden återtar den, undantas från ändringen eller säger upp avtalet.`,
  resolveNoDate: 'Avgör invändningen innan ändringen börjar gälla: kunden återtar den, undantas från ändringen eller säger upp avtalet.',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    line: {
      add: (name) => `New sub-processor: ${name}`,
      replace: (name, replaced) => `${name} replaces ${replaced}`,
      remove: (name) => `Removed: ${name}`,
      change: (name) => `Changed processing: ${name}`,
    },
    names: (names, more) => (more > 0 ? `${names.join(', ')} and ${more} more` : joined(names, 'and')),
    who: (n, names) => (n === 1 ? names : `${n} customers (${names})`),
    undecided:
      'The change is proposed but not decided. Decide whether the customers are to be told of it, or write why that is not needed.',
    noDate: (who) => `The change has no date from which it applies. Set the date and tell ${who}.`,
    send: (who, n, last, days, effective) =>
      `${who} ${n === 1 ? 'has' : 'have'} not been told of the change. Send the notice by ${last} so that the objection period of ${days} days ends before the change applies on ${effective}.`,
    sendLate: (who, n, last, days, effective) =>
      `${who} ${n === 1 ? 'has' : 'have'} not been told of the change, which applies on ${effective}. The last day for a notice with the whole objection period of ${days} days was ${last}: send it as soon as possible and move the change later, or give the reason it applies earlier.`,
    period: (who, day) =>
      `The objection period for ${who} ends on ${day}. A customer that has not objected by then is deemed to accept the change; record the answers that come in.`,
    objection: (line, on) => `The customer objected${on ? ` on ${on}` : ''} to the change “${line}”.`,
    resolveBefore: (effective) =>
      `Resolve the objection before the change applies on ${effective}: the customer withdraws it, is excepted from the change or terminates the contract.`,
    resolveInEffect: (effective) =>
      `The change has applied since ${effective} and the objection is not resolved. Resolve it: the customer withdraws it, is excepted from the change or terminates the contract.`,
    resolveNoDate:
      'Resolve the objection before the change applies: the customer withdraws it, is excepted from the change or terminates the contract.',
  },
};

function joined(names: string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

type W = (typeof words)[keyof typeof words];

/** The customers of a group, named (the first few, in the notice's order: by name) and counted. */
function whoOf(group: ChangeNoticeDeadline[], w: W): string {
  const names = group.slice(0, NAMED).map((d) => d.customerName ?? '');
  return w.who(group.length, w.names(names, Math.max(0, group.length - NAMED)));
}

const idsOf = (group: ChangeNoticeDeadline[]) => group.map((d) => d.customerId!).sort((a, b) => a - b);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export const changeNoticesAttention: AttentionSource = {
  kinds: ['changeNotice.deadline', 'changeNotice.objection'],
  collect(ctx): AttentionFact[] {
    const w = words[ctx.lang];
    const service = ctx.session.use(changeNoticesService);
    const deadlines = service.deadlines();
    if (deadlines.length === 0) return [];

    // The whole notice only where the deadlines do not say enough: the name of the sub-processor a
    // replacement replaces, and the day a change already in effect took effect.
    const notices = new Map<number, ChangeNotice>();
    const notice = (id: number) => notices.get(id) ?? notices.set(id, service.get(id)).get(id)!;
    const effective = new Map(deadlines.filter((d) => d.kind === 'effectiveDate').map((d) => [d.noticeId, d.date]));
    const effectiveOf = (id: number) => (effective.has(id) ? effective.get(id)! : notice(id).effectiveDate);
    const lineOf = (d: ChangeNoticeDeadline) => {
      const kind: ChangeKind = d.changeKind;
      if (kind === 'replace') return w.line.replace(d.subprocessorName, notice(d.noticeId).replacedSubprocessor?.name ?? '');
      return w.line[kind](d.subprocessorName);
    };

    const facts: AttentionFact[] = [];
    for (const [, group] of groupBy(deadlines, (d) => String(d.noticeId))) {
      const first = group[0]!;
      const id = first.noticeId;
      const subject = lineOf(first);
      const fix = (field: string | null) => ({ kind: 'changeNotice' as const, id, field });
      const deadline = { kind: 'changeNotice.deadline' as const, subject };

      if (group.some((d) => d.kind === 'undecided')) {
        facts.push({ ...deadline, record: `changeNotice:${id}:decide`, dueOn: null, text: w.undecided, fix: fix('decision'), facts: {} });
      }

      for (const [day, sends] of groupBy(
        group.filter((d) => d.kind === 'notSent'),
        (d) => d.date ?? '',
      )) {
        const who = whoOf(sends, w);
        if (day === '') {
          facts.push({
            ...deadline,
            record: `changeNotice:${id}:send`,
            dueOn: null,
            text: w.noDate(who),
            fix: fix('effectiveDate'),
            facts: { customers: idsOf(sends) },
          });
          continue;
        }
        const applies = effectiveOf(id) ?? day;
        const days = daysBetween(day, applies);
        facts.push({
          ...deadline,
          record: `changeNotice:${id}:send:${day}`,
          dueOn: day,
          text: (day < ctx.on ? w.sendLate : w.send)(who, sends.length, day, days, applies),
          fix: fix(null),
          facts: { day, effective: applies, customers: idsOf(sends) },
        });
      }

      for (const [day, awaiting] of groupBy(
        group.filter((d) => d.kind === 'objectionDeadline' && d.date !== null),
        (d) => d.date!,
      )) {
        facts.push({
          ...deadline,
          record: `changeNotice:${id}:period:${day}`,
          dueOn: day,
          text: w.period(whoOf(awaiting, w), day),
          fix: fix(null),
          facts: { day, customers: idsOf(awaiting) },
        });
      }

      for (const d of group.filter((x) => x.kind === 'unresolvedObjection')) {
        const applies = effectiveOf(id);
        const resolve = applies === null ? w.resolveNoDate : applies <= ctx.on ? w.resolveInEffect(applies) : w.resolveBefore(applies);
        facts.push({
          kind: 'changeNotice.objection',
          record: `changeNotice:${id}:customer:${d.customerId}`,
          dueOn: applies,
          text: `${w.objection(subject, d.date)} ${resolve}`,
          subject: d.customerName ?? subject,
          fix: fix(null),
          facts: { respondedOn: d.date, effective: applies },
        });
      }
    }
    return facts;
  },
};
