// Every route of an open register, in one place. Pages link with these, never with literal
// strings; the feature manifests declare their routes with the same patterns.

const record = (base: string) => ({
  list: base,
  new: `${base}/ny`,
  one: (id: number) => `${base}/${id}`,
  pattern: `${base}/:id`,
});

const equipment = record('/kundplatser/utrustning');

export const paths = {
  dashboard: '/',
  activities: record('/behandlingar'),
  customers: record('/kunder'),
  services: record('/tjanster'),
  processorRegister: '/bitradesregister',
  subprocessors: { ...record('/underbitraden'), matrix: '/underbitraden/matris' },
  changeNotices: { ...record('/andringsmeddelanden'), letter: '/andringsmeddelanden/brevmall' },
  agreements: { ...record('/pub-avtal'), template: '/pub-avtal/mall' },
  sites: '/kundplatser',
  equipment: {
    ...equipment,
    /** A new device is always a customer's, optionally at one of its sites. */
    newFor: (customerId: number, siteId: number | null = null) =>
      `${equipment.new}?kund=${customerId}${siteId === null ? '' : `&plats=${siteId}`}`,
  },
  /** Systems are edited in a dialog on their list page; `?id=N` opens one. */
  systems: { list: '/system', one: (id: number) => `/system?id=${id}` },
  measures: '/atgarder',
  retention: '/gallring',
  /** The retention page's tabs "Att gallra" and "Spärrar", which links open by name (RETENTION_TAB_PARAM). */
  purgeList: '/gallring?flik=att-gallra',
  legalHolds: '/gallring?flik=sparrar',
  documents: '/dokument',
  /** The area "Begäranden och incidenter": requests and breaches, one tab each. */
  requests: { area: '/arenden', ...record('/arenden/begaranden') },
  breaches: record('/arenden/incidenter'),
  history: '/historik',
  /** The backups tab of the history page. */
  backups: '/historik/sakerhetskopior',
  /** The password tab of the history page, beside the backups. */
  security: '/historik/losenord',
  /** The history page filtered to one record (and what belongs to it). */
  historyOf: (kind: string, id: number) => `/historik?typ=${kind}&post=${id}`,
  vocabularies: '/kategorier',
  organisation: '/organisation',
  /** Import from a spreadsheet (Excel, CSV): file → columns → preview → done. */
  sheetImport: '/importera',
} as const;

/** The query parameter of the retention page that opens a tab, and the tabs it names. */
export const RETENTION_TAB_PARAM = 'flik';
export const RETENTION_TABS = { 'att-gallra': 'due', sparrar: 'holds' } as const;

/** A route pattern without its leading slash, as nested <Route path> wants it. */
export const routePath = (pattern: string) => pattern.replace(/^\//, '');
