// The public sub-processor list's fixed words, Swedish and English, written for this project. The
// headers follow Bilaga 2 of the agreements, so a customer reads the same terms in both.
import type { ChangeKind } from '../../../shared/contract';
import { glossary, type Words } from '../../../shared/glossary';

const sv = {
  title: 'Underbiträden',
  /** The default file name's first word(s): "Underbiträden 2026-11-22.docx". */
  fileName: 'Underbiträden',
  versionDate: (date: string) => `Versionsdatum ${date}`,
  service: (name: string) => `Tjänst: ${name}`,
  intro: (org: string) =>
    `${org} anlitar följande underbiträden för att behandla personuppgifter för kundernas räkning i våra tjänster: vad de gör, var uppgifterna behandlas och vilket stöd som finns för en överföring utanför EU/EES.`,
  introService: (org: string, service: string) =>
    `${org} anlitar följande underbiträden för att behandla personuppgifter för kundernas räkning i tjänsten ${service}: vad de gör, var uppgifterna behandlas och vilket stöd som finns för en överföring utanför EU/EES.`,
  empty: 'Inga underbiträden är registrerade för tjänsterna.',
  emptyService: (service: string) => `Inga underbiträden är registrerade för tjänsten ${service}.`,
  header: {
    name: `Underbiträde och ${glossary.orgNr.sv.toLowerCase()}`,
    nameOnly: 'Underbiträde',
    orgNr: glossary.orgNr.sv,
    place: 'Land eller region',
    description: 'Vad underbiträdet gör',
    locations: 'Plats för behandling',
    transfer: 'Stöd för överföring',
    services: 'Tjänster',
  },
  plannedTitle: 'Aviserade ändringar',
  plannedIntro: 'Följande ändringar är meddelade men gäller ännu inte. De gäller från det datum som anges.',
  plannedHeader: {
    effectiveDate: 'Gäller från',
    kind: 'Ändring',
    subprocessor: 'Underbiträde',
    replaced: 'Ersätter',
    place: 'Land eller region',
    change: 'Beskrivning',
  },
  kind: {
    add: 'Nytt underbiträde',
    replace: 'Byte av underbiträde',
    remove: 'Underbiträdet upphör',
    change: 'Ändrade uppgifter',
  } satisfies Record<ChangeKind, string>,
  replaces: (name: string) => `ersätter ${name}`,
  footer: (date: string) => `Underbiträden · versionsdatum ${date}`,
  /** The XLSX tabs (at most 31 characters). */
  sheet: 'Underbiträden',
  plannedSheet: 'Aviserade ändringar',
};

export const subprocessorListWords: Words<typeof sv> = {
  sv,
  en: {
    title: 'Sub-processors',
    fileName: 'Sub-processors',
    versionDate: (date) => `Version date ${date}`,
    service: (name) => `Service: ${name}`,
    intro: (org) =>
      `${org} engages the following sub-processors to process personal data on behalf of its customers in its services: what they do, where the data is processed and what supports a transfer outside the EU/EEA.`,
    introService: (org, service) =>
      `${org} engages the following sub-processors to process personal data on behalf of its customers in the service ${service}: what they do, where the data is processed and what supports a transfer outside the EU/EEA.`,
    empty: 'No sub-processors are recorded for the services.',
    emptyService: (service) => `No sub-processors are recorded for the service ${service}.`,
    header: {
      name: `Sub-processor and ${glossary.orgNr.en.toLowerCase()}`,
      nameOnly: 'Sub-processor',
      orgNr: glossary.orgNr.en,
      place: 'Country or region',
      description: 'What the sub-processor does',
      locations: 'Where processed',
      transfer: 'Transfer mechanism',
      services: 'Services',
    },
    plannedTitle: 'Announced changes',
    plannedIntro: 'The following changes have been announced but do not apply yet. Each applies from the date given.',
    plannedHeader: {
      effectiveDate: 'Applies from',
      kind: 'Change',
      subprocessor: 'Sub-processor',
      replaced: 'Replaces',
      place: 'Country or region',
      change: 'Description',
    },
    kind: {
      add: 'New sub-processor',
      replace: 'Sub-processor replaced',
      remove: 'Sub-processor ends',
      change: 'Details changed',
    },
    replaces: (name) => `replaces ${name}`,
    footer: (date) => `Sub-processors · version date ${date}`,
    sheet: 'Sub-processors',
    plannedSheet: 'Announced changes',
  },
};
