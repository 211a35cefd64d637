// Validation and error messages shared by the core (CLI output) and the renderer (forms).
// Schemas carry only the key; each host shows the text in the user's language.
export type Language = 'sv' | 'en';

export const messages = {
  'v.required': { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
  'v.tooLong': { sv: 'Högst {{max}} tecken.', en: 'At most {{max}} characters.' },
  'v.invalid': { sv: 'Ogiltigt värde.', en: 'Invalid value.' },
  'v.password.tooShort': {
    sv: 'Lösenordet måste ha minst {{min}} tecken. En mening av några ord är lätt att minnas och svår att gissa.',
    en: 'The password must have at least {{min}} characters. A sentence of a few words is easy to remember and hard to guess.',
  },
  'v.password.mismatch': { sv: 'Lösenorden är inte lika.', en: 'The passwords do not match.' },
  'v.orgNr.format': {
    sv: 'Ange organisationsnumret som NNNNNN-NNNN (tio siffror).',
    en: 'Enter the company registration number as NNNNNN-NNNN (ten digits).',
  },
  'v.orgNr.checksum': {
    sv: 'Organisationsnumret stämmer inte – kontrollsiffran är fel. Kontrollera siffrorna.',
    en: 'The company registration number is not valid – the check digit is wrong. Check the digits.',
  },
  'v.personnummer.format': {
    sv: 'Ange personnumret som ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN, med ett riktigt födelsedatum.',
    en: 'Enter the personal identity number as YYMMDD-NNNN or YYYYMMDD-NNNN, with a real date of birth.',
  },
  'v.personnummer.checksum': {
    sv: 'Personnumret stämmer inte – kontrollsiffran är fel. Kontrollera siffrorna.',
    en: 'The personal identity number is not valid – the check digit is wrong. Check the digits.',
  },
  'v.email': { sv: 'Ange en giltig e-postadress, t.ex. namn@foretag.se.', en: 'Enter a valid e-mail address, e.g. name@company.com.' },
  'v.phone': {
    sv: 'Ange ett telefonnummer med siffror, t.ex. 08-123 456 78.',
    en: 'Enter a phone number using digits, e.g. +46 8 123 456 78.',
  },
  'v.date': { sv: 'Ange datum som ÅÅÅÅ-MM-DD.', en: 'Enter the date as YYYY-MM-DD.' },
  'v.dateRange': {
    sv: 'Ange ett datum mellan 1900-01-01 och 2199-12-31.',
    en: 'Enter a date between 1900-01-01 and 2199-12-31.',
  },
  'v.durationTooLong': {
    sv: 'Tiden får vara högst 200 år.',
    en: 'The period can be at most 200 years.',
  },
  'v.contractEnd.beforeStart': {
    sv: 'Avtalets slutdatum kan inte ligga före startdatum.',
    en: 'The contract end date cannot be before the start date.',
  },
  'v.contractEnd.requiredWhenEnded': {
    sv: 'En avslutad kund behöver ett slutdatum för avtalet.',
    en: 'An ended customer needs a contract end date.',
  },
  'v.logo.type': { sv: 'Logotypen måste vara en PNG- eller JPEG-bild.', en: 'The logo must be a PNG or JPEG image.' },
  'v.logo.size': { sv: 'Logotypen får vara högst {{max}} kB.', en: 'The logo may be at most {{max}} kB.' },
  'v.fileName': {
    sv: 'Ange ett filnamn som slutar på .forteckna.',
    en: 'Enter a file name ending in .forteckna.',
  },
  'v.tooMany': { sv: 'Högst {{max}} rader.', en: 'At most {{max}} rows.' },
  'v.country': { sv: 'Ange landet som en landskod med två bokstäver, t.ex. SE.', en: 'Enter the country as a two-letter code, e.g. SE.' },
  'v.duration': {
    sv: 'Ange tiden som t.ex. P7Y (sju år), P1Y6M (ett och ett halvt år) eller P30D (30 dagar).',
    en: 'Enter the period as e.g. P7Y (seven years), P1Y6M (eighteen months) or P30D (30 days).',
  },
  'v.endBeforeStart': { sv: 'Slutdatum kan inte ligga före startdatum.', en: 'The end date cannot be before the start date.' },
  'v.folderMissing': { sv: 'Mappen finns inte. Välj en befintlig mapp.', en: 'The folder does not exist. Choose an existing folder.' },
  // Paths given to the core (a save target, a register to create or open).
  'v.path.characters': {
    sv: 'Sökvägen innehåller kontrolltecken (t.ex. radbrytning eller tabb). Ta bort dem eller välj platsen igen.',
    en: 'The path contains control characters (such as a line break or tab). Remove them or choose the location again.',
  },
  'v.path.register': {
    sv: 'Det här är en registerfil (.forteckna). En export eller ett sparat dokument får aldrig skriva över ett register – välj ett annat namn.',
    en: 'This is a register file (.forteckna). An export or saved document may never overwrite a register – choose another name.',
  },
  'v.activity.noRecipientsWithList': {
    sv: 'Välj antingen ”Inga mottagare” eller ange mottagare, inte båda.',
    en: 'Choose either “No recipients” or list recipients, not both.',
  },
  'v.unknownReference': { sv: 'Posten som fältet pekar på finns inte.', en: 'The record this field refers to does not exist.' },

  // PUB-avtal: clause template, versions and signed copies.
  'v.placeholder.unknown': {
    sv: 'Okänd platshållare: {{names}}. Kontrollera stavningen eller välj en från listan.',
    en: 'Unknown placeholder: {{names}}. Check the spelling or pick one from the list.',
  },
  'v.attachment.tooLarge': {
    sv: 'Filen är för stor. En inskannad kopia får vara högst {{max}} MB.',
    en: 'The file is too large. A scanned copy may be at most {{max}} MB.',
  },
  'v.attachment.type': {
    sv: 'Filen måste vara en PDF, PNG eller JPEG – och innehållet måste stämma med filtypen.',
    en: 'The file must be a PDF, PNG or JPEG – and its content must match the file type.',
  },
  'v.agreement.transition': {
    sv: 'Statusen kan inte ändras så. Ett utkast kan skickas eller signeras, ett skickat avtal signeras och ett signerat avtal sägas upp.',
    en: 'The status cannot be changed that way. A draft can be sent or signed, a sent agreement signed and a signed agreement terminated.',
  },
  'v.agreement.dateBeforeSent': {
    sv: 'Datumet kan inte ligga före det datum avtalet skickades.',
    en: 'The date cannot be before the date the agreement was sent.',
  },
  'v.agreement.noticeDays': { sv: 'Ange högst {{max}} dagar.', en: 'Enter at most {{max}} days.' },
  'v.agreement.variantOutOfDate': {
    sv: 'Registret har ändrats sedan versionen togs fram, så den kan inte längre tas fram på ett annat språk. Ta fram en ny version i stället.',
    en: 'The register has changed since this version was generated, so it can no longer be made in another language. Generate a new version instead.',
  },
  'v.agreement.variantTemplateChanged': {
    sv: 'Avtalsmallen har ändrats sedan versionen togs fram, så den kan inte längre tas fram på ett annat språk. Ta fram en ny version i stället.',
    en: 'The agreement template has changed since this version was generated, so it can no longer be made in another language. Generate a new version instead.',
  },
  'v.agreement.variantSameLanguage': {
    sv: 'Versionen finns redan på det språket.',
    en: 'The version is already in that language.',
  },
  'v.agreement.noCustomers': {
    sv: 'Det finns inga kunder att ta fram avtal för.',
    en: 'There are no customers to generate agreements for.',
  },

  // Sub-processor change notices (issue 15).
  'v.changeNotice.replaced': {
    sv: 'Ange vilket underbiträde som ersätts (bara vid byte).',
    en: 'Choose the sub-processor that is replaced (only for a replacement).',
  },
  'v.changeNotice.replacedSame': {
    sv: 'Ett underbiträde kan inte ersätta sig självt.',
    en: 'A sub-processor cannot replace itself.',
  },
  'v.changeNotice.beforeDeadline': {
    sv: 'Ändringen kan gälla tidigast {{deadline}}, då den sista kundens frist för invändningar går ut. Välj ett senare datum eller ange varför den ska gälla tidigare.',
    en: "The change can take effect on {{deadline}} at the earliest, when the last customer's time to object ends. Choose a later date or say why it must take effect earlier.",
  },
  'v.changeNotice.notNotify': {
    sv: 'Meddelandet är inte beslutat att skickas till kunderna. Välj "Kunderna meddelas" först.',
    en: 'This notice is not set to be sent to the customers. Choose "Customers are notified" first.',
  },
  'v.changeNotice.noRecipients': {
    sv: 'Ändringen berör inga kunder, så det finns inga brev att ta fram.',
    en: 'The change affects no customers, so there are no letters to generate.',
  },
  'v.changeNotice.notAffected': {
    sv: 'Kunden berörs inte av ändringen.',
    en: 'The customer is not affected by the change.',
  },
  'v.changeNotice.notSent': {
    sv: 'Markera först att meddelandet har skickats till kunden.',
    en: 'First mark the notice as sent to the customer.',
  },
  'v.changeNotice.beforeSent': {
    sv: 'Svaret kan inte ha kommit före den {{date}}, då meddelandet skickades.',
    en: 'The answer cannot have come before {{date}}, when the notice was sent.',
  },
  'v.changeNotice.answered': {
    sv: 'Kunden har redan svarat. Ta bort svaret först.',
    en: 'The customer has already answered. Remove the answer first.',
  },
  'v.changeNotice.noObjection': {
    sv: 'Kunden har inte invänt mot ändringen.',
    en: 'The customer has not objected to the change.',
  },
  'v.changeNotice.cannotExcept': {
    sv: 'En ändrad uppgift om underbiträdet gäller alla kunder; en kund kan inte undantas från den.',
    en: 'Changed details of the sub-processor apply to every customer; a customer cannot be excepted from them.',
  },
  'v.changeNotice.sentFixed': {
    sv: 'Meddelandet har skickats, så typ av ändring och underbiträde kan inte längre ändras. Återkalla det och gör ett nytt.',
    en: 'The notice has been sent, so the kind of change and the sub-processor can no longer be changed. Withdraw it and make a new one.',
  },
  'v.changeNotice.sentCannotDelete': {
    sv: 'Meddelandet har skickats till kunder och kan inte tas bort. Återkalla ändringen i stället.',
    en: 'The notice has been sent to customers and cannot be deleted. Withdraw the change instead.',
  },
  'w.changeNotice.deadlineAfterEffective': {
    sv: 'Någon kunds frist för invändningar går ut efter att ändringen ska börja gälla.',
    en: "A customer's time to object ends after the change is due to take effect.",
  },
  'w.changeNotice.noAgreement': {
    sv: 'Några kunder saknar undertecknat PUB-avtal; för dem gäller standardtiden på 30 dagar.',
    en: 'Some customers have no signed agreement; the default of 30 days applies to them.',
  },
  'w.changeNotice.objectionOpenInEffect': {
    sv: 'Ändringen gäller, men en invändning är inte avgjord.',
    en: 'The change is in effect, but an objection has not been resolved.',
  },
  'w.changeNotice.notSentInEffect': {
    sv: 'Ändringen gäller, men alla berörda kunder har inte fått meddelandet.',
    en: 'The change is in effect, but not every affected customer has been told.',
  },
  'v.dateTime': { sv: 'Ange datum och tid, t.ex. 2026-03-14 09:30.', en: 'Enter a date and time, e.g. 2026-03-14 09:30.' },
  'v.request.forwardedOnlyProcessor': {
    sv: 'Bara en begäran där vi är personuppgiftsbiträde kan vidarebefordras till en kund.',
    en: 'Only a request where we are processor can be forwarded to a customer.',
  },
  'v.request.beforeReceived': {
    sv: 'Datumet kan inte vara före det datum begäran kom in.',
    en: 'The date cannot be before the request was received.',
  },
  'v.request.refusedOutcome': {
    sv: 'En avslagen begäran behöver ett utfall som är ett avslag, med skälet.',
    en: 'A refused request needs an outcome that is a refusal, with its reason.',
  },
  'v.request.customerUnknown': { sv: 'Kunden finns inte i registret.', en: 'The customer is not in the register.' },
  'v.request.notAccess': {
    sv: 'Ett svar med registerutdrag kan bara skapas för en begäran om tillgång.',
    en: 'An access reply can only be made for a request for access.',
  },
  'v.request.processorReply': {
    sv: 'Som personuppgiftsbiträde svarar vi inte själva: begäran vidarebefordras till kunden.',
    en: 'As processor we do not answer ourselves: the request is forwarded to the customer.',
  },
  'v.attention.untilPast': { sv: 'Välj en dag efter i dag.', en: 'Choose a day after today.' },
  'v.attention.reasonRequired': {
    sv: 'Skriv varför punkten inte är aktuell, så att den som läser registret senare förstår.',
    en: 'Write why the item is not relevant, so that whoever reads the register later understands.',
  },
  'v.attention.changed': {
    sv: 'Uppgifterna bakom punkten har ändrats sedan listan visades. Läs punkten på nytt.',
    en: 'The facts behind the item have changed since the list was shown. Read the item again.',
  },
  'v.attention.reminderDays': { sv: 'Ange ett antal dagar från 1 till 365.', en: 'Enter a number of days from 1 to 365.' },
  'v.breach.endBeforeStart': { sv: 'Slutet kan inte komma före början.', en: 'The end cannot come before the start.' },
  'v.breach.beforeDiscovered': {
    sv: 'Tidpunkten kan inte vara före den då incidenten upptäcktes.',
    en: 'The time cannot be before the breach was discovered.',
  },
  'v.breach.noRiskRationale': {
    sv: 'Skriv varför incidenten inte bedöms medföra någon risk – det är det IMY frågar efter om den inte anmäls.',
    en: 'Write why the breach is judged to carry no risk – that is what IMY asks for when it is not reported.',
  },
  'v.breach.exemptionOnlyHighRisk': {
    sv: 'Undantag från att informera de registrerade gäller bara vid hög risk.',
    en: 'An exemption from informing data subjects applies only to a high risk.',
  },
  'v.breach.referenceWithoutNotice': {
    sv: 'Ange när IMY underrättades innan du anger ärendenumret.',
    en: 'Enter when IMY was notified before entering its reference.',
  },
  'v.breach.notAffected': { sv: 'Kunden berörs inte av incidenten.', en: 'The customer is not affected by the breach.' },
  'v.breach.notProcessor': {
    sv: 'Underrättelse till kund gäller bara incidenter där vi är personuppgiftsbiträde.',
    en: 'A notice to a customer applies only to breaches where we are processor.',
  },
  'v.breach.notController': {
    sv: 'Anmälan till IMY och information till de registrerade gäller bara incidenter där vi är personuppgiftsansvariga.',
    en: 'Reporting to IMY and informing data subjects applies only to breaches where we are controller.',
  },
  'v.breach.customerRequired': { sv: 'Välj vilken kund underrättelsen gäller.', en: 'Choose the customer the notice is for.' },
  'v.breach.unknownLink': { sv: 'Posten finns inte i registret.', en: 'The record is not in the register.' },
  'v.breach.wrongTermKind': {
    sv: 'Termen hör till fel lista (kategorier av registrerade respektive personuppgifter).',
    en: 'The term belongs to the wrong list (categories of data subjects or of personal data).',
  },
  'w.request.extensionLate': {
    sv: 'Förlängningen meddelades efter den första månaden och räknas inte: fristen är fortfarande en månad.',
    en: 'The extension was notified after the first month and does not count: the deadline is still one month.',
  },
  'w.request.notForwarded': {
    sv: 'Begäran gäller en kunds uppgifter men har inte vidarebefordrats till kunden.',
    en: "The request concerns a customer's data but has not been forwarded to the customer.",
  },
  'w.request.identityPending': { sv: 'Den sökandes identitet är inte kontrollerad.', en: "The requester's identity has not been checked." },
  'w.request.answeredLate': { sv: 'Begäran besvarades efter fristen.', en: 'The request was answered after the deadline.' },
  'w.request.recipientsNotNotified': {
    sv: 'Mottagarna har inte underrättats om rättelsen, raderingen eller begränsningen (art. 19).',
    en: 'Recipients have not been told of the rectification, erasure or restriction (Art. 19).',
  },
  'w.request.noActivities': {
    sv: 'Inga behandlingar är valda: svaret kan inte beskriva vad vi behandlar.',
    en: 'No processing activities are chosen: the reply cannot describe what we process.',
  },
  'w.breach.notAssessed': { sv: 'Risken är inte bedömd.', en: 'The risk has not been assessed.' },
  'w.breach.imyOverdue': {
    sv: 'Mer än 72 timmar har gått och IMY har inte underrättats.',
    en: 'More than 72 hours have passed and IMY has not been notified.',
  },
  'w.breach.delayReasonMissing': {
    sv: 'Anmälan till IMY kom efter 72 timmar: skälen till dröjsmålet ska anges.',
    en: 'IMY was notified after 72 hours: the reasons for the delay must be given.',
  },
  'w.breach.subjectsNotInformed': {
    sv: 'Hög risk: de registrerade ska informeras, eller undantaget anges.',
    en: 'High risk: data subjects must be informed, or the exemption stated.',
  },
  'w.breach.customersNotNotified': {
    sv: 'Alla berörda kunder har inte underrättats.',
    en: 'Not all affected customers have been notified.',
  },
  'w.breach.noCustomers': {
    sv: 'Ingen kund är kopplad till incidenten: välj kunder, tjänster, driftställen eller enheter.',
    en: 'No customer is linked to the breach: choose customers, services, sites or devices.',
  },
  'w.breach.noTypes': { sv: 'Ange vilken sorts incident det är.', en: 'State what kind of breach it is.' },
  'w.breach.closedOpen': {
    sv: 'Incidenten är avslutad men något återstår.',
    en: 'The breach is closed but something is still outstanding.',
  },
  'w.changeNotice.noLongerAffected': {
    sv: 'Några kunder som fick meddelandet berörs inte längre (t.ex. avslutat abonnemang).',
    en: 'Some customers who were told are no longer affected (e.g. an ended subscription).',
  },

  // Completeness of a processing activity (Art. 30(1)): what is missing, one key per check.
  'c.name': { sv: 'Behandlingens namn saknas.', en: 'The name of the processing activity is missing.' },
  'c.purposes': { sv: 'Ändamål saknas.', en: 'No purpose is stated.' },
  'c.liaText': {
    sv: 'Intresseavvägning saknas för berättigat intresse.',
    en: 'The legitimate interests assessment is missing.',
  },
  'c.legalBasisDetail': {
    sv: 'Hänvisning till lag saknas för rättslig förpliktelse eller allmänt intresse (t.ex. "BFL 7 kap.").',
    en: 'A reference to the law is missing for a legal obligation or public task (e.g. "BFL 7 kap.").',
  },
  'c.jointControllers': { sv: 'Gemensamt personuppgiftsansvariga anges inte.', en: 'The joint controllers are not named.' },
  'c.dataSubjects': { sv: 'Kategorier av registrerade saknas.', en: 'Categories of data subjects are missing.' },
  'c.personalData': { sv: 'Kategorier av personuppgifter saknas.', en: 'Categories of personal data are missing.' },
  'c.recipients': {
    sv: 'Mottagare är inte besvarat – ange mottagarna (även interna räknas) eller välj ”Inga mottagare”.',
    en: 'Recipients are not answered – list them (internal recipients count) or choose “No recipients”.',
  },
  'c.basisScope': {
    sv: 'Ändamålet har flera rättsliga grunder – ange vad huvudgrunden omfattar.',
    en: 'The purpose has several legal bases – say what the main basis covers.',
  },
  'c.retention': { sv: 'Gallringsfrist saknas.', en: 'No retention rule is linked.' },
  'c.security': {
    sv: 'Säkerhetsåtgärder saknas – välj åtgärder eller beskriv dem.',
    en: 'Security measures are missing – pick measures or describe them.',
  },
  'c.art9Condition': {
    sv: 'Undantag enligt art. 9.2 saknas för känsliga personuppgifter.',
    en: 'An Art. 9(2) condition is missing for the special categories of data.',
  },
  'c.art10Basis': {
    sv: 'Stöd för uppgifter om lagöverträdelser (art. 10) saknas.',
    en: 'The basis for criminal-offence data (Art. 10) is missing.',
  },
  'c.pnrJustification': { sv: 'Motivering för personnummer saknas.', en: 'The justification for personal identity numbers is missing.' },
  'c.transferMechanism': {
    sv: 'Överföringsmekanism saknas för överföring till tredjeland.',
    en: 'A transfer mechanism is missing for a third-country transfer.',
  },
  'c.transferNoAdequacy': {
    sv: 'Landet har inget beslut om adekvat skyddsnivå (för USA gäller bara Data Privacy Framework).',
    en: 'The country has no adequacy decision (for the US only the Data Privacy Framework applies).',
  },
  'c.transferSafeguards': {
    sv: 'Dokumentation av skyddsåtgärder saknas för undantag enligt art. 49.',
    en: 'The documentation of safeguards is missing for an Art. 49 derogation.',
  },
  'c.dpiaScreening': {
    sv: 'Bedömningen av om en konsekvensbedömning behövs är inte gjord.',
    en: 'The screening for whether a DPIA is needed has not been done.',
  },
  'c.owner': { sv: 'Ansvarig för behandlingen saknas.', en: 'The owner of the processing is missing.' },
  'c.nextReview': { sv: 'Datum för nästa granskning saknas.', en: 'The next review date is missing.' },

  // Completeness of a service (what the firm does as processor, Art. 28(3) and 30(2)).
  'c.service.subjectMatter': { sv: 'Föremålet för behandlingen saknas.', en: 'The subject matter of the processing is missing.' },
  'c.service.purpose': { sv: 'Ändamålet med behandlingen saknas.', en: 'The purpose of the processing is missing.' },
  'c.service.nature': {
    sv: 'Behandlingens art saknas – välj vilka behandlingar som utförs (t.ex. lagring, hämtning).',
    en: 'The nature of the processing is missing – choose the operations performed (e.g. storage, retrieval).',
  },
  'c.service.processingTermIds': { sv: 'Kategorier av behandling saknas.', en: 'Categories of processing are missing.' },
  'c.service.personalDataTermIds': { sv: 'Kategorier av personuppgifter saknas.', en: 'Categories of personal data are missing.' },
  'c.service.dataSubjectTermIds': { sv: 'Kategorier av registrerade saknas.', en: 'Categories of data subjects are missing.' },
  'c.service.endOfContractAction': {
    sv: 'Det framgår inte vad som händer med uppgifterna när avtalet upphör.',
    en: 'What happens to the data when the contract ends is not stated.',
  },
  'c.service.measureIds': {
    sv: 'Ingen genomförd säkerhetsåtgärd är kopplad till tjänsten.',
    en: 'No implemented security measure is linked to the service.',
  },
  'c.service.retentionRuleId': { sv: 'Gallringsregel saknas.', en: 'No retention rule is linked.' },
  'v.service.duplicateName': { sv: 'Det finns redan en tjänst med det namnet.', en: 'A service with that name already exists.' },
  'v.subscription.serviceArchived': {
    sv: 'Tjänsten är arkiverad och kan inte väljas för nya abonnemang.',
    en: 'The service is archived and cannot be chosen for new subscriptions.',
  },
  'v.subscription.addedAndRemoved': {
    sv: 'Samma post kan inte både läggas till och undantas.',
    en: 'The same item cannot be both added and excepted.',
  },
  'v.subscription.overlap': {
    sv: 'Kunden har redan tjänsten under en period som överlappar den här.',
    en: 'The customer already has this service for a period that overlaps this one.',
  },
  'e.history.notRestorable': {
    sv: 'Den här posten i historiken går inte att återställa.',
    en: 'This history entry cannot be restored.',
  },
  'e.history.notDeleted': {
    sv: 'Bara en borttagning kan ångras härifrån.',
    en: 'Only a deletion can be undone from here.',
  },
  'e.history.stillThere': {
    sv: 'Posten finns redan; den behöver inte tas tillbaka.',
    en: 'The record is already there; it does not need to be brought back.',
  },
  'e.history.eraseExisting': {
    sv: 'Posten finns kvar i registret. Ta bort den först; sedan kan dess uppgifter raderas ur historiken.',
    en: 'The record is still in the register. Delete it first; then its details can be erased from the history.',
  },
  'e.history.missingReference': {
    sv: 'Versionen hänvisar till något som inte längre finns i registret (till exempel en kund eller en tjänst). Ta tillbaka det först.',
    en: 'This version refers to something that is no longer in the register (a customer or a service, say). Bring that back first.',
  },
  'e.history.notUndoable': {
    sv: 'Den här ändringen kan inte ångras i ett svep: den lade inte till eller ändrade några poster.',
    en: 'This change cannot be undone in one go: it did not add or change any records.',
  },
  'e.history.changedSince': {
    sv: '”{{name}}” har ändrats efter den här ändringen, så den kan inte ångras i ett svep. Återställ posterna en och en i historiken i stället.',
    en: '“{{name}}” was changed after this change, so it cannot be undone in one go. Restore the records one by one in the history instead.',
  },
  'e.import.notOpen': {
    sv: 'Filen är inte längre öppen för import (till exempel efter att registret stängts). Välj filen igen.',
    en: 'The file is no longer open for import (after the register was closed, say). Choose the file again.',
  },
  'e.import.noPreview': {
    sv: 'Förhandsgranska importen innan den sparas.',
    en: 'Preview the import before it is saved.',
  },
  'e.import.noSheet': {
    sv: 'Filen har ingen flik som heter ”{{sheet}}”. Välj filen igen.',
    en: 'The file has no sheet named “{{sheet}}”. Choose the file again.',
  },
  'e.import.changedSincePreview': {
    sv: 'Registret har ändrats efter förhandsgranskningen. Förhandsgranska igen innan du importerar.',
    en: 'The register changed after the preview. Preview again before importing.',
  },
  'e.history.uniqueTaken': {
    sv: 'Posten kan inte tas tillbaka: en annan post har tagit dess plats (till exempel ett nyare svar på samma påminnelse). Ändra eller ta bort den först.',
    en: 'The record cannot be brought back: another record has taken its place (a newer answer to the same reminder, say). Change or delete that one first.',
  },
  'e.inUse.service': {
    sv: 'Tjänsten har {{count}} abonnemang och kan inte tas bort. Arkivera den i stället.',
    en: 'The service has {{count}} subscriptions and cannot be deleted. Archive it instead.',
  },

  // Sub-processors: things that do not add up (shown as warnings, never blocking a save).
  'v.transfer.noneEeaOutside': {
    sv: '”Inom EU/EES” går inte att välja när platsen ligger utanför EU/EES. Välj en överföringsmekanism eller ändra platsen.',
    en: '"Within the EU/EEA" cannot be chosen when the place is outside the EU/EEA. Choose a transfer mechanism or change the place.',
  },
  'w.subprocessor.thirdCountryWithoutMechanism': {
    sv: 'Underbiträdet finns utanför EU/EES men ingen överföringsmekanism är vald.',
    en: 'The sub-processor is outside the EU/EEA but no transfer mechanism is chosen.',
  },
  'w.subprocessor.noAdequacyDecision': {
    sv: 'Landet har inget beslut om adekvat skyddsnivå. Välj en annan överföringsmekanism, t.ex. standardavtalsklausuler.',
    en: 'The country has no adequacy decision. Choose another transfer mechanism, e.g. standard contractual clauses.',
  },
  'w.subprocessor.usNeedsDpf': {
    sv: 'För USA gäller beslutet om adekvat skyddsnivå bara mottagare certifierade enligt Data Privacy Framework – välj "EU–US Data Privacy Framework".',
    en: 'For the US the adequacy decision covers only recipients certified under the Data Privacy Framework – choose "EU–US Data Privacy Framework".',
  },
  'w.subprocessor.dpfOnlyUs': {
    sv: 'EU–US Data Privacy Framework gäller bara mottagare i USA.',
    en: 'The EU–US Data Privacy Framework applies only to recipients in the US.',
  },
  'w.subprocessor.eeaNoTransferNeeded': {
    sv: 'Underbiträdet finns inom EU/EES – ingen överföringsmekanism behövs.',
    en: 'The sub-processor is within the EU/EEA – no transfer mechanism is needed.',
  },
  'w.subprocessor.derogationNotForRegular': {
    sv: 'Undantagen i art. 49 gäller bara tillfälliga överföringar, inte ett löpande uppdrag till ett underbiträde.',
    en: 'The Art. 49 derogations cover only occasional transfers, not an ongoing engagement of a sub-processor.',
  },
  'w.subprocessor.adHocNeedsAuthorisation': {
    sv: 'Egna avtalsklausuler kräver tillstånd från IMY.',
    en: 'Ad hoc contractual clauses need an authorisation from IMY.',
  },
  'w.subprocessor.noAgreement': {
    sv: 'Datum för avtalet med underbiträdet saknas (art. 28.4 kräver ett avtal).',
    en: 'The date of the agreement with the sub-processor is missing (Art. 28(4) requires one).',
  },

  'v.vocabulary.builtinKind': {
    sv: 'En inbyggd kategori kan inte flyttas till en annan lista.',
    en: 'A built-in category cannot be moved to another list.',
  },
  'v.vocabulary.kindInUse': {
    sv: 'Kategorin används redan och kan därför inte flyttas till en annan lista.',
    en: 'The category is already in use, so it cannot be moved to another list.',
  },
  'v.vocabulary.flagOnlyPersonalData': {
    sv: 'Markeringen gäller bara kategorier av personuppgifter.',
    en: 'The marking only applies to categories of personal data.',
  },
  'v.measure.builtinCategory': {
    sv: 'En inbyggd åtgärd kan inte flyttas till en annan grupp.',
    en: 'A built-in measure cannot be moved to another group.',
  },

  'w.purge.namedInAgreement': {
    sv: 'Personen är namngiven i ett genererat PUB-avtal. Avtalsdokumentet och dess SHA-256 finns kvar så länge avtalets egen gallringsregel behåller det.',
    en: 'The person is named in a generated data processing agreement. The document and its SHA-256 stay as long as the agreement’s own retention rule keeps it.',
  },
  'w.retention.belowLegalMinimum': {
    sv: 'Lagringstiden är kortare än den minsta tid som lagen kräver.',
    en: 'The retention period is shorter than the legal minimum.',
  },
  'w.retention.eventMissing': {
    sv: 'Välj vilken händelse tiden ska räknas från.',
    en: 'Choose the event that the period is counted from.',
  },
  'w.retention.legalMinimumSourceMissing': {
    sv: 'Ange var den lagstadgade minimitiden kommer ifrån, t.ex. BFL 7 kap. 2 §.',
    en: 'State where the legal minimum comes from, e.g. the Swedish Bookkeeping Act 7:2.',
  },
  'w.retention.noDuration': {
    sv: 'Ingen lagringstid är angiven. Regeln kan skrivas ut, men inget gallras automatiskt efter den.',
    en: 'No retention period is given. The rule can be printed, but nothing is purged automatically under it.',
  },
  'v.retention.twoEvents': {
    sv: 'Välj en händelse, inte två.',
    en: 'Choose one event, not two.',
  },
  'v.retention.rangeWithoutMax': {
    sv: 'Ett intervall behöver också en längsta tid.',
    en: 'A range also needs a longest period.',
  },
  'v.retention.rangeOrder': {
    sv: 'Den kortaste tiden ska vara längre än noll och kortare än den längsta.',
    en: 'The shortest period must be longer than zero and shorter than the longest.',
  },
  'v.retention.noDurationNoPurge': {
    sv: 'En regel utan lagringstid kan inte gallra registrets egna uppgifter. Ange en tid eller ta bort valen.',
    en: 'A rule without a retention period cannot purge the register’s own records. Give a period or clear the choices.',
  },

  // Retention applied to the register's own records: purge list, purge, legal holds.
  'v.retention.anchorNotForKind': {
    sv: 'Startpunkten passar inte alla valda uppgifter. Kontaktpersoner räknas från när de lades till, senaste ändring eller avslutat avtal; kundplatser och utrustning från avslutat avtal, avveckling eller när de lades till; PUB-avtal från när de upphörde eller skapades. Egna händelser har inga datum i registret och passar inga av dem.',
    en: 'The starting point does not suit all the chosen records. Contact persons count from when they were added, their last change or the end of the contract; sites and equipment from the end of the contract, their closing or removal, or when they were added; agreements from when they ended or were created. The register holds no dates for your own events, so they suit none of them.',
  },
  'v.retention.anonymiseAgreement': {
    sv: 'Ett PUB-avtal kan inte anonymiseras. Välj Radera eller en åtgärd som görs för hand.',
    en: 'A data processing agreement cannot be anonymised. Choose Delete or an action done by hand.',
  },
  'v.purge.futureDate': {
    sv: 'Gallringen kan bara genomföras för i dag eller ett tidigare datum.',
    en: 'A purge can only be carried out for today or an earlier date.',
  },
  'v.legalHold.ruleNotHoldable': {
    sv: 'Regeln tillåter inte att gallringen pausas. Ändra regeln först.',
    en: 'The rule does not allow its purge to be paused. Change the rule first.',
  },
  'v.legalHold.alreadyReleased': { sv: 'Spärren är redan hävd.', en: 'The hold has already been released.' },
  'v.legalHold.releaseBeforePlaced': {
    sv: 'Spärren kan inte hävas före den dag den lades.',
    en: 'The hold cannot be released before the day it was placed.',
  },

  'e.inUse.vocabularyBuiltin': {
    sv: 'Inbyggda kategorier kan inte tas bort. Arkivera kategorin om den inte ska användas.',
    en: 'Built-in categories cannot be deleted. Archive the category if it should not be used.',
  },
  'e.inUse.vocabulary': {
    sv: 'Kategorin används på {{count}} ställen och kan inte tas bort. Arkivera den i stället.',
    en: 'The category is used in {{count}} places and cannot be deleted. Archive it instead.',
  },
  'e.inUse.measureBuiltin': {
    sv: 'Inbyggda åtgärder kan inte tas bort. Markera åtgärden som ”Ej tillämplig” i stället.',
    en: 'Built-in measures cannot be deleted. Mark the measure as “Not applicable” instead.',
  },
  'e.inUse.measure': {
    sv: 'Åtgärden är kopplad till {{activities}} behandlingar och {{services}} tjänster och kan inte tas bort.',
    en: 'The measure is linked to {{activities}} processing activities and {{services}} services and cannot be deleted.',
  },
  'e.inUse.system': {
    sv: 'Systemet är kopplat till {{activities}} behandlingar och {{services}} tjänster. Ta bort kopplingarna först.',
    en: 'The system is linked to {{activities}} processing activities and {{services}} services. Remove the links first.',
  },
  'e.inUse.subprocessor': {
    sv: 'Underbiträdet används av {{services}} tjänster, {{systems}} system och {{activities}} behandlingar och kan inte tas bort. Ta bort kopplingarna först eller sätt status till Avslutad.',
    en: 'The sub-processor is used by {{services}} services, {{systems}} systems and {{activities}} processing activities and cannot be deleted. Remove the links first or set the status to Terminated.',
  },
  'e.inUse.subprocessorInSubscriptions': {
    sv: 'Underbiträdet är tillagt eller undantaget i {{subscriptions}} kundabonnemang och används av {{services}} tjänster, {{systems}} system och {{activities}} behandlingar. Det kan inte tas bort. Ändra abonnemangen (under kunden) och ta bort kopplingarna först, eller sätt status till Avslutad.',
    en: 'The sub-processor is added or excepted in {{subscriptions}} customer subscriptions and used by {{services}} services, {{systems}} systems and {{activities}} processing activities. It cannot be deleted. Change the subscriptions (under the customer) and remove the links first, or set the status to Terminated.',
  },
  'e.inUse.subprocessorInNotices': {
    sv: 'Underbiträdet finns i {{notices}} ändringsmeddelanden och kan inte tas bort. Sätt status till Avslutad i stället.',
    en: 'The sub-processor is part of {{notices}} change notices and cannot be deleted. Set the status to Terminated instead.',
  },
  'e.inUse.retentionRule': {
    sv: 'Gallringsregeln används av {{activities}} behandlingar och {{services}} tjänster. Byt regel där först.',
    en: 'The retention rule is used by {{activities}} processing activities and {{services}} services. Change the rule there first.',
  },
  'e.inUse.retentionEvent': {
    sv: 'Händelsen används av {{rules}} gallringsregler. Byt händelse i reglerna först.',
    en: 'The event is used by {{rules}} retention rules. Change the event in those rules first.',
  },

  // Customer sites and equipment (CMDB)
  'v.equipment.removedBeforeInstalled': {
    sv: 'Utrustningen kan inte ha tagits bort före installationsdagen.',
    en: 'The equipment cannot have been removed before the day it was installed.',
  },
  'v.equipment.removedOnRequired': {
    sv: 'Ange vilken dag utrustningen togs bort.',
    en: 'Enter the day the equipment was removed.',
  },
  'v.equipment.serviceNotSubscribed': {
    sv: 'Kunden har inte den här tjänsten. Välj bland kundens tjänster, eller lägg först till tjänsten på kunden.',
    en: 'The customer does not have this service. Choose one of the customer’s services, or add the service to the customer first.',
  },
  'v.equipment.siteOfOtherCustomer': {
    sv: 'Platsen hör till en annan kund.',
    en: 'The site belongs to another customer.',
  },
  'v.equipment.sameSite': {
    sv: 'Utrustningen står redan där. Välj en annan plats.',
    en: 'The equipment is already there. Choose another site.',
  },
  'v.equipment.moveBeforeLast': {
    sv: 'Flyttdagen kan inte ligga före den senaste flytten ({{date}}).',
    en: 'The move cannot be dated before the latest move ({{date}}).',
  },
  'e.inUse.site': {
    sv: 'Enheter på platsen: {{count}}. Flytta eller ta bort dem först – eller behåll platsen och ange när den stängdes.',
    en: 'Devices at the site: {{count}}. Move or delete them first – or keep the site and enter the day it closed.',
  },

  'e.INVALID_INPUT': { sv: 'Några uppgifter behöver rättas.', en: 'Some details need to be corrected.' },
  'e.NOT_FOUND': { sv: 'Posten finns inte längre.', en: 'The record no longer exists.' },
  'e.FILE_NOT_FOUND': {
    sv: 'Filen finns inte. Den kan ha flyttats, tagits bort eller ligga på en enhet som inte är ansluten.',
    en: 'The file does not exist. It may have been moved or deleted, or be on a drive that is not connected.',
  },
  'e.CONFLICT': {
    sv: 'Någon annan har ändrat posten sedan du öppnade den. Dina ändringar har inte sparats.',
    en: 'Someone else changed this record after you opened it. Your changes were not saved.',
  },
  'e.LOCKED': { sv: 'Registret används av ett annat program.', en: 'The register is in use by another program.' },
  'e.LOCKED.heldBy': {
    sv: 'Registret är redan öppet hos {{osUser}} på datorn {{host}} sedan {{since}}. Öppna det skrivskyddat, eller vänta tills det stängs där.',
    en: 'The register is already open by {{osUser}} on the computer {{host}} since {{since}}. Open it read-only, or wait until it is closed there.',
  },
  'e.LOCKED.busy': {
    sv: 'Registret är upptaget av ett annat program just nu. Försök igen om en stund.',
    en: 'The register is busy in another program right now. Try again in a moment.',
  },
  'e.READ_ONLY': {
    sv: 'Registret är öppnat skrivskyddat. Ändringen sparades inte. Stäng och öppna registret igen när ingen annan har det öppet.',
    en: 'The register is open read-only. The change was not saved. Close it and open it again when no one else has it open.',
  },
  'e.READ_ONLY.needsUpgrade': {
    sv: 'Registret måste uppgraderas till den här versionen av Förteckna och kan därför inte öppnas skrivskyddat. Öppna det när ingen annan har det öppet.',
    en: 'The register must be upgraded to this version of Förteckna, so it cannot be opened read-only. Open it when no one else has it open.',
  },
  'e.DAMAGED': {
    sv: 'Registerfilen är skadad. Återställ den senaste kontrollerade säkerhetskopian, eller öppna registret skrivskyddat för att läsa det som går.',
    en: 'The register file is damaged. Restore the newest verified backup, or open the register read-only to read what can be read.',
  },
  'e.NO_REGISTER': { sv: 'Inget register är öppet.', en: 'No register is open.' },
  'e.agreement.generatedMeanwhile': {
    sv: 'Nya versioner av kundens PUB-avtal skapades samtidigt någon annanstans. Ditt avtal har inte sparats – uppdatera och skapa det igen.',
    en: 'New versions of the customer’s agreement were created elsewhere at the same time. Yours was not saved – refresh and generate it again.',
  },
  'e.NEWER_VERSION': {
    sv: 'Filen har skapats av en nyare version av Förteckna. Uppdatera programmet för att öppna den.',
    en: 'The file was created by a newer version of Förteckna. Update the app to open it.',
  },
  'e.NOT_A_REGISTER': {
    sv: 'Filen är inte ett Förteckna-register eller är skadad.',
    en: 'The file is not a Förteckna register, or it is damaged.',
  },
  'e.PASSWORD_REQUIRED': {
    sv: 'Registret är lösenordsskyddat. Ange lösenordet för att låsa upp det.',
    en: 'The register is password-protected. Enter its password to unlock it.',
  },
  'e.WRONG_PASSWORD': {
    sv: 'Fel lösenord. Kontrollera stora och små bokstäver och försök igen.',
    en: 'Wrong password. Check upper and lower case and try again.',
  },
  'e.WRONG_PASSWORD.wait': {
    sv: 'Fel lösenord. Vänta {{seconds}} s innan du försöker igen.',
    en: 'Wrong password. Wait {{seconds}} s before trying again.',
  },
  'e.WRONG_PASSWORD.current': {
    sv: 'Det nuvarande lösenordet stämmer inte. Lösenordet har inte ändrats.',
    en: 'The current password is not correct. The password has not been changed.',
  },
  'e.LOCKED.readers': {
    sv: 'Ett annat program (t.ex. kommandoraden) läser registret just nu. Stäng det och försök igen.',
    en: 'Another program (such as the command line) is reading the register right now. Close it and try again.',
  },
  'e.FILE_EXISTS': { sv: 'Det finns redan en fil med det namnet.', en: 'A file with that name already exists.' },
  'e.NOT_WRITABLE': {
    sv: 'Det gick inte att skriva filen. Disken kan vara full eller skrivskyddad, eller så saknas behörighet till mappen.',
    en: 'The file could not be written. The disk may be full or write-protected, or you may lack permission for the folder.',
  },
  'e.NOT_WRITABLE.notWritable': {
    sv: 'Förteckna får inte skriva i {{path}}. Välj en annan mapp, eller be den som ansvarar för datorn om skrivbehörighet.',
    en: 'Förteckna may not write to {{path}}. Choose another folder, or ask whoever manages the computer for write permission.',
  },
  'e.NOT_WRITABLE.diskFull': {
    sv: 'Disken där {{path}} ligger är full. Frigör utrymme eller välj en annan plats.',
    en: 'The disk holding {{path}} is full. Free up space or choose another location.',
  },
  'e.NOT_WRITABLE.inUse': {
    sv: '{{path}} används av ett annat program (t.ex. Excel eller Word). Stäng filen där och försök igen, eller välj ett annat namn.',
    en: '{{path}} is in use by another program (such as Excel or Word). Close it there and try again, or choose another name.',
  },
  'e.FILE_NOT_FOUND.missing': {
    sv: '{{path}} går inte att nå: filen, eller mappen den ligger i, finns inte. Kontrollera sökvägen eller välj en annan plats.',
    en: '{{path}} cannot be reached: the file, or the folder it is in, does not exist. Check the path or choose another location.',
  },
  'e.FILE_EXISTS.exists': {
    sv: 'Det finns redan en fil eller mapp som heter {{path}}. Välj ett annat namn.',
    en: 'There is already a file or folder called {{path}}. Choose another name.',
  },
  'e.INVALID_PATH': {
    sv: 'Sökvägen går inte att använda. Välj en annan plats eller ett annat namn.',
    en: 'The path cannot be used. Choose another location or name.',
  },
  'e.INVALID_PATH.tooLong': {
    sv: 'Sökvägen eller filnamnet är för långt för filsystemet: {{path}}. Välj ett kortare namn eller en mapp närmare roten.',
    en: 'The path or file name is too long for the file system: {{path}}. Choose a shorter name or a folder nearer the top.',
  },
  'e.INVALID_PATH.badCharacters': {
    sv: 'Sökvägen innehåller tecken som filsystemet inte tillåter. Välj platsen igen.',
    en: 'The path contains characters the file system does not allow. Choose the location again.',
  },
  'e.INVALID_PATH.notFolder': {
    sv: 'En del av sökvägen {{path}} är en fil, inte en mapp. Välj en mapp som finns.',
    en: 'Part of the path {{path}} is a file, not a folder. Choose a folder that exists.',
  },
  'e.INVALID_PATH.isFolder': {
    sv: '{{path}} är en mapp. Ange ett filnamn i mappen.',
    en: '{{path}} is a folder. Give a file name inside the folder.',
  },
  'e.INVALID_PATH.invalid': {
    sv: 'Sökvägen {{path}} går inte att använda här. Välj en annan plats eller ett annat namn.',
    en: 'The path {{path}} cannot be used here. Choose another location or name.',
  },
  'e.BACKUP_FAILED': {
    sv: 'Säkerhetskopian klarade inte kontrollen och har tagits bort. Försök igen, eller välj en annan mapp för säkerhetskopior.',
    en: 'The backup failed its check and was deleted. Try again, or choose another folder for backups.',
  },
  'e.IMPORT_INVALID': {
    sv: 'Filen kan inte läsas in. Inget register har skapats. Se listan över vad som är fel.',
    en: 'The file cannot be imported. No register was created. See the list of what is wrong.',
  },
  'e.CANCELLED': { sv: 'Avbrutet.', en: 'Cancelled.' },
  'e.UNSUPPORTED': { sv: 'Det går inte här.', en: 'That is not possible here.' },
  'e.UNKNOWN_METHOD': { sv: 'Okänd åtgärd.', en: 'Unknown action.' },
  'e.INTERNAL': {
    sv: 'Något gick fel. Inga ändringar sparades.',
    en: 'Something went wrong. No changes were saved.',
  },
  'e.IN_USE': {
    sv: 'Posten används på andra ställen i registret och kan inte tas bort.',
    en: 'The record is still used elsewhere in the register, so it cannot be deleted.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

/** Resolves a key with {{param}} placeholders; unknown keys come back unchanged. */
export function formatMessage(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const entry = (messages as Record<string, Record<Language, string>>)[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
