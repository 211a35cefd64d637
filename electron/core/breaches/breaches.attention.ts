// The breaches' contribution to the attention list (issue 17): each open clock of an open breach,
// on its day in Swedish time. IMY's 72 hours (Art. 33(1)) end at an exact time, which the text
// gives; telling the controller (Art. 33(2)) and the data subjects (Art. 34) is due without undue
// delay, so those fall on the day the breach was discovered. The items go into calendar files that
// users sync to cloud calendars: the texts name no person and no customer, only how many.
import { stockholmWallClock } from '../../../shared/deadlines';
import type { Words } from '../../../shared/glossary';
import type { AttentionFact, AttentionSource } from '../attention/attention.source';
import { breachesService } from './breaches.service';

const sv = {
  imy: (day: string, time: string) =>
    `Anmäl incidenten till IMY senast ${day} kl. ${time}, 72 timmar efter att ni fick kännedom om den (art. 33.1).`,
  imyNotAssessed: (day: string, time: string) =>
    `Bedöm risken för de registrerade. Anmäl incidenten till IMY senast ${day} kl. ${time} om den inte är osannolik att medföra en risk (72 timmar, art. 33.1).`,
  imyLate: (day: string, time: string) =>
    `De 72 timmarna för att anmäla incidenten till IMY gick ut ${day} kl. ${time} (art. 33.1). Anmäl snarast och ange skälen till förseningen.`,
  imyLateNotAssessed: (day: string, time: string) =>
    `De 72 timmarna gick ut ${day} kl. ${time} och risken är inte bedömd (art. 33.1). Bedöm den nu; anmäl snarast om en risk inte är osannolik, och ange skälen till förseningen.`,
  customers: (n: number, day: string, time: string) =>
    `${n === 1 ? 'En berörd kund har' : `${n} berörda kunder har`} inte fått besked om incidenten, som upptäcktes ${day} kl. ${time}. Som personuppgiftsbiträde ska ni underrätta varje personuppgiftsansvarig utan onödigt dröjsmål (art. 33.2).`,
  subjects: (day: string, time: string) =>
    `Incidenten, som upptäcktes ${day} kl. ${time}, bedöms medföra en hög risk. Informera de registrerade utan onödigt dröjsmål (art. 34), eller ange varför det inte behövs.`,
};

const words: Words<typeof sv> = {
  sv,
  en: {
    imy: (day, time) => `Notify IMY of the breach by ${day} at ${time} Swedish time, 72 hours after you became aware of it (Art. 33(1)).`,
    imyNotAssessed: (day, time) =>
      `Assess the risk to the data subjects. Notify IMY by ${day} at ${time} Swedish time unless the breach is unlikely to result in a risk (72 hours, Art. 33(1)).`,
    imyLate: (day, time) =>
      `The 72 hours to notify IMY of the breach ended on ${day} at ${time} Swedish time (Art. 33(1)). Notify IMY as soon as possible and give the reasons for the delay.`,
    imyLateNotAssessed: (day, time) =>
      `The 72 hours ended on ${day} at ${time} Swedish time and the risk has not been assessed (Art. 33(1)). Assess it now; notify IMY as soon as possible unless a risk is unlikely, and give the reasons for the delay.`,
    customers: (n, day, time) =>
      `${n === 1 ? 'One affected customer has' : `${n} affected customers have`} not been told of the breach, discovered on ${day} at ${time} Swedish time. As processor you must notify each controller without undue delay (Art. 33(2)).`,
    subjects: (day, time) =>
      `The breach, discovered on ${day} at ${time} Swedish time, is assessed as a high risk. Inform the data subjects without undue delay (Art. 34), or record why that is not needed.`,
  },
};

/** An instant as its day and time on a Swedish clock. */
function swedish(instant: string): { day: string; time: string } {
  const wall = stockholmWallClock(instant);
  return { day: wall.slice(0, 10), time: wall.slice(11, 16) };
}

export const breachesAttention: AttentionSource = {
  kinds: ['breach.clock'],
  collect(ctx): AttentionFact[] {
    const w = words[ctx.lang];
    const service = ctx.session.use(breachesService);
    // The open breaches' summaries carry IMY's clock and, as processor, how many affected
    // customers were told: the same clocks as breaches.clocks, without naming every customer
    // (a breach over a whole service reaches thousands). The notice to the data subjects needs
    // the breach itself, read only for the high-risk ones.
    const open = service.list({ filter: 'open', search: '', now: ctx.now, offset: 0, limit: Number.MAX_SAFE_INTEGER }).rows;
    const facts: AttentionFact[] = [];
    for (const b of open) {
      const found = swedish(b.discoveredAt);
      const fix = (field: string | null) => ({ kind: 'breach' as const, id: b.id, field });
      const base = { kind: 'breach.clock' as const, subject: b.title };
      const imy = b.imy;
      if (imy.state === 'running' || imy.state === 'overdue' || imy.state === 'not_assessed') {
        const at = swedish(imy.deadline);
        const assessed = imy.state !== 'not_assessed';
        const late = (imy.minutesLeft ?? 0) < 0;
        const text = assessed
          ? (late ? w.imyLate : w.imy)(at.day, at.time)
          : (late ? w.imyLateNotAssessed : w.imyNotAssessed)(at.day, at.time);
        facts.push({
          ...base,
          record: `breach:${b.id}:imy`,
          dueOn: at.day,
          text,
          fix: fix(assessed ? null : 'risk'),
          facts: { deadline: imy.deadline, assessed },
        });
      }
      const untold = b.ourRole === 'processor' ? b.customersAffected - b.customersNotified : 0;
      if (untold > 0) {
        facts.push({
          ...base,
          record: `breach:${b.id}:customers`,
          dueOn: found.day,
          text: w.customers(untold, found.day, found.time),
          fix: fix(null),
          facts: { discoveredAt: b.discoveredAt, affected: b.customersAffected, untold },
        });
      }
      if (b.ourRole === 'controller' && b.risk === 'high_risk') {
        const full = service.get(b.id, ctx.now);
        if (full.subjectsNoticeRequired && full.fields.subjectsInformedAt === null) {
          facts.push({
            ...base,
            record: `breach:${b.id}:subjects`,
            dueOn: found.day,
            text: w.subjects(found.day, found.time),
            fix: fix('subjectsInformedAt'),
            facts: { discoveredAt: b.discoveredAt },
          });
        }
      }
    }
    return facts;
  },
};
