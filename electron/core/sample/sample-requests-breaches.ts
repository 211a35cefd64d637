// The sample's requests from data subjects and personal data breaches (issue 16), written into its
// past through the services so that the registers, their clocks and the history show on first open:
//
// Requests (dates counted from the register's today, so the states hold whatever day it is built):
// - overdue: an access request from a former customer contact, identity checked, not answered
//   although its month has run out;
// - extended: an access request from a former employee, the extension told within the first month;
// - forwarded: a patient's request that reached us, as processor, instead of the dental clinic:
//   forwarded to the clinic the next day, with the clinic's instruction;
// - due this week: an objection to the newsletter, not yet handled;
// - answered: an access request answered in time, for the activities the access reply lists.
//
// Breaches:
// - as controller, discovered some twenty hours ago: a phishing e-mail got a staff member's
//   password; the risk is assessed and the 72 hours to IMY are running;
// - as processor, two days ago: a laptop stolen from the care home's site (a device of that site
//   in the sample's CMDB), the care home told by phone within two hours.
import {
  breachFields,
  dsrRequestFields,
  emptyBreach,
  emptyDsrRequest,
  type BreachFields,
  type DsrRequestFields,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { requestClock } from '../../../shared/deadlines';
import { activitiesService } from '../activities/activities.service';
import { breachesService } from '../breaches/breaches.service';
import { requestsService } from '../requests/requests.service';
import { sitesService } from '../sites/sites.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import { SAMPLE_USERS, type PastWriter } from './sample-history';

/** Customers by their place in the sample's list (sample-register.ts). */
const C = { tandvard: 1, angshagen: 17 } as const;

const HOUR = 3_600_000;

export interface SampleRequestsInput {
  /** In the sample's order. */
  customers: readonly { id: number }[];
}

/** An instant on `day` at about `hour` UTC (office hours in Sweden), `minutes` past. */
const onDay = (day: string, hour: number, minutes: number) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00.000Z`;

/**
 * The latest day before `today` whose request falls due (Art. 12(3)) between `from` and `to` days
 * from today: holidays and short months move deadlines, so the day is searched for, not assumed.
 */
function receivedFor(today: string, from: number, to: number): string {
  for (let back = 1; back <= 120; back++) {
    const receivedOn = addDays(today, -back);
    const { daysLeft } = requestClock({ receivedOn, extensionNotifiedOn: null, closedOn: null, on: today });
    if (daysLeft !== null && daysLeft >= from && daysLeft <= to) return receivedOn;
  }
  throw new Error(`The sample found no day for a request due in ${from}–${to} days`);
}

/** Schedules the sample's requests and breaches on its past (see the file comment). */
export function sampleRequestsAndBreaches(past: PastWriter, input: SampleRequestsInput): void {
  const { session, today } = past;
  const { jonas, karin, maria } = SAMPLE_USERS;
  const requests = () => session.use(requestsService);
  const breaches = () => session.use(breachesService);
  const customer = (index: number) => input.customers[index]!.id;
  const activity = (name: string) => {
    const found = session
      .use(activitiesService)
      .list({ query: '', includeArchived: true })
      .items.find((a) => a.name === name);
    if (!found) throw new Error(`The sample has no activity ${name}`);
    return found.id;
  };
  const term = (kind: 'data_subject' | 'personal_data', code: string) => {
    const found = session
      .use(vocabulariesService)
      .list()
      .find((t) => t.kind === kind && t.code === code);
    if (!found) throw new Error(`Built-in term ${kind}/${code} is missing`);
    return found.id;
  };

  const ids: Record<string, number> = {};
  const create = (key: string, at: string, who: (typeof SAMPLE_USERS)[keyof typeof SAMPLE_USERS], fields: () => DsrRequestFields) =>
    past.change(at, who, 'requests.create', () => {
      ids[key] = requests().create(dsrRequestFields.parse(fields())).id;
    });
  const update = (key: string, at: string, who: (typeof SAMPLE_USERS)[keyof typeof SAMPLE_USERS], patch: Partial<DsrRequestFields>) =>
    past.change(at, who, 'requests.update', () => {
      const r = requests().get(ids[key]!);
      requests().update(r.id, r.revision, dsrRequestFields.parse({ ...r.fields, ...patch }));
    });
  const request = (patch: Partial<DsrRequestFields> & Pick<DsrRequestFields, 'receivedOn' | 'requesterName'>): DsrRequestFields => ({
    ...emptyDsrRequest,
    ...patch,
  });

  // --- Overdue: its month ran out some days ago.
  const overdue = receivedFor(today, -10, -3);
  create('overdue', onDay(overdue, 9, 12), karin, () =>
    request({
      receivedOn: overdue,
      channel: 'email',
      requesterName: 'Gunilla Sandberg',
      requesterContact: 'gunilla.sandberg@example.se',
      requestText: 'Jag var tidigare kontaktperson hos en av era kunder. Jag vill få veta vilka uppgifter ni har om mig.',
      activityIds: [activity('Kundregister och avtalshantering'), activity('Supportärenden')],
    }),
  );
  update('overdue', onDay(addDays(overdue, 2), 10, 5), karin, {
    identity: 'verified',
    identityMethod: 'Svar från den e-postadress vi har i kundregistret',
    identityCheckedOn: addDays(overdue, 2),
    identityCheckedBy: 'Karin Ödman',
    status: 'in_progress',
    searched: 'Kundregistret, supportsystemet och e-postarkivet',
  });

  // --- Extended: told of the extension within the first month, with the reason.
  const extended = addDays(today, -45);
  create('extended', onDay(extended, 8, 40), karin, () =>
    request({
      receivedOn: extended,
      channel: 'letter',
      requesterName: 'Mikael Forsberg',
      requesterContact: 'Björkvägen 3, 724 60 Västerås',
      requestText: 'Jag slutade hos er i våras och vill ha en kopia av alla personuppgifter ni har om mig, även e-post och loggar.',
      activityIds: [activity('Personaladministration och lön'), activity('Övervakning och loggning av vår egen IT-miljö')],
    }),
  );
  update('extended', onDay(addDays(extended, 3), 13, 20), karin, {
    identity: 'verified',
    identityMethod: 'Legitimation visad på kontoret',
    identityCheckedOn: addDays(extended, 3),
    identityCheckedBy: 'Karin Ödman',
    status: 'in_progress',
  });
  update('extended', onDay(addDays(extended, 15), 9, 30), karin, {
    extensionReason:
      'Begäran omfattar e-post och loggar från sex års anställning i flera system; uppgifter om andra personer måste gås igenom innan de lämnas ut.',
    extensionNotifiedOn: addDays(extended, 15),
    searched: 'Lönesystemet, personalakten, e-postarkivet och loggarna från vår egen IT-miljö',
  });

  // --- Forwarded: a patient wrote to us instead of the clinic; as processor we forward it.
  const forwarded = addDays(today, -6);
  create('forwarded', onDay(forwarded, 14, 10), maria, () =>
    request({
      receivedOn: forwarded,
      channel: 'email',
      right: 'access',
      requesterName: 'Lena Holmström',
      requesterContact: 'lena.holmstrom@example.se',
      requestText: 'Jag vill ha ut min journal och se vilka som har läst den. Ni sköter ju klinikens IT.',
      ourRole: 'processor',
      customerId: customer(C.tandvard),
    }),
  );
  update('forwarded', onDay(addDays(forwarded, 1), 8, 15), karin, {
    status: 'forwarded',
    forwardedOn: addDays(forwarded, 1),
    customerInstruction:
      'Kliniken svarar patienten själv. Vi tar fram loggutdraget ur journalsystemet när kliniken ber om det, och svarar inte patienten direkt.',
    notes: 'Vidarebefordrat till klinikchefen Eva Bergström per e-post; patienten fick besked om att kliniken svarar.',
  });

  // --- Due this week: not handled yet.
  const dueSoon = receivedFor(today, 2, 6);
  create('dueSoon', onDay(dueSoon, 10, 45), maria, () =>
    request({
      receivedOn: dueSoon,
      channel: 'web',
      right: 'objection',
      requesterName: 'Henrik Lund',
      requesterContact: 'henrik.lund@example.se',
      requestText: 'Jag vill inte längre få ert nyhetsbrev eller andra utskick.',
      identity: 'not_needed',
      activityIds: [activity('Marknadsföring och nyhetsbrev')],
    }),
  );

  // --- Answered in time, for the activities the access reply listed.
  const answered = addDays(today, -70);
  const answeredOn = addDays(answered, 24);
  create('answered', onDay(answered, 9, 5), karin, () =>
    request({
      receivedOn: answered,
      channel: 'email',
      requesterName: 'Sofia Nyström',
      requesterContact: 'sofia.nystrom@example.se',
      requestText: 'Vilka uppgifter har ni om mig? Jag sökte jobb hos er förra året och har varit i kontakt med supporten.',
      activityIds: [activity('Rekrytering'), activity('Supportärenden')],
    }),
  );
  update('answered', onDay(addDays(answered, 1), 11, 30), karin, {
    identity: 'verified',
    identityMethod: 'BankID via e-legitimation',
    identityCheckedOn: addDays(answered, 1),
    identityCheckedBy: 'Karin Ödman',
    status: 'in_progress',
  });
  update('answered', onDay(answeredOn, 14, 0), karin, {
    searched: 'Rekryteringssystemet, supportsystemet och e-posten',
    found: 'Ansökan med cv och intervjuanteckningar; tre supportärenden från 2025.',
    status: 'answered',
    outcome: 'granted',
    answeredOn,
    notes: 'Registerutdraget skickat krypterat per e-post, med kopia av ansökan och ärendena.',
  });

  // --- Breaches. Their moments are counted from now, so the 72-hour clock shows running.
  const now = Date.parse(session.now());
  const minutesBefore = (hours: number) => new Date(Math.floor((now - hours * HOUR) / 60_000) * 60_000).toISOString();
  const breachIds: Record<string, number> = {};
  const breach = (patch: Partial<BreachFields> & Pick<BreachFields, 'title' | 'discoveredAt'>): BreachFields => ({
    ...emptyBreach,
    ...patch,
  });
  const updateBreach = (key: string, at: string, who: (typeof SAMPLE_USERS)[keyof typeof SAMPLE_USERS], patch: Partial<BreachFields>) =>
    past.change(at, who, 'breaches.update', () => {
      const b = breaches().get(breachIds[key]!);
      breaches().update(b.id, b.revision, breachFields.parse({ ...b.fields, ...patch }));
    });

  const phished = minutesBefore(20);
  past.change(minutesBefore(19.5), jonas, 'breaches.create', () => {
    breachIds.phishing = breaches().create(
      breachFields.parse(
        breach({
          title: 'Nätfiske: inloggning till en medarbetares e-post',
          ourRole: 'controller',
          discoveredAt: phished,
          occurredFrom: minutesBefore(26),
          breachTypes: ['confidentiality'],
          cause: 'phishing',
          description:
            'En tekniker loggade in på en falsk inloggningssida för Microsoft 365. Någon loggade sedan in i hans brevlåda från ett utländskt nätverk ' +
            'och kan ha läst e-post med kunders kontaktuppgifter och supportärenden.',
          subjectTermIds: [term('data_subject', 'customer_contact'), term('data_subject', 'employee')],
          dataTermIds: [term('personal_data', 'identity'), term('personal_data', 'contact'), term('personal_data', 'support_content')],
          approxSubjects: 180,
          approxRecords: 1200,
          measuresTaken: 'Lösenordet byttes och alla sessioner loggades ut inom en timme; inloggningar från utlandet spärrade.',
        }),
      ),
    ).id;
  });
  updateBreach('phishing', minutesBefore(16), karin, {
    likelyConsequences:
      'Kontaktuppgifterna kan användas för riktat nätfiske mot kunderna. Supportärendena kan innehålla uppgifter om kundernas system.',
    risk: 'risk',
    riskRationale:
      'Obehörig åtkomst till e-post med uppgifter om omkring 180 personer under några timmar. Inga känsliga uppgifter, men risk för riktat nätfiske.',
    measuresPlanned: 'Varna de berörda kunderna för nätfiske; nätfiskeutbildning för alla medarbetare; villkorad åtkomst i Microsoft 365.',
    dpoConsulted: true,
  });

  // The laptop at the care home's site: a device of the sample's CMDB.
  const laptop = () => {
    const found = session
      .use(sitesService)
      .list({ query: 'angs-pc07', customerId: customer(C.angshagen), sort: 'placement', direction: 'asc', offset: 0, limit: 5 })
      .items.find((e) => e.hostname === 'angs-pc07');
    if (!found) throw new Error('The sample has no laptop angs-pc07');
    return found;
  };
  const stolen = minutesBefore(46);
  past.change(minutesBefore(45.5), maria, 'breaches.create', () => {
    const device = laptop();
    breachIds.laptop = breaches().create(
      breachFields.parse(
        breach({
          title: 'Stulen bärbar dator, Ängshagens Vårdboende',
          ourRole: 'processor',
          discoveredAt: stolen,
          occurredFrom: minutesBefore(60),
          occurredTo: minutesBefore(47),
          breachTypes: ['confidentiality', 'availability'],
          cause: 'lost_stolen_device',
          description:
            'En bärbar dator som omsorgspersonalen använder för dokumentation stals ur personalrummet under natten. ' +
            'Datorn sköts av oss inom driftavtalet.',
          subjectTermIds: [term('data_subject', 'customer_end_user')],
          dataTermIds: [term('personal_data', 'special_category')],
          specialCategories: true,
          likelyConsequences: 'Disken är krypterad med BitLocker; utan nyckeln kan uppgifterna inte läsas.',
          measuresTaken: 'Datorn spärrad i Intune, fjärrensning beställd och BitLocker-nyckeln återkallad. Personalens lösenord byttes.',
          siteIds: [device.siteId!],
          equipmentIds: [device.id],
        }),
      ),
    ).id;
  });
  past.change(minutesBefore(44), maria, 'breaches.recordCustomerNotice', () => {
    const b = breaches().get(breachIds.laptop!);
    breaches().recordCustomerNotice({
      id: b.id,
      revision: b.revision,
      customerId: customer(C.angshagen),
      notifiedAt: minutesBefore(44),
      via: 'phone',
      note: 'Verksamhetschefen underrättad per telefon; skriftlig underrättelse följer.',
    });
  });
}
