import type { Db } from '../types';

// The register of processing: controlled vocabularies, systems, retention rules, security
// measures, sub-processors, processing activities (Art. 30(1)), services and subscriptions (from
// which the Art. 30(2) register is derived, never copied). Small lists of enum values are JSON
// arrays in TEXT columns; links between records are join tables with foreign keys.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE vocabulary_terms (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      kind TEXT NOT NULL CHECK (kind IN ('data_subject', 'personal_data', 'recipient', 'processing')),
      code TEXT,
      label_sv TEXT NOT NULL,
      label_en TEXT NOT NULL,
      flag TEXT NOT NULL DEFAULT 'none' CHECK (flag IN ('none', 'special', 'criminal', 'personnummer')),
      builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (kind, code)
    ) STRICT;

    CREATE TABLE subprocessors (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      org_nr TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '',
      service_description TEXT NOT NULL DEFAULT '',
      data_processed TEXT NOT NULL DEFAULT '',
      processing_locations TEXT NOT NULL DEFAULT '',
      transfer_mechanism TEXT NOT NULL,
      scc_module TEXT,
      transfer_notes TEXT NOT NULL DEFAULT '',
      agreement_date TEXT,
      agreement_notes TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'planned', 'terminated')),
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE systems (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      hosting TEXT NOT NULL,
      country TEXT NOT NULL DEFAULT 'SE',
      location TEXT NOT NULL DEFAULT '',
      subprocessor_id INTEGER REFERENCES subprocessors (id) ON DELETE SET NULL,
      supplier_name TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE retention_rules (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name_sv TEXT NOT NULL,
      name_en TEXT NOT NULL DEFAULT '',
      storage_location TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('created', 'last_activity', 'fiscal_year_end', 'event')),
      anchor_event TEXT,
      round_anchor_to TEXT NOT NULL DEFAULT 'none' CHECK (round_anchor_to IN ('none', 'end_of_calendar_year', 'end_of_month')),
      duration TEXT NOT NULL,
      inclusive INTEGER NOT NULL DEFAULT 1 CHECK (inclusive IN (0, 1)),
      backup_lag TEXT,
      action TEXT NOT NULL,
      legal_minimum_duration TEXT,
      legal_minimum_source TEXT NOT NULL DEFAULT '',
      legal_basis_ref TEXT NOT NULL DEFAULT '',
      legal_hold_allowed INTEGER NOT NULL DEFAULT 1 CHECK (legal_hold_allowed IN (0, 1)),
      policy_sv TEXT NOT NULL DEFAULT '',
      policy_en TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE security_measures (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      code TEXT UNIQUE,
      category TEXT NOT NULL CHECK (category IN ('organisational', 'technical', 'physical')),
      label_sv TEXT NOT NULL,
      label_en TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('implemented', 'planned', 'not_applicable')),
      note TEXT NOT NULL DEFAULT '',
      builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE activities (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      ref_no TEXT NOT NULL DEFAULT '',
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT 'controller' CHECK (role IN ('controller', 'joint_controller')),
      joint_controllers TEXT NOT NULL DEFAULT '',
      owner TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
      special_categories TEXT NOT NULL DEFAULT '[]',
      art9_conditions TEXT NOT NULL DEFAULT '[]',
      art9_note TEXT NOT NULL DEFAULT '',
      criminal_data INTEGER NOT NULL DEFAULT 0 CHECK (criminal_data IN (0, 1)),
      art10_basis TEXT,
      art10_note TEXT NOT NULL DEFAULT '',
      personnummer INTEGER NOT NULL DEFAULT 0 CHECK (personnummer IN (0, 1)),
      pnr_justification TEXT,
      pnr_note TEXT NOT NULL DEFAULT '',
      data_sources TEXT NOT NULL DEFAULT '[]',
      dpia_status TEXT NOT NULL DEFAULT 'screening_pending',
      dpia_criteria TEXT NOT NULL DEFAULT '[]',
      dpia_note TEXT NOT NULL DEFAULT '',
      security_summary TEXT NOT NULL DEFAULT '',
      volume_estimate TEXT NOT NULL DEFAULT '',
      children_data INTEGER NOT NULL DEFAULT 0 CHECK (children_data IN (0, 1)),
      automated_decisions INTEGER NOT NULL DEFAULT 0 CHECK (automated_decisions IN (0, 1)),
      automated_decisions_note TEXT NOT NULL DEFAULT '',
      last_reviewed_at TEXT,
      next_review_at TEXT,
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX activities_status ON activities (status);

    CREATE TABLE activity_purposes (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      description TEXT NOT NULL,
      legal_basis TEXT NOT NULL,
      legal_basis_detail TEXT NOT NULL DEFAULT '',
      lia_text TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX activity_purposes_activity ON activity_purposes (activity_id, position);

    CREATE TABLE activity_terms (
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      PRIMARY KEY (activity_id, term_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_terms_term ON activity_terms (term_id);

    CREATE TABLE activity_recipients (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('internal', 'external', 'processor')),
      term_id INTEGER REFERENCES vocabulary_terms (id),
      subprocessor_id INTEGER REFERENCES subprocessors (id),
      name TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX activity_recipients_activity ON activity_recipients (activity_id);
    CREATE INDEX activity_recipients_subprocessor ON activity_recipients (subprocessor_id);
    CREATE INDEX activity_recipients_term ON activity_recipients (term_id);

    CREATE TABLE activity_transfers (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      country TEXT NOT NULL,
      recipient TEXT NOT NULL DEFAULT '',
      mechanism TEXT NOT NULL,
      safeguards TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX activity_transfers_activity ON activity_transfers (activity_id);

    CREATE TABLE activity_systems (
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      system_id INTEGER NOT NULL REFERENCES systems (id),
      PRIMARY KEY (activity_id, system_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_systems_system ON activity_systems (system_id);

    CREATE TABLE activity_measures (
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      measure_id INTEGER NOT NULL REFERENCES security_measures (id),
      PRIMARY KEY (activity_id, measure_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_measures_measure ON activity_measures (measure_id);

    -- Retention per data category: term_id NULL means "all data of the activity".
    CREATE TABLE activity_retention (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      term_id INTEGER REFERENCES vocabulary_terms (id),
      retention_rule_id INTEGER NOT NULL REFERENCES retention_rules (id),
      UNIQUE (activity_id, term_id, retention_rule_id)
    ) STRICT;
    CREATE INDEX activity_retention_rule ON activity_retention (retention_rule_id);
    CREATE INDEX activity_retention_term ON activity_retention (term_id);

    CREATE TABLE services (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      subject_matter TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      nature TEXT NOT NULL DEFAULT '[]',
      special_categories TEXT NOT NULL DEFAULT '[]',
      end_of_contract_action TEXT NOT NULL DEFAULT 'return_then_delete',
      retention_rule_id INTEGER REFERENCES retention_rules (id),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE service_terms (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      PRIMARY KEY (service_id, term_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX service_terms_term ON service_terms (term_id);

    CREATE TABLE service_subprocessors (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id),
      PRIMARY KEY (service_id, subprocessor_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX service_subprocessors_subprocessor ON service_subprocessors (subprocessor_id);

    CREATE TABLE service_systems (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      system_id INTEGER NOT NULL REFERENCES systems (id),
      PRIMARY KEY (service_id, system_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE service_measures (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      measure_id INTEGER NOT NULL REFERENCES security_measures (id),
      PRIMARY KEY (service_id, measure_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE subscriptions (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      service_id INTEGER NOT NULL REFERENCES services (id),
      start_date TEXT NOT NULL,
      end_date TEXT,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date IS NULL OR end_date >= start_date)
    ) STRICT;
    CREATE INDEX subscriptions_customer ON subscriptions (customer_id);
    CREATE INDEX subscriptions_service ON subscriptions (service_id);

    -- Per-customer additions to and exceptions from what the service describes.
    CREATE TABLE subscription_term_changes (
      subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      change TEXT NOT NULL CHECK (change IN ('add', 'remove')),
      PRIMARY KEY (subscription_id, term_id)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX subscription_term_changes_term ON subscription_term_changes (term_id);

    CREATE TABLE subscription_subprocessor_changes (
      subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
      subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id),
      change TEXT NOT NULL CHECK (change IN ('add', 'remove')),
      PRIMARY KEY (subscription_id, subprocessor_id)
    ) STRICT, WITHOUT ROWID;
  `);
  seedBuiltins(db, new Date().toISOString());
}

// ---------------------------------------------------------------------------------------------
// Built-in vocabularies (domain.md §1.5) and the security-measure catalogue (domain.md §5).
// The data lives here, not in the feature folders, so that this migration does the same thing
// forever: a later change to the built-ins needs a new migration. Both new registers and registers
// upgraded from schema 1 get them. Codes are stable identifiers; labels can be edited by the user.

type SeedTerm = [code: string, sv: string, en: string, flag?: 'special' | 'criminal' | 'personnummer'];

const SEED_TERMS: Record<'data_subject' | 'personal_data' | 'recipient' | 'processing', SeedTerm[]> = {
  data_subject: [
    ['customer_contact', 'Kunders kontaktpersoner', "Customers' contact persons"],
    ['customer_end_user', 'Kunders användare och anställda', "Customers' users and employees"],
    ['private_customer', 'Privatkunder', 'Consumer customers'],
    ['prospect', 'Presumtiva kunder', 'Prospective customers'],
    ['supplier_contact', 'Leverantörers kontaktpersoner', "Suppliers' contact persons"],
    ['employee', 'Anställda', 'Employees'],
    ['job_applicant', 'Arbetssökande', 'Job applicants'],
    ['consultant', 'Konsulter och underleverantörer', 'Consultants and subcontractors'],
    ['website_visitor', 'Besökare på webbplatsen', 'Website visitors'],
    ['visitor_premises', 'Besökare i lokalerna', 'Visitors to the premises'],
    ['other', 'Övriga registrerade', 'Other data subjects'],
  ],
  personal_data: [
    ['identity', 'Namn och titel', 'Name and title'],
    ['personnummer', 'Personnummer eller samordningsnummer', 'Personal identity or coordination number', 'personnummer'],
    ['contact', 'Kontaktuppgifter (adress, telefon, e-post)', 'Contact details (address, phone, e-mail)'],
    ['contract', 'Avtal och avtalshistorik', 'Contracts and contract history'],
    ['financial', 'Fakturor, betalningar och bankuppgifter', 'Invoices, payments and bank details'],
    ['employment', 'Anställning och lön', 'Employment and pay'],
    ['account_credentials', 'Användarkonton och inloggningsuppgifter', 'User accounts and credentials'],
    [
      'technical_identifiers',
      'Tekniska identifierare (IP- och MAC-adress, enhets-id, datornamn)',
      'Technical identifiers (IP and MAC address, device id, host name)',
    ],
    ['log_data', 'Loggar och inloggningshistorik', 'Logs and sign-in history'],
    ['location', 'Plats för utrustning och positionsuppgifter', 'Equipment location and position data'],
    ['support_content', 'Innehåll i supportärenden', 'Content of support tickets'],
    ['communication_content', 'Innehåll i e-post och filer', 'Content of e-mail and files'],
    ['images_video', 'Bilder och kamerabevakning', 'Images and video surveillance'],
    ['special_category', 'Känsliga personuppgifter (art. 9)', 'Special category data (Art. 9)', 'special'],
    ['criminal_offence', 'Personuppgifter om lagöverträdelser (art. 10)', 'Criminal offence data (Art. 10)', 'criminal'],
    ['other', 'Övriga personuppgifter', 'Other personal data'],
  ],
  recipient: [
    ['internal_staff', 'Egen personal med behörighet', 'Own authorised staff'],
    ['processor', 'Personuppgiftsbiträden', 'Processors'],
    ['subprocessor', 'Underbiträden', 'Sub-processors'],
    ['public_authority', 'Myndigheter (t.ex. Skatteverket)', 'Public authorities (e.g. the Tax Agency)'],
    ['auditor_accountant', 'Revisor och redovisningsbyrå', 'Auditor and accounting firm'],
    ['bank_payment', 'Banker och betaltjänster', 'Banks and payment services'],
    ['debt_collection', 'Inkassoföretag', 'Debt collection agencies'],
    ['customer_controller', 'Kunden som personuppgiftsansvarig', 'The customer as controller'],
    ['other_third_party', 'Annan tredje part', 'Other third party'],
  ],
  processing: [
    ['hosting_operations', 'Hosting och drift', 'Hosting and operations'],
    ['backup', 'Säkerhetskopiering', 'Backup'],
    ['remote_support', 'Fjärrsupport', 'Remote support'],
    ['monitoring', 'Övervakning av kundens system', "Monitoring of the customer's systems"],
    ['helpdesk', 'Helpdesk för kundens användare', "Helpdesk for the customer's users"],
    ['device_management', 'Enhetshantering (MDM)', 'Device management (MDM)'],
    ['email_m365_admin', 'E-postadministration och Microsoft 365', 'E-mail administration and Microsoft 365'],
    ['security_services', 'Säkerhetstjänster (EDR, SIEM)', 'Security services (EDR, SIEM)'],
  ],
};

type SeedMeasure = [code: string, sv: string, en: string];

const SEED_MEASURES: Record<'organisational' | 'technical' | 'physical', SeedMeasure[]> = {
  organisational: [
    [
      'ORG_POLICY',
      'Informationssäkerhets- och dataskyddspolicy, fastställd av ledningen',
      'Information security and data protection policy, approved by management',
    ],
    [
      'ORG_ROLES',
      'Roller och ansvar (säkerhetsansvarig, dataskyddsombud, behandlingsägare)',
      'Roles and responsibilities (security officer, DPO, activity owners)',
    ],
    ['ORG_RISK', 'Riskanalys och informationsklassning', 'Risk assessment and information classification'],
    ['ORG_ASSET_INV', 'Förteckning över tillgångar (CMDB, system, data)', 'Asset inventory (CMDB, systems, data)'],
    ['ORG_ACCESS_POLICY', 'Behörighetspolicy enligt behovsprincipen', 'Access control policy based on need-to-know and least privilege'],
    [
      'ORG_ACCESS_REVIEW',
      'Regelbunden behörighetsgranskning och rutin när personal börjar, byter roll eller slutar',
      'Regular access reviews and a joiner, mover and leaver procedure',
    ],
    ['ORG_CONFIDENTIALITY', 'Sekretessåtagande för personal och konsulter', 'Confidentiality undertakings for staff and consultants'],
    ['ORG_TRAINING', 'Utbildning och medvetenhet om dataskydd och nätfiske', 'Training and awareness on data protection and phishing'],
    [
      'ORG_SUPPLIER',
      'Leverantörsstyrning, biträdes- och underbiträdesavtal, granskning av underbiträden',
      'Supplier management, processing agreements and review of sub-processors',
    ],
    ['ORG_CHANGE', 'Ändringshantering', 'Change management'],
    [
      'ORG_INCIDENT',
      'Rutin för incidenter och personuppgiftsincidenter (anmälan inom 72 timmar)',
      'Incident and personal data breach procedure (notification within 72 hours)',
    ],
    ['ORG_BCP', 'Kontinuitets- och katastrofplan', 'Business continuity and disaster recovery plan'],
    [
      'ORG_RETENTION',
      'Gallringsrutiner enligt fastställda gallringsregler',
      'Retention and deletion procedures following set retention rules',
    ],
    ['ORG_DSR', 'Rutin för att hantera de registrerades rättigheter', "Procedure for handling data subjects' requests"],
    ['ORG_AUDIT', 'Intern uppföljning och ledningens genomgång', 'Internal audit and management review'],
    ['ORG_CERT', 'Certifieringar (t.ex. ISO/IEC 27001, ISO/IEC 27701, SOC 2)', 'Certifications (e.g. ISO/IEC 27001, ISO/IEC 27701, SOC 2)'],
    [
      'ORG_DISPOSAL',
      'Säker destruktion och avveckling av lagringsmedia och hårdvara, även hos kund',
      'Secure disposal of storage media and hardware, also at customer sites',
    ],
    ['ORG_CLEAN_DESK', 'Rutiner för tomt skrivbord, skärmlås och utskrifter', 'Clear desk, screen lock and printing routines'],
  ],
  technical: [
    ['TECH_IAM', 'Unika användarkonton och central identitetshantering', 'Unique user accounts and central identity management'],
    [
      'TECH_MFA',
      'Flerfaktorsautentisering, särskilt för administratörer och fjärråtkomst',
      'Multi-factor authentication, especially for administrators and remote access',
    ],
    ['TECH_RBAC', 'Rollbaserad behörighetsstyrning', 'Role-based access control'],
    [
      'TECH_PAM',
      'Hantering av privilegierade konton (separata administratörskonton, lösenordsvalv)',
      'Privileged access management (separate admin accounts, password vault)',
    ],
    ['TECH_PASSWORD', 'Lösenordspolicy; lösenord lagras hashade och saltade', 'Password policy; passwords stored hashed and salted'],
    ['TECH_ENC_TRANSIT', 'Kryptering vid överföring (TLS, VPN)', 'Encryption in transit (TLS, VPN)'],
    ['TECH_ENC_REST', 'Kryptering av lagrade data (diskar, databaser, säkerhetskopior)', 'Encryption at rest (disks, databases, backups)'],
    ['TECH_KEY_MGMT', 'Hantering av krypteringsnycklar', 'Encryption key management'],
    [
      'TECH_PSEUDO',
      'Pseudonymisering och maskning (t.ex. av personnummer)',
      'Pseudonymisation and masking (e.g. of personal identity numbers)',
    ],
    ['TECH_FIREWALL', 'Brandväggar och segmenterade nätverk', 'Firewalls and network segmentation'],
    ['TECH_REMOTE_ACCESS', 'Säker fjärråtkomst (RMM eller VPN med MFA, loggad)', 'Secure remote access (RMM or VPN with MFA, logged)'],
    ['TECH_ENDPOINT', 'Skydd mot skadlig kod (antivirus, EDR)', 'Protection against malware (anti-virus, EDR)'],
    ['TECH_PATCH', 'Sårbarhets- och uppdateringshantering', 'Vulnerability and patch management'],
    ['TECH_HARDENING', 'Härdning och säkra standardinställningar', 'Hardening and secure default settings'],
    [
      'TECH_LOGGING',
      'Loggning av åtkomst och händelser med regelbunden logguppföljning',
      'Access and event logging with regular log review',
    ],
    ['TECH_MONITORING', 'Övervakning och larm (SIEM, IDS)', 'Monitoring and alerting (SIEM, IDS)'],
    [
      'TECH_BACKUP',
      'Säkerhetskopiering, separat och krypterad, med kopia offline eller oföränderlig',
      'Backups, separate and encrypted, with an offline or immutable copy',
    ],
    ['TECH_RESTORE_TEST', 'Regelbundna tester av återläsning', 'Regular restore tests'],
    ['TECH_REDUNDANCY', 'Redundans och hög tillgänglighet', 'Redundancy and high availability'],
    [
      'TECH_ENV_SEPARATION',
      'Separata miljöer för utveckling, test och drift; inga skarpa personuppgifter i test',
      'Separate development, test and production environments; no real personal data in test',
    ],
    ['TECH_SECURE_DEV', 'Säker utveckling och konfiguration', 'Secure development and configuration'],
    ['TECH_PENTEST', 'Penetrationstester och sårbarhetsskanning', 'Penetration testing and vulnerability scanning'],
    [
      'TECH_MOBILE',
      'Hantering av mobila enheter (MDM, fjärradering, diskkryptering)',
      'Mobile device management (MDM, remote wipe, disk encryption)',
    ],
    ['TECH_EMAIL_SEC', 'E-postskydd (SPF, DKIM, DMARC, filtrering)', 'E-mail security (SPF, DKIM, DMARC, filtering)'],
    ['TECH_DELETION', 'Säker radering och automatiska gallringsjobb', 'Secure deletion and automatic purge jobs'],
    ['TECH_DATA_MIN', 'Dataminimering i system (fält, exporter)', 'Data minimisation in systems (fields, exports)'],
    ['TECH_PORTABILITY', 'Export av personuppgifter i strukturerat format', 'Export of personal data in a structured format'],
  ],
  physical: [
    [
      'PHYS_ACCESS',
      'Skalskydd, passerkontroll och larm för kontor och serverrum',
      'Perimeter protection, access control and alarm for offices and server rooms',
    ],
    ['PHYS_DATACENTER', 'Datacenter med certifierad fysisk säkerhet', 'Data centre with certified physical security'],
    ['PHYS_ENVIRONMENT', 'Skydd mot brand, vatten och strömavbrott (UPS)', 'Protection against fire, water and power failure (UPS)'],
    [
      'PHYS_CUSTOMER_SITE',
      'Säker placering av utrustning hos kund (låst rack eller rum)',
      'Secure placement of equipment at customer sites (locked rack or room)',
    ],
  ],
};

/** Inserts the built-in terms and measures; existing codes are left as they are. */
export function seedBuiltins(db: Db, now: string): void {
  const insertTerm = db.prepare(`INSERT INTO vocabulary_terms (kind, code, label_sv, label_en, flag, builtin, position,
      created_at, updated_at)
    VALUES (@kind, @code, @sv, @en, @flag, 1, @position, @now, @now)
    ON CONFLICT (kind, code) DO NOTHING`);
  for (const [kind, terms] of Object.entries(SEED_TERMS)) {
    terms.forEach(([code, sv, en, flag], index) => {
      insertTerm.run({ kind, code, sv, en, flag: flag ?? 'none', position: (index + 1) * 10, now });
    });
  }
  const insertMeasure = db.prepare(`INSERT INTO security_measures (code, category, label_sv, label_en, status, builtin,
      position, created_at, updated_at)
    VALUES (@code, @category, @sv, @en, 'planned', 1, @position, @now, @now)
    ON CONFLICT (code) DO NOTHING`);
  for (const [category, measures] of Object.entries(SEED_MEASURES)) {
    measures.forEach(([code, sv, en], index) => {
      insertMeasure.run({ code, category, sv, en, position: (index + 1) * 10, now });
    });
  }
}
