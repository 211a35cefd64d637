// The check before a breach document is made (issue 16 §4). Errors: where the document would say
// nothing true — no breach, the wrong role for it, a customer notice without its customer or for
// one the breach does not affect, no description of what happened, no contact point in our
// profile; for the notice to data subjects also no consequences or no measures (Art. 34(2) needs
// them). Warnings: what the document says is not known yet (risk, numbers, categories), a notice
// to data subjects the risk does not require, the reasons for a late IMY notification missing,
// and for an English document that the breach's own texts are quoted as written (the log keeps
// them in one language).
import type { Breach, BreachDocument, FixTarget, PreflightItem } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { breachContactPoint } from '../documents/breach-notice.model';
import { DomainError } from '../errors';
import type { Session } from '../session';
import { breachesService } from './breaches.service';

const sv = {
  breach: 'Incidenten',
  organisation: 'Organisationen',
  notFound: 'Incidenten finns inte i registret.',
  noDocument: 'Ange vilket dokument som ska tas fram.',
  notProcessor: 'Underrättelsen till kund gäller bara incidenter där vi är personuppgiftsbiträde.',
  notController: 'Anmälan till IMY och informationen till de registrerade gäller bara incidenter där vi är personuppgiftsansvariga.',
  noCustomer: 'Välj vilken kund underrättelsen gäller.',
  notAffected: 'Kunden berörs inte av incidenten. Koppla kunden, dess tjänster, driftställen eller enheter till incidenten.',
  noDescription: 'Det finns ingen beskrivning av vad som har hänt. Dokumentet måste beskriva incidentens art (artikel 33.3 a).',
  noContact:
    'Organisationen saknar kontaktuppgifter: ange dataskyddsombudets e-post eller telefon, eller organisationens. Dokumentet måste ange en kontaktpunkt (artikel 33.3 b).',
  noConsequencesError: 'De sannolika konsekvenserna är inte beskrivna. Informationen till de registrerade måste ta upp dem (artikel 34.2).',
  noMeasuresError:
    'Inga åtgärder är beskrivna. Informationen till de registrerade måste ta upp vad ni har gjort eller ska göra (artikel 34.2).',
  noConsequences: 'De sannolika konsekvenserna är inte beskrivna. Dokumentet säger att de inte är kända ännu.',
  noMeasures: 'Inga åtgärder är beskrivna. Dokumentet säger att de inte är kända ännu.',
  riskNotAssessed: 'Risken är inte bedömd. Dokumentet säger att bedömningen inte är gjord ännu.',
  subjectsUnknown: 'Det ungefärliga antalet registrerade är inte angivet. Dokumentet säger att det inte är känt ännu.',
  recordsUnknown: 'Det ungefärliga antalet poster med personuppgifter är inte angivet. Dokumentet säger att det inte är känt ännu.',
  subjectTermsUnknown: 'Inga kategorier av registrerade är valda. Dokumentet säger att de inte är kända ännu.',
  dataTermsUnknown: 'Inga kategorier av personuppgifter är valda. Dokumentet säger att de inte är kända ännu.',
  notHighRisk:
    'Risken är inte bedömd som hög. Då krävs ingen information till de registrerade (artikel 34.1), men ni kan ändå välja att informera.',
  delayReasonMissing:
    'Mer än 72 timmar har gått sedan upptäckten, men skälen till dröjsmålet är inte angivna. Anmälan ska ange dem (artikel 33.1).',
  quotedAsWritten:
    'Incidentens egna texter (beskrivning, konsekvenser, åtgärder) finns bara på ett språk. Det engelska dokumentet återger dem som de är skrivna.',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    breach: 'The breach',
    organisation: 'The organisation',
    notFound: 'The breach is not in the register.',
    noDocument: 'Choose which document to make.',
    notProcessor: 'The notice to a customer applies only to breaches where we are processor.',
    notController: 'The notification to IMY and the notice to data subjects apply only to breaches where we are controller.',
    noCustomer: 'Choose the customer the notice is for.',
    notAffected: 'The customer is not affected by the breach. Link the customer, its services, sites or devices to the breach.',
    noDescription: 'There is no description of what happened. The document must describe the nature of the breach (Article 33(3)(a)).',
    noContact:
      'The organisation has no contact details: enter the data protection officer’s e-mail or phone, or the organisation’s. The document must name a contact point (Article 33(3)(b)).',
    noConsequencesError: 'The likely consequences are not described. The notice to data subjects must cover them (Article 34(2)).',
    noMeasuresError: 'No measures are described. The notice to data subjects must say what you have done or will do (Article 34(2)).',
    noConsequences: 'The likely consequences are not described. The document says they are not known yet.',
    noMeasures: 'No measures are described. The document says they are not known yet.',
    riskNotAssessed: 'The risk has not been assessed. The document says the assessment is not made yet.',
    subjectsUnknown: 'The approximate number of data subjects is not given. The document says it is not known yet.',
    recordsUnknown: 'The approximate number of personal data records is not given. The document says it is not known yet.',
    subjectTermsUnknown: 'No categories of data subjects are chosen. The document says they are not known yet.',
    dataTermsUnknown: 'No categories of personal data are chosen. The document says they are not known yet.',
    notHighRisk:
      'The risk is not assessed as high. Informing the data subjects is then not required (Article 34(1)), though you may still choose to.',
    delayReasonMissing:
      'More than 72 hours have passed since discovery, but the reasons for the delay are not given. The notification must state them (Article 33(1)).',
    quotedAsWritten:
      'The breach’s own texts (description, consequences, measures) exist in one language only. The English document quotes them as written.',
  },
};

export interface BreachPreflightInput {
  breachId: number | undefined;
  document: BreachDocument | undefined;
  customerId: number | undefined;
  lang: Language;
  textLang: Language;
}

function findBreach(session: Session, id: number | undefined): Breach | null {
  if (id === undefined) return null;
  try {
    return session.use(breachesService).get(id);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

const blank = (s: string) => s.trim() === '';

export function breachDocumentPreflight(session: Session, input: BreachPreflightInput): PreflightItem[] {
  const w = words[input.textLang];
  const items: PreflightItem[] = [];
  const push = (severity: PreflightItem['severity'], code: string, text: string, subject: string, fix: FixTarget | null) =>
    items.push({ severity, code, text, subject, fix });

  const breach = findBreach(session, input.breachId);
  if (!breach) {
    push('error', 'breach.notFound', w.notFound, w.breach, null);
    return items;
  }
  const subject = breach.fields.title.trim() || w.breach;
  const fix = (field: string): FixTarget => ({ kind: 'breach', id: breach.id, field });
  const document = input.document;
  if (!document) {
    push('error', 'breach.noDocument', w.noDocument, subject, null);
    return items;
  }

  if (document === 'customerNotice' && breach.ourRole !== 'processor') {
    push('error', 'breach.notProcessor', w.notProcessor, subject, fix('ourRole'));
    return items;
  }
  if (document !== 'customerNotice' && breach.ourRole !== 'controller') {
    push('error', 'breach.notController', w.notController, subject, fix('ourRole'));
    return items;
  }
  if (document === 'customerNotice') {
    if (input.customerId === undefined) push('error', 'breach.noCustomer', w.noCustomer, subject, fix('customerIds'));
    else if (!breach.customers.some((c) => c.customerId === input.customerId && c.via.length > 0))
      push('error', 'breach.customerNotAffected', w.notAffected, subject, fix('customerIds'));
  }

  const f = breach.fields;
  if (blank(f.description)) push('error', 'breach.noDescription', w.noDescription, subject, fix('description'));
  if (!breachContactPoint(session.organisation.get(), input.lang))
    push('error', 'breach.noContact', w.noContact, w.organisation, { kind: 'organisation', id: null, field: 'dpo.email' });

  const noMeasures = blank(f.measuresTaken) && blank(f.measuresPlanned);
  if (document === 'subjectNotice') {
    if (blank(f.likelyConsequences)) push('error', 'breach.noConsequences', w.noConsequencesError, subject, fix('likelyConsequences'));
    if (noMeasures) push('error', 'breach.noMeasures', w.noMeasuresError, subject, fix('measuresTaken'));
    if (f.risk === 'no_risk' || f.risk === 'risk') push('warning', 'breach.notHighRisk', w.notHighRisk, subject, fix('risk'));
  } else {
    if (blank(f.likelyConsequences)) push('warning', 'breach.noConsequences', w.noConsequences, subject, fix('likelyConsequences'));
    if (noMeasures) push('warning', 'breach.noMeasures', w.noMeasures, subject, fix('measuresTaken'));
  }

  if (f.risk === null) push('warning', 'breach.riskNotAssessed', w.riskNotAssessed, subject, fix('risk'));
  if (document !== 'subjectNotice') {
    if (f.approxSubjects === null) push('warning', 'breach.numbersUnknown', w.subjectsUnknown, subject, fix('approxSubjects'));
    if (f.approxRecords === null) push('warning', 'breach.numbersUnknown', w.recordsUnknown, subject, fix('approxRecords'));
    if (f.subjectTermIds.length === 0) push('warning', 'breach.categoriesUnknown', w.subjectTermsUnknown, subject, fix('subjectTermIds'));
    if (f.dataTermIds.length === 0) push('warning', 'breach.categoriesUnknown', w.dataTermsUnknown, subject, fix('dataTermIds'));
  }
  if (document === 'imyDraft' && (breach.imy.state === 'late' || breach.imy.state === 'overdue') && blank(f.imyDelayReason))
    push('warning', 'breach.delayReasonMissing', w.delayReasonMissing, subject, fix('imyDelayReason'));

  // The log keeps its texts in one language: an English document quotes them as written.
  const texts = [f.description, f.likelyConsequences, f.measuresTaken, f.measuresPlanned, f.riskRationale];
  if (input.lang === 'en' && texts.some((t) => !blank(t)))
    push('warning', 'breach.quotedAsWritten', w.quotedAsWritten, subject, fix('description'));
  return items;
}
