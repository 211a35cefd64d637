// UI texts of the overview's charts and completeness card (overview.charts.*), Swedish first.
// The dashboard manifest merges them. The completeness figure's own sentence is shared with the
// activities list ('completeness.register*' in renderer/i18n), so both say the same.
const sv = {
  'overview.charts.region': 'Registret i siffror',
  'overview.charts.item': '{{label}}: {{count}}',

  'overview.charts.completeness.activities': '{{complete}} av {{total}} behandlingar kompletta',
  'overview.charts.completeness.services': 'Tjänster: {{complete}} av {{total}} kompletta',
  'overview.charts.completeness.empty': 'Lägg till en behandling eller en tjänst, så visas här hur komplett registret är.',

  'overview.charts.legalBasis.title': 'Behandlingar per rättslig grund',
  'overview.charts.legalBasis.summary': 'Behandlingar per rättslig grund: {{list}}.',
  'overview.charts.legalBasis.note': 'En behandling med flera rättsliga grunder räknas en gång för varje.',
  'overview.charts.legalBasis.without_one': '{{count}} behandling saknar rättslig grund.',
  'overview.charts.legalBasis.without_other': '{{count}} behandlingar saknar rättslig grund.',
  'overview.charts.legalBasis.empty': 'Inga behandlingar än. Lägg till dem under Behandlingar, så visas deras rättsliga grunder här.',
  'overview.charts.legalBasis.link': 'Öppna behandlingarna',

  'overview.charts.agreements.title': 'PUB-avtal hos aktiva kunder',
  'overview.charts.agreements.summary': 'PUB-avtal hos {{count}} aktiva kunder: {{list}}.',
  'overview.charts.agreements.empty': 'Inga aktiva kunder än. Lägg till kunder, så visas här var deras PUB-avtal står.',
  'overview.charts.agreements.link': 'Öppna kundlistan',
  'overview.charts.agreements.hint': 'Välj avtalsstatus i listan för att se vilka kunder det gäller.',

  'overview.charts.subprocessors.title': 'Underbiträden efter var de behandlar',
  'overview.charts.subprocessors.summary': '{{count}} underbiträden i bruk: {{list}}.',
  'overview.charts.subprocessors.zone.eea': 'Inom EU/EES',
  'overview.charts.subprocessors.zone.adequacy': 'Land med adekvansbeslut',
  'overview.charts.subprocessors.zone.thirdCountry': 'Tredjeland utan adekvansbeslut',
  'overview.charts.subprocessors.places': 'Per land: {{list}}',
  'overview.charts.subprocessors.more_one': 'och {{count}} plats till',
  'overview.charts.subprocessors.more_other': 'och {{count}} platser till',
  'overview.charts.subprocessors.empty': 'Inga underbiträden i bruk än. Lägg till dem under Underbiträden, så visas här var de behandlar.',
  'overview.charts.subprocessors.link': 'Öppna underbiträdena',
};

const en: Record<keyof typeof sv, string> = {
  'overview.charts.region': 'The register in figures',
  'overview.charts.item': '{{label}}: {{count}}',

  'overview.charts.completeness.activities': '{{complete}} of {{total}} processing activities complete',
  'overview.charts.completeness.services': 'Services: {{complete}} of {{total}} complete',
  'overview.charts.completeness.empty': 'Add a processing activity or a service, and this shows how complete the register is.',

  'overview.charts.legalBasis.title': 'Processing activities by legal basis',
  'overview.charts.legalBasis.summary': 'Processing activities by legal basis: {{list}}.',
  'overview.charts.legalBasis.note': 'An activity with several legal bases counts once for each.',
  'overview.charts.legalBasis.without_one': '{{count}} activity has no legal basis.',
  'overview.charts.legalBasis.without_other': '{{count}} activities have no legal basis.',
  'overview.charts.legalBasis.empty':
    'No processing activities yet. Add them under Processing activities, and their legal bases show here.',
  'overview.charts.legalBasis.link': 'Open the processing activities',

  'overview.charts.agreements.title': 'DPAs of active customers',
  'overview.charts.agreements.summary': 'DPAs of {{count}} active customers: {{list}}.',
  'overview.charts.agreements.empty': 'No active customers yet. Add customers, and this shows where their DPAs stand.',
  'overview.charts.agreements.link': 'Open the customer list',
  'overview.charts.agreements.hint': 'Choose an agreement status in the list to see which customers it is.',

  'overview.charts.subprocessors.title': 'Sub-processors by where they process',
  'overview.charts.subprocessors.summary': '{{count}} sub-processors in use: {{list}}.',
  'overview.charts.subprocessors.zone.eea': 'Within the EU/EEA',
  'overview.charts.subprocessors.zone.adequacy': 'Country with an adequacy decision',
  'overview.charts.subprocessors.zone.thirdCountry': 'Third country without an adequacy decision',
  'overview.charts.subprocessors.places': 'By country: {{list}}',
  'overview.charts.subprocessors.more_one': 'and {{count}} more place',
  'overview.charts.subprocessors.more_other': 'and {{count}} more places',
  'overview.charts.subprocessors.empty': 'No sub-processors in use yet. Add them under Sub-processors, and this shows where they process.',
  'overview.charts.subprocessors.link': 'Open the sub-processors',
};

export const chartTexts = { sv, en } as const;
