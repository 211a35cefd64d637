// The sample's sub-processor changes (issue 15), written into its past through the services, so
// that the notice pages, deadlines and flags have something true to show:
//
// - completed: Microsoft Corporation (USA, EU–US Data Privacy Framework) added to Microsoft
//   365-administration some eight months ago, every customer told, in effect for half a year.
//   Silence counts as acceptance; a few accepted in writing; the law firm objected and was
//   excepted, which is where the exception in its subscription comes from.
// - in progress: Nordlys Datasenter AS (Bodø, Norway) added to Backup as a second storage site.
//   Norway is in the EEA, so no transfer tool is needed (the sample's only third-country
//   transfers stay the US ones), but a new sub-processor still needs prior notice under the
//   general written authorisation. Sent to most customers: one by post two weeks before the
//   e-mails (its deadline falls next week), two not yet; two accepted, one objection under
//   discussion, effective in five weeks.
//
// Dates are days before the register's today, like the rest of the sample. Each letter is made
// right after its customer is marked sent, so the deadline it prints is the one the register holds.
import {
  changeNoticeFields,
  subscriptionFields,
  type ChangeNotice,
  type ChangeNoticeFields,
  type NoticeRecipient,
  type SentVia,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { changeNoticesService } from '../change-notices/change-notices.service';
import { noticeLetterMaker, sha256Hex } from '../change-notices/notice-letter.view';
import { servicesService } from '../services/services.service';
import { subscriptionsService } from '../services/subscriptions.service';
import { SAMPLE_USERS, type PastWriter } from './sample-history';
import type { ServiceKey, SubprocessorKey } from './sample-register';

/** Customers by their place in the sample's list (sample-register.ts). */
const C = {
  redovisning: 0,
  tandvard: 1,
  eskilstuna: 4,
  advokatbyra: 5,
  arboga: 6,
  uppsala: 10,
  norberg: 12,
  stadservice: 14,
  tillberga: 19,
  barkaro: 24,
} as const;

export interface SampleNoticeInput {
  /** In the sample's order. */
  customers: readonly { id: number }[];
  services: Record<ServiceKey, number>;
  subprocessors: Record<SubprocessorKey, number>;
}

type Key = 'm365' | 'backup';

const dayOf = (at: string) => at.slice(0, 10);

/** Schedules the two notices on the sample's past (see the file comment). */
export function sampleChangeNotices(past: PastWriter, input: SampleNoticeInput): void {
  const { session, today } = past;
  const { jonas, karin } = SAMPLE_USERS;
  const notices = () => session.use(changeNoticesService);
  const customer = (index: number) => input.customers[index]!.id;
  const ids: Partial<Record<Key, number>> = {};
  const notice = (key: Key): ChangeNotice => notices().get(ids[key]!);
  const affected = (key: Key) =>
    notice(key)
      .recipients.filter((r) => r.affected)
      .map((r) => r.customerId);

  /** The service saved with one more sub-processor, and the notice the core proposes for it (as services.update does). */
  const addToService = (key: Key, serviceId: number, subprocessorId: number) => () => {
    const services = session.use(servicesService);
    const before = services.get(serviceId).subprocessorIds;
    const saved = services.setSubprocessors(serviceId, [...before, subprocessorId]);
    notices().proposeForService(serviceId, before, saved.subprocessorIds);
    const proposed = notices()
      .list({ serviceId, subprocessorId })
      .find((n) => n.state === 'proposed');
    if (!proposed) throw new Error(`The sample's ${key} change proposed no notice`);
    ids[key] = proposed.id;
  };

  const decide = (key: Key, fields: Partial<ChangeNoticeFields>) => {
    const n = notice(key);
    notices().update(n.id, n.revision, changeNoticeFields.parse({ ...n.fields, ...fields }));
  };

  const markSent = (key: Key, customerIds: readonly number[], at: string, via: SentVia) => {
    const wanted = new Set(affected(key));
    const told = customerIds.filter((id) => wanted.has(id));
    if (told.length > 0) notices().markSent(ids[key]!, told, dayOf(at), via);
  };

  /**
   * Each customer's letter, dated `at` and made then (a letter's time bounds its deadline), kept
   * with the notice: rendered first, then stored in one change.
   */
  const letters = async (key: Key, customerIds: readonly number[], at: string) => {
    const n = notice(key);
    const maker = noticeLetterMaker(session, n, dayOf(at));
    const wanted = new Set(customerIds);
    const made: { r: NoticeRecipient; data: Uint8Array }[] = [];
    for (const r of n.recipients) if (r.affected && wanted.has(r.customerId)) made.push({ r, data: (await maker.letter(r)).data });
    session.tx(() => {
      for (const { r, data } of made)
        notices().storeLetter(n.id, r.customerId, r.lang, data, sha256Hex(data), { deadline: r.deadline, generatedAt: at });
    });
  };

  /** Told and sent their letters on the day of `at`. */
  const send = (key: Key, customerIds: () => readonly number[], at: string, via: SentVia) => {
    let told: readonly number[] = [];
    past.change(at, jonas, 'changeNotices.markSent', () => {
      told = customerIds();
      markSent(key, told, at, via);
    });
    const made = plusMinutes(at, 3);
    past.step(made, jonas, 'changeNotices.letters', () => letters(key, told, made));
  };

  const respond = (key: Key, index: number, at: string, response: 'accepted' | 'objected', text = '') =>
    past.change(at, karin, 'changeNotices.recordResponse', () => {
      const n = notice(key);
      const r = n.recipients.find((x) => x.customerId === customer(index));
      // A customer the change does not reach (its subscription ended) has nothing to answer.
      if (!r?.sentOn || r.revision === null) return;
      notices().recordResponse(n.id, r.customerId, r.revision, response, dayOf(at), text);
    });

  // --- Completed: Microsoft Corporation added to Microsoft 365-administration.

  const m365 = input.services.m365;
  past.change(past.at(256, 9), karin, 'services.update', addToService('m365', m365, input.subprocessors.microsoftUs));
  const m365Sent = past.at(250, 8);
  const m365Effective = addDays(dayOf(m365Sent), 60);
  // Decided and e-mailed the same day (the association by post). The effective date may only
  // come before today's deadlines once everyone is told: it is saved later first and moved back
  // in the same change, so the history shows one decision.
  past.change(m365Sent, jonas, 'changeNotices.markSent', () => {
    decide('m365', {
      changeSv:
        'Microsoft Corporation (USA) läggs till som underbiträde för Microsoft 365-administration: ' +
        'Microsofts support och säkerhetsövervakning kan få begränsad åtkomst till data i er Microsoft 365-miljö från USA.',
      changeEn:
        'Microsoft Corporation (USA) is added as a sub-processor for Microsoft 365 administration: ' +
        'Microsoft support and security monitoring may get limited access to data in your Microsoft 365 environment from the USA.',
      reason:
        'Microsofts personuppgiftsbiträdesavtal anger att Microsoft Corporation i USA kan få åtkomst till kunddata vid supportärenden och ' +
        'säkerhetsincidenter. Microsoft Corporation är certifierat enligt EU–US Data Privacy Framework; standardavtalsklausulerna i avtalet gäller också.',
      reasonEn:
        "Microsoft's data processing agreement states that Microsoft Corporation in the USA may get access to customer data in support cases and " +
        'security incidents. Microsoft Corporation is certified under the EU–US Data Privacy Framework; the standard contractual clauses in the agreement apply as well.',
      decidedBy: 'Jonas Åberg, VD',
      decision: 'notify',
      effectiveDate: addDays(today, 90),
    });
    const post = customer(C.norberg);
    markSent('m365', [post], m365Sent, 'post');
    markSent(
      'm365',
      affected('m365').filter((id) => id !== post),
      m365Sent,
      'email',
    );
    decide('m365', { effectiveDate: m365Effective });
  });
  const m365Letters = plusMinutes(m365Sent, 4);
  past.step(m365Letters, jonas, 'changeNotices.letters', () => letters('m365', affected('m365'), m365Letters));
  respond('m365', C.redovisning, past.at(248, 10), 'accepted');
  respond('m365', C.uppsala, past.at(245, 13), 'accepted');
  respond(
    'm365',
    C.advokatbyra,
    past.at(244, 9),
    'objected',
    'Vi godkänner inte att Microsoft i USA får åtkomst till vår e-post. Den innehåller uppgifter som omfattas av advokatsekretess.',
  );
  respond('m365', C.stadservice, past.at(238, 14), 'accepted');
  // The law firm keeps Microsoft 365 without the US support: Customer Lockbox, and the exception in its subscription.
  past.change(past.at(232, 10), jonas, 'changeNotices.resolveObjection', () => {
    const n = notice('m365');
    const firm = customer(C.advokatbyra);
    const r = n.recipients.find((x) => x.customerId === firm);
    if (r?.state !== 'objected' || r.revision === null) return;
    notices().resolveObjection(
      n.id,
      firm,
      r.revision,
      'excepted',
      dayOf(past.at(232, 10)),
      'Vi har slagit på Customer Lockbox: Microsofts support i USA får ingen åtkomst utan kundens godkännande i varje enskilt fall. ' +
        'Microsoft Corporation är inte underbiträde för kunden.',
    );
    const subscriptions = session.use(subscriptionsService);
    const sub = subscriptions.list({ customerId: firm }).find((s) => s.serviceId === m365);
    if (sub) {
      subscriptions.update(
        sub.id,
        sub.revision,
        subscriptionFields.parse({ ...sub, notes: 'Kunden har valt bort Microsofts support från USA (Customer Lockbox).' }),
      );
    }
  });

  // --- In progress: Nordlys Datasenter AS added to Backup.

  const nordlys = input.subprocessors.backupNo;
  const contracted = past.at(45, 13);
  past.update({ kind: 'subprocessor', recordId: nordlys }, contracted, karin, (f) => ({
    ...f,
    status: 'active',
    serviceDescription: 'Andra lagringsplats för krypterade säkerhetskopior, geografiskt åtskild från Tyskland',
    agreementDate: dayOf(contracted),
    agreementNotes: 'Leverantörens personuppgiftsbiträdesavtal (art. 28), norsk och engelsk version. ISO/IEC 27001-certifierat.',
    notes: 'Används för kundernas säkerhetskopior från den dag ändringen gäller; kunderna har fått ändringsmeddelande.',
  }));
  past.change(past.at(30, 9), jonas, 'services.update', addToService('backup', input.services.backup, nordlys));
  past.change(past.at(28, 10), jonas, 'changeNotices.update', () =>
    decide('backup', {
      changeSv:
        'Nordlys Datasenter AS (Norge) läggs till som underbiträde för Backup och lagrar en andra, krypterad kopia av era säkerhetskopior i Bodø.',
      changeEn:
        'Nordlys Datasenter AS (Norway) is added as a sub-processor for Backup and keeps a second, encrypted copy of your backups in Bodø.',
      reason:
        'En andra lagringsplats, långt från den första i Tyskland, så att säkerhetskopiorna finns kvar även om ett datacenter slås ut. ' +
        'Norge ingår i EES, så uppgifterna överförs inte till tredjeland. Nordlys har inte nycklarna till kopiorna.',
      reasonEn:
        'A second storage site, far from the first one in Germany, so that the backups survive even if a data centre is lost. ' +
        'Norway is in the EEA, so the data is not transferred to a third country. Nordlys does not hold the keys to the copies.',
      decidedBy: 'Jonas Åberg, VD',
      decision: 'notify',
      effectiveDate: addDays(today, 35),
    }),
  );
  // The farm reads its post: its letter went first, so its deadline is the earliest.
  send('backup', () => [customer(C.tillberga)], past.at(25, 8), 'post');
  const later = new Set([C.tillberga, C.eskilstuna, C.barkaro].map(customer));
  send('backup', () => affected('backup').filter((id) => !later.has(id)), past.at(11, 8), 'email');
  respond('backup', C.redovisning, past.at(9, 10), 'accepted');
  respond('backup', C.arboga, past.at(7, 13), 'accepted');
  respond(
    'backup',
    C.tandvard,
    past.at(6, 9),
    'objected',
    'Våra säkerhetskopior innehåller patientjournaler. Innan vi godkänner en ny lagringsplats vill vi se avtalet med Nordlys ' +
      'och veta hur krypteringsnycklarna hanteras. Helst vill vi att kopiorna stannar inom EU.',
  );
}

const plusMinutes = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();
