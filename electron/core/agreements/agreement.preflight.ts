// The check before a PUB-avtal is generated (issue 14): what the agreement would lack that
// Art. 28 needs (the parties' identities and addresses, the subject matter, nature and purpose
// of each service, the types of data and data subjects), what it would claim without support
// (a security clause pointing to an empty Bilaga 3), and, for an English agreement, each text
// that would print in Swedish.
import type { FixTarget, PreflightItem } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { retentionService } from '../retention/retention.service';
import type { Session } from '../session';
import { agreementTemplateService } from './agreement-template.service';
import { collectAgreementFacts, swedishClauses, type AgreementFacts } from './agreement.view';
import { agreementsService } from './agreements.service';

const sv = {
  organisation: 'Organisationen',
  template: 'Avtalsmallen',
  processorName: 'Vårt företagsnamn saknas. Avtalet måste ange vem personuppgiftsbiträdet är.',
  processorOrgNr:
    'Vårt organisationsnummer (eller personnummer för en enskild firma) saknas. Avtalet måste ange vem personuppgiftsbiträdet är.',
  processorAddress: 'Vår adress saknas. Avtalet anger parternas adresser.',
  controllerOrgNr:
    'Kundens organisationsnummer (eller personnummer för en enskild firma) saknas. Avtalet måste ange vem den personuppgiftsansvarige är.',
  controllerAddress: 'Kundens besöksadress saknas. Avtalet anger parternas adresser.',
  noServices:
    'Kunden har ingen aktiv tjänst. Bilaga 1 skulle då inte beskriva någon behandling, fast avtalet hänvisar till den för föremål, art och ändamål.',
  subjectMatter: 'Föremålet för behandlingen saknas för tjänsten. Bilaga 1 måste ange det (artikel 28.3).',
  purpose: 'Ändamålet saknas för tjänsten. Bilaga 1 måste ange det (artikel 28.3).',
  nature: 'Behandlingens art saknas för tjänsten. Bilaga 1 måste ange den (artikel 28.3).',
  personalData: (customer: string) =>
    `Typen av personuppgifter saknas för tjänsten hos ${customer}. Bilaga 1 måste ange den (artikel 28.3).`,
  dataSubjects: (customer: string) =>
    `Kategorierna av registrerade saknas för tjänsten hos ${customer}. Bilaga 1 måste ange dem (artikel 28.3).`,
  noMeasures:
    'Inga säkerhetsåtgärder är genomförda. Avtalets säkerhetsklausul hänvisar till åtgärderna i Bilaga 3, som då skulle vara tom.',
  noRetention: 'Tjänsten har ingen gallringsregel. Bilaga 1 skriver då ”Ingen gallringsregel angiven”.',
  english: (what: string) => `${what} saknas på engelska. Det engelska avtalet visar den svenska texten, märkt [sv].`,
  field: {
    subjectMatterEn: 'Föremålet för behandlingen',
    purposeEn: 'Ändamålet',
    labelEn: 'Benämningen',
    noteEn: 'Kommentaren',
    exceptionEn: 'Undantaget',
    eventEn: 'Händelsen som tiden räknas från',
    clause: (n: number) => `Punkt ${n} i avtalsmallen`,
  },
};

const words: Words<typeof sv> = {
  sv,
  en: {
    organisation: 'The organisation',
    template: 'The agreement template',
    processorName: 'Our company name is missing. The agreement must say who the processor is.',
    processorOrgNr:
      'Our company registration number (or personal identity number for a sole trader) is missing. The agreement must say who the processor is.',
    processorAddress: "Our address is missing. The agreement states the parties' addresses.",
    controllerOrgNr:
      "The customer's company registration number (or personal identity number for a sole trader) is missing. The agreement must say who the controller is.",
    controllerAddress: "The customer's visiting address is missing. The agreement states the parties' addresses.",
    noServices:
      'The customer has no active service. Annex 1 would then describe no processing, although the agreement refers to it for the subject matter, nature and purpose.',
    subjectMatter: 'The subject matter of the processing is missing for the service. Annex 1 must state it (Article 28(3)).',
    purpose: 'The purpose is missing for the service. Annex 1 must state it (Article 28(3)).',
    nature: 'The nature of the processing is missing for the service. Annex 1 must state it (Article 28(3)).',
    personalData: (customer) =>
      `The types of personal data are missing for the service at ${customer}. Annex 1 must state them (Article 28(3)).`,
    dataSubjects: (customer) =>
      `The categories of data subjects are missing for the service at ${customer}. Annex 1 must state them (Article 28(3)).`,
    noMeasures:
      "No security measures are implemented. The agreement's security clause refers to the measures in Annex 3, which would then be empty.",
    noRetention: 'The service has no retention rule. Annex 1 then says “No retention rule stated”.',
    english: (what) => `${what} is missing in English. The English agreement shows the Swedish text, marked [sv].`,
    field: {
      subjectMatterEn: 'The subject matter of the processing',
      purposeEn: 'The purpose',
      labelEn: 'The name',
      noteEn: 'The comment',
      exceptionEn: 'The exception',
      eventEn: 'The event the period counts from',
      clause: (n) => `Clause ${n} of the agreement template`,
    },
  },
};

const blank = (s: string) => s.trim() === '';

/**
 * What the agreements of these customers (null: every customer a batch would cover) in `lang`
 * would lack or claim falsely; item texts in `textLang`. Each problem once, however many
 * customers share it (a service, a measure, the organisation).
 */
export function agreementPreflight(
  session: Session,
  options: { lang: Language; textLang: Language; customerIds: number[] | null },
): PreflightItem[] {
  const w = words[options.textLang];
  const agreements = session.use(agreementsService);
  const items: PreflightItem[] = [];
  const seen = new Set<string>();
  const add = (severity: PreflightItem['severity'], code: string, subject: string, text: string, fix: FixTarget | null) => {
    const key = `${code}|${fix?.kind}|${fix?.id}|${fix?.field}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ severity, code, text, subject, fix });
  };
  const english = (subject: string, what: string, fix: FixTarget) =>
    add('warning', 'agreement.englishMissing', subject, w.english(what), fix);

  const org = session.organisation.get();
  const orgSubject = blank(org.name) ? w.organisation : org.name;
  const orgFix = (field: string): FixTarget => ({ kind: 'organisation', id: null, field });
  if (blank(org.name)) add('error', 'agreement.processorName', orgSubject, w.processorName, orgFix('name'));
  if (blank(org.orgNr)) add('error', 'agreement.processorIdentity', orgSubject, w.processorOrgNr, orgFix('orgNr'));
  if ([org.address.street, org.address.postalCode, org.address.city].every(blank)) {
    add('error', 'agreement.processorAddress', orgSubject, w.processorAddress, orgFix('address.street'));
  }

  const customerIds = options.customerIds === null ? agreements.activeCustomerIds() : agreements.existingCustomerIds(options.customerIds);
  const rules = new Set<number>();
  let noMeasures = false;
  for (const customerId of customerIds) {
    const customer = session.customers.get(customerId);
    const customerFix = (field: string | null): FixTarget => ({ kind: 'customer', id: customerId, field });
    if (blank(customer.orgNr)) add('error', 'agreement.controllerIdentity', customer.name, w.controllerOrgNr, customerFix('orgNr'));
    const a = customer.visitingAddress;
    if ([a.street, a.postalCode, a.city].every(blank)) {
      add('error', 'agreement.controllerAddress', customer.name, w.controllerAddress, customerFix('visitingAddress.street'));
    }
    const facts: AgreementFacts = collectAgreementFacts(session, customerId);
    if (facts.entries.length === 0) add('error', 'agreement.noServices', customer.name, w.noServices, customerFix(null));
    if (facts.measures.length === 0) noMeasures = true;
    const services = new Map(facts.services.map((s) => [s.id, s]));
    for (const e of facts.entries) {
      const serviceFix = (field: string): FixTarget => ({ kind: 'service', id: e.serviceId, field });
      const service = services.get(e.serviceId);
      if (blank(e.subjectMatter))
        add('error', 'agreement.serviceSubjectMatter', e.serviceName, w.subjectMatter, serviceFix('subjectMatter'));
      if (blank(e.purpose)) add('error', 'agreement.servicePurpose', e.serviceName, w.purpose, serviceFix('purpose'));
      if (e.nature.length === 0) add('error', 'agreement.serviceNature', e.serviceName, w.nature, serviceFix('nature'));
      // A subscription may take categories away, so these are per customer.
      if (e.personalDataCategories.length === 0) {
        add('error', 'agreement.servicePersonalData', e.serviceName, w.personalData(customer.name), serviceFix('personalDataTermIds'));
      }
      if (e.dataSubjectCategories.length === 0) {
        add('error', 'agreement.serviceDataSubjects', e.serviceName, w.dataSubjects(customer.name), serviceFix('dataSubjectTermIds'));
      }
      if (service?.retentionRuleId == null)
        add('warning', 'agreement.serviceNoRetention', e.serviceName, w.noRetention, serviceFix('retentionRuleId'));
      else rules.add(service.retentionRuleId);

      if (options.lang !== 'en') continue;
      if (!blank(e.subjectMatter) && blank(e.subjectMatterEn))
        english(e.serviceName, w.field.subjectMatterEn, serviceFix('subjectMatterEn'));
      if (!blank(e.purpose) && blank(e.purposeEn)) english(e.serviceName, w.field.purposeEn, serviceFix('purposeEn'));
      for (const t of [...e.processingCategories, ...e.personalDataCategories, ...e.dataSubjectCategories]) {
        if (blank(t.labelEn)) english(t.labelSv, w.field.labelEn, { kind: 'vocabularyTerm', id: t.id, field: 'labelEn' });
      }
    }
    if (options.lang === 'en') {
      for (const m of facts.measures) {
        const fix = (field: string): FixTarget => ({ kind: 'securityMeasure', id: m.id, field });
        if (blank(m.labelEn)) english(m.labelSv, w.field.labelEn, fix('labelEn'));
        if (!blank(m.note) && blank(m.noteEn)) english(m.labelSv, w.field.noteEn, fix('noteEn'));
      }
    }
  }
  if (noMeasures) add('error', 'agreement.noMeasures', w.organisation, w.noMeasures, { kind: 'securityMeasure', id: null, field: null });

  if (options.lang === 'en') {
    for (const ruleId of rules) {
      const rule = session.use(retentionService).get(ruleId);
      const subject = rule.nameSv;
      if (!blank(rule.exceptionSv) && blank(rule.exceptionEn)) {
        english(subject, w.field.exceptionEn, { kind: 'retentionRule', id: rule.id, field: 'exceptionEn' });
      }
      if (rule.anchorEventId != null && rule.anchorEventLabel && blank(rule.anchorEventLabel.en)) {
        english(rule.anchorEventLabel.sv, w.field.eventEn, { kind: 'retentionEvent', id: rule.anchorEventId, field: 'labelEn' });
      }
    }
    const clauses = session.use(agreementTemplateService).current().clauses;
    for (const i of swedishClauses(clauses)) {
      const c = clauses[i]!;
      const field = blank(c.titleEn) ? `clauses.${i}.titleEn` : `clauses.${i}.bodyEn`;
      english(c.titleSv, w.field.clause(i + 1), { kind: 'agreementTemplate', id: null, field });
    }
  }
  return items;
}
