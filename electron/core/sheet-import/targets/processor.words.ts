// Problems that the processor-side targets report (customers, sub-processors, services,
// subscriptions, sites, equipment): what is wrong and what to do, Swedish first.
import { byLanguage } from '../words-table';
export const processorWords = {
  'targets.customer.noName': {
    sv: 'Kunden saknar namn och kan inte läsas in. Fyll i kundens namn.',
    en: 'The customer has no name and cannot be imported. Fill in the customer’s name.',
  },
  'targets.customer.maskedPersonnummer': {
    sv: 'Personnumret är maskerat ({{value}}) och kan inte läsas in. Kunden läses in som enskild firma utan nummer; fyll i personnumret i registret.',
    en: 'The personal identity number is masked ({{value}}) and cannot be imported. The customer is imported as a sole trader without a number; fill it in in the register.',
  },
  'targets.customer.orgNrFromVat': {
    sv: 'Organisationsnumret är hämtat ur momsregistreringsnumret {{value}}.',
    en: 'The registration number is taken from the VAT number {{value}}.',
  },
  'targets.customer.contactNoName': {
    sv: 'Kontaktuppgifterna saknar namn; kontaktpersonen får kundens namn. Ändra det i registret om det finns en person att ange.',
    en: 'The contact details have no name; the contact person gets the customer’s name. Change it in the register if there is a person to name.',
  },
  'targets.customer.differs': {
    sv: 'Raderna för kunden har olika {{field}}; värdet från rad {{row}} används. Rätta raderna så att de stämmer överens.',
    en: 'The customer’s rows give different values for {{field}}; the one in row {{row}} is used. Correct the rows so that they agree.',
  },
  'targets.email': {
    sv: '”{{value}}” är ingen e-postadress och läses inte in. Skriv adressen som namn@exempel.se.',
    en: '“{{value}}” is not an e-mail address and is not imported. Write it as name@example.com.',
  },
  'targets.phone': {
    sv: '”{{value}}” är inget telefonnummer och läses inte in. Skriv bara siffror, mellanslag, +, - och parenteser.',
    en: '“{{value}}” is not a phone number and is not imported. Use only digits, spaces, +, - and brackets.',
  },
  'targets.endBeforeStart': {
    sv: 'Slutdatumet ligger före startdatumet och läses inte in. Rätta något av datumen.',
    en: 'The end date is before the start date and is not imported. Correct one of the dates.',
  },
  'targets.tooLong': {
    sv: 'Texten är för lång ({{length}} tecken, högst {{max}}) och kortas. Korta texten i filen om något viktigt faller bort.',
    en: 'The text is too long ({{length}} characters, at most {{max}}) and is cut short. Shorten it in the file if something important is lost.',
  },
  'targets.invalid': {
    sv: 'Värdet ”{{value}}” kan inte läsas in ({{reason}}). Rätta cellen.',
    en: 'The value “{{value}}” cannot be imported ({{reason}}). Correct the cell.',
  },
  'targets.notAccepted': {
    sv: 'Posten kan inte läsas in med de här värdena. Rätta de markerade cellerna.',
    en: 'The record cannot be imported with these values. Correct the cells marked.',
  },
  'targets.subprocessor.noName': {
    sv: 'Underbiträdet saknar namn och kan inte läsas in. Fyll i namnet.',
    en: 'The sub-processor has no name and cannot be imported. Fill in the name.',
  },
  'targets.subprocessor.noMechanism': {
    sv: 'Underbiträdet behandlar uppgifter utanför EU/EES men överföringsverktyg saknas. Ange verktyget, t.ex. ”Standardavtalsklausuler” eller ”EU–US Data Privacy Framework”.',
    en: 'The sub-processor processes data outside the EU/EEA but no transfer tool is given. Give the tool, e.g. “Standard contractual clauses” or “EU–US Data Privacy Framework”.',
  },
  'targets.subprocessor.eeaOutside': {
    sv: '”Inom EU/EES” passar inte ett land utanför EU/EES ({{place}}). Ange överföringsverktyget eller rätta landet.',
    en: '“Within the EU/EEA” does not fit a place outside it ({{place}}). Give the transfer tool or correct the country.',
  },
  'targets.subprocessor.sccModuleAssumed': {
    sv: 'Modul för standardavtalsklausulerna saknas; modul 3 (biträde till underbiträde) antas. Ändra den i registret om den inte stämmer.',
    en: 'The module of the standard contractual clauses is missing; module 3 (processor to sub-processor) is assumed. Change it in the register if it is wrong.',
  },
  'targets.subprocessor.noCountry': {
    sv: 'Land saknas; Sverige antas. Ange landet där uppgifterna behandlas.',
    en: 'No country is given; Sweden is assumed. Give the country where the data is processed.',
  },
  'targets.service.noName': {
    sv: 'Tjänsten saknar namn och kan inte läsas in. Fyll i tjänstens namn.',
    en: 'The service has no name and cannot be imported. Fill in the service’s name.',
  },
  'targets.service.differs': {
    sv: 'Kundernas rader för tjänsten har olika {{field}}; det vanligaste värdet används (rad {{row}}). Rätta raderna om tjänsten ska beskrivas annorlunda.',
    en: 'The customers’ rows for the service give different values for {{field}}; the most common one is used (row {{row}}). Correct the rows if the service should read otherwise.',
  },
  'targets.service.unknownSubprocessor': {
    sv: 'Underbiträdet ”{{name}}” finns varken i registret eller i filen. Läs in underbiträdena först eller ta bort namnet ur cellen.',
    en: 'The sub-processor “{{name}}” is neither in the register nor in the file. Import the sub-processors first or remove the name from the cell.',
  },
  'targets.subscription.noCustomer': {
    sv: 'Kund saknas. Fyll i kundens namn så att abonnemanget kan kopplas till kunden.',
    en: 'No customer is given. Fill in the customer’s name so that the subscription can be linked to it.',
  },
  'targets.subscription.noService': {
    sv: 'Tjänst saknas. Fyll i tjänstens namn så att abonnemanget kan kopplas till tjänsten.',
    en: 'No service is given. Fill in the service’s name so that the subscription can be linked to it.',
  },
  'targets.subscription.noStart': {
    sv: 'Startdatum saknas; kundens avtalsstart används, annars dagens datum. Fyll i datumet om det ska vara ett annat.',
    en: 'No start date is given; the customer’s contract start is used, else today. Fill in the date if it should be another.',
  },
  'targets.unknownCustomer': {
    sv: 'Kunden ”{{name}}” finns varken i registret eller i filen. Lägg till kunden eller rätta namnet.',
    en: 'The customer “{{name}}” is neither in the register nor in the file. Add the customer or correct the name.',
  },
  'targets.unknownService': {
    sv: 'Tjänsten ”{{name}}” finns varken i registret eller i filen. Lägg till tjänsten eller rätta namnet.',
    en: 'The service “{{name}}” is neither in the register nor in the file. Add the service or correct the name.',
  },
  'targets.unknownSite': {
    sv: 'Platsen ”{{name}}” finns inte hos kunden {{customer}}, varken i registret eller i filen. Lägg till platsen eller rätta namnet.',
    en: 'The site “{{name}}” is not among the sites of {{customer}}, neither in the register nor in the file. Add the site or correct the name.',
  },
  'targets.site.noName': {
    sv: 'Platsen saknar namn och kan inte läsas in. Fyll i platsens namn, t.ex. ”Kontoret”.',
    en: 'The site has no name and cannot be imported. Fill in its name, e.g. “Office”.',
  },
  'targets.site.noCustomer': {
    sv: 'Platsen saknar kund och kan inte läsas in. Fyll i vilken kund platsen hör till.',
    en: 'The site has no customer and cannot be imported. Fill in which customer it belongs to.',
  },
  'targets.equipment.noCustomer': {
    sv: 'Utrustningen saknar kund och kan inte läsas in. Fyll i vilken kund den står hos.',
    en: 'The equipment has no customer and cannot be imported. Fill in which customer it is placed with.',
  },
  'targets.equipment.noType': {
    sv: 'Typ saknas eller är okänd; ”Annan utrustning” används. Ange typen, t.ex. Server, Brandvägg eller Dator.',
    en: 'The type is missing or unknown; “Other equipment” is used. Give the type, e.g. Server, Firewall or Computer.',
  },
  'targets.equipment.removedWithoutDate': {
    sv: 'Utrustningen är borttagen men datum för borttagningen saknas; den läses in som ”I förråd”. Fyll i när den togs bort.',
    en: 'The equipment is removed but no removal date is given; it is imported as “In storage”. Fill in when it was removed.',
  },
  'targets.equipment.serviceNotSubscribed': {
    sv: 'Kunden {{customer}} abonnerar inte på tjänsten ”{{name}}”, så utrustningen kopplas inte till den. Lägg till abonnemanget och koppla sedan tjänsten på utrustningen.',
    en: '{{customer}} does not subscribe to the service “{{name}}”, so the equipment is not linked to it. Add the subscription, then link the service on the equipment.',
  },
  'targets.equipment.serviceUnknown': {
    sv: 'Tjänsten ”{{name}}” finns varken i registret eller i filen, så utrustningen kopplas inte till den. Kontrollera stavningen eller lägg till tjänsten.',
    en: 'The service “{{name}}” is neither in the register nor in the file, so the equipment is not linked to it. Check the spelling or add the service.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ProcessorWord = keyof typeof processorWords;

/** The same messages as { sv, en } tables. */
export const processorTexts = byLanguage(processorWords);
