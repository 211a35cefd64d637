// The workbook's own words for cell values (column headers are in sheets.ts; agreement statuses
// come from the glossary, so the sheet says what the UI says).
import type { PurgeRecordKind } from '../../../shared/domain/enums';
import { glossary, termsIn, type Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';

const sv = {
  agreementStatus: termsIn(glossary.agreementStatus, 'sv'),
  recordKind: {
    contact_person: 'Kontaktpersoner',
    site: 'Kundplatser',
    equipment: 'Utrustning',
    agreement: 'PUB-avtal',
  } satisfies Record<PurgeRecordKind, string>,
  language: { sv: 'Svenska', en: 'Engelska' } satisfies Record<Language, string>,
  title: 'Registerförteckning',
  exported: 'exporterad',
  schemaVersion: 'schemaversion',
  yes: 'Ja',
  no: 'Nej',
  planned: 'planerad',
  notApplicable: 'ej tillämplig',
  name: 'Namn',
  orgNr: 'Organisationsnummer',
  address: 'Adress',
  email: 'E-post',
  phone: 'Telefon',
  website: 'Webbplats',
  dpo: 'Dataskyddsombud',
  signatory: 'Firmatecknare',
  controllerActivities: 'Behandlingar som personuppgiftsansvarig',
  processorCustomers: 'Kunder som vi är personuppgiftsbiträde åt',
  subprocessors: 'Anlitade underbiträden',
  noDpo: 'Inget dataskyddsombud utsett',
};

export const workbookWords: Words<typeof sv> = {
  sv,
  en: {
    agreementStatus: termsIn(glossary.agreementStatus, 'en'),
    recordKind: {
      contact_person: 'Contact persons',
      site: 'Customer sites',
      equipment: 'Equipment',
      agreement: 'Data processing agreements',
    },
    language: { sv: 'Swedish', en: 'English' },
    title: 'Records of processing',
    exported: 'exported',
    schemaVersion: 'schema version',
    yes: 'Yes',
    no: 'No',
    planned: 'planned',
    notApplicable: 'not applicable',
    name: 'Name',
    orgNr: 'Company registration number',
    address: 'Address',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    dpo: 'Data protection officer',
    signatory: 'Authorised signatory',
    controllerActivities: 'Processing activities as controller',
    processorCustomers: 'Customers we process personal data for',
    subprocessors: 'Sub-processors engaged',
    noDpo: 'No data protection officer appointed',
  },
};
