import type { z } from 'zod';
import type { activityFields } from '../../../shared/contract';
import type {
  ActivityStatus,
  Art10Basis,
  Art9Condition,
  DataSource,
  DpiaCriterion,
  DpiaStatus,
  LegalBasis,
  PnrJustification,
  RecipientKind,
  SpecialCategory,
  TransferMechanism,
} from '../../../shared/domain/enums';
import type { Db } from '../db/types';

export type ActivityInput = z.output<typeof activityFields>;

/** An activity as stored: its own columns and its child rows, without anything looked up elsewhere. */
export interface StoredActivity {
  id: number;
  revision: number;
  refNo: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  role: 'controller' | 'joint_controller';
  jointControllers: string;
  owner: string;
  status: ActivityStatus;
  purposes: StoredPurpose[];
  /** Data-subject and personal-data terms together (activity_terms); the service splits them by kind. */
  termIds: number[];
  specialCategories: SpecialCategory[];
  art9Conditions: Art9Condition[];
  art9Note: string;
  criminalData: boolean;
  art10Basis: Art10Basis | null;
  art10Note: string;
  personnummer: boolean;
  pnrJustification: PnrJustification | null;
  pnrNote: string;
  pnrNoteEn: string;
  noRecipients: boolean;
  recipients: { kind: RecipientKind; termId: number | null; subprocessorId: number | null; name: string }[];
  transfers: { country: string; recipient: string; mechanism: TransferMechanism; safeguards: string }[];
  systemIds: number[];
  retention: { termId: number | null; retentionRuleId: number }[];
  measureIds: number[];
  securitySummary: string;
  dataSources: DataSource[];
  dpiaStatus: DpiaStatus;
  dpiaCriteria: DpiaCriterion[];
  dpiaNote: string;
  volumeEstimate: string;
  childrenData: boolean;
  automatedDecisions: boolean;
  automatedDecisionsNote: string;
  lastReviewedAt: string | null;
  nextReviewAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPurpose {
  id: number;
  description: string;
  descriptionEn: string;
  legalBasis: LegalBasis;
  legalBasisDetail: string;
  legalBasisDetailEn: string;
  liaText: string;
  liaTextEn: string;
  basisScopeSv: string;
  basisScopeEn: string;
  moreBases: { legalBasis: LegalBasis; scopeSv: string; scopeEn: string; detail: string }[];
}

interface PurposeRow {
  id: number;
  activity_id: number;
  description: string;
  description_en: string;
  legal_basis: LegalBasis;
  legal_basis_detail: string;
  legal_basis_detail_en: string;
  lia_text: string;
  lia_text_en: string;
  basis_scope_sv: string;
  basis_scope_en: string;
  more_bases: string;
}

interface ActivityRow {
  id: number;
  revision: number;
  ref_no: string;
  name: string;
  name_en: string;
  description: string;
  description_en: string;
  role: 'controller' | 'joint_controller';
  joint_controllers: string;
  owner: string;
  status: ActivityStatus;
  special_categories: string;
  art9_conditions: string;
  art9_note: string;
  criminal_data: 0 | 1;
  art10_basis: Art10Basis | null;
  art10_note: string;
  personnummer: 0 | 1;
  pnr_justification: PnrJustification | null;
  pnr_note: string;
  pnr_note_en: string;
  no_recipients: 0 | 1;
  data_sources: string;
  dpia_status: DpiaStatus;
  dpia_criteria: string;
  dpia_note: string;
  security_summary: string;
  volume_estimate: string;
  children_data: 0 | 1;
  automated_decisions: 0 | 1;
  automated_decisions_note: string;
  last_reviewed_at: string | null;
  next_review_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Fields whose values are stored as written (what the main row needs beyond the child tables). */
export type ActivityRowFields = Omit<
  ActivityInput,
  'purposes' | 'dataSubjectTermIds' | 'personalDataTermIds' | 'recipients' | 'transfers' | 'systemIds' | 'retention' | 'measureIds'
>;

export interface ActivityChildren {
  purposes: ActivityInput['purposes'];
  termIds: number[];
  recipients: ActivityInput['recipients'];
  transfers: ActivityInput['transfers'];
  systemIds: number[];
  retention: ActivityInput['retention'];
  measureIds: number[];
}

function toParams(f: ActivityRowFields, searchText: string, now: string) {
  return {
    refNo: f.refNo,
    name: f.name,
    nameEn: f.nameEn,
    description: f.description,
    descriptionEn: f.descriptionEn,
    role: f.role,
    jointControllers: f.jointControllers,
    owner: f.owner,
    status: f.status,
    specialCategories: JSON.stringify(f.specialCategories),
    art9Conditions: JSON.stringify(f.art9Conditions),
    art9Note: f.art9Note,
    criminalData: f.criminalData ? 1 : 0,
    art10Basis: f.art10Basis,
    art10Note: f.art10Note,
    personnummer: f.personnummer ? 1 : 0,
    pnrJustification: f.pnrJustification,
    pnrNote: f.pnrNote,
    pnrNoteEn: f.pnrNoteEn,
    noRecipients: f.noRecipients ? 1 : 0,
    dataSources: JSON.stringify(f.dataSources),
    dpiaStatus: f.dpiaStatus,
    dpiaCriteria: JSON.stringify(f.dpiaCriteria),
    dpiaNote: f.dpiaNote,
    securitySummary: f.securitySummary,
    volumeEstimate: f.volumeEstimate,
    childrenData: f.childrenData ? 1 : 0,
    automatedDecisions: f.automatedDecisions ? 1 : 0,
    automatedDecisionsNote: f.automatedDecisionsNote,
    lastReviewedAt: f.lastReviewedAt,
    nextReviewAt: f.nextReviewAt,
    searchText,
    now,
  };
}

const idList = (ids: readonly number[]) => JSON.stringify(ids);

function grouped<R extends { activity_id: number }>(rows: R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const list = out.get(r.activity_id);
    if (list) list.push(r);
    else out.set(r.activity_id, [r]);
  }
  return out;
}

export function createActivitiesRepo(db: Db) {
  const COLUMNS = `ref_no, name, description, role, joint_controllers, owner, status, special_categories,
    art9_conditions, art9_note, criminal_data, art10_basis, art10_note, personnummer, pnr_justification, pnr_note,
    data_sources, dpia_status, dpia_criteria, dpia_note, security_summary, volume_estimate, children_data,
    automated_decisions, automated_decisions_note, last_reviewed_at, next_review_at, search_text, name_en, description_en,
    no_recipients, pnr_note_en`;
  const VALUES = `@refNo, @name, @description, @role, @jointControllers, @owner, @status, @specialCategories,
    @art9Conditions, @art9Note, @criminalData, @art10Basis, @art10Note, @personnummer, @pnrJustification, @pnrNote,
    @dataSources, @dpiaStatus, @dpiaCriteria, @dpiaNote, @securitySummary, @volumeEstimate, @childrenData,
    @automatedDecisions, @automatedDecisionsNote, @lastReviewedAt, @nextReviewAt, @searchText, @nameEn, @descriptionEn,
    @noRecipients, @pnrNoteEn`;
  const insert = db.prepare(`INSERT INTO activities (${COLUMNS}, created_at, updated_at) VALUES (${VALUES}, @now, @now)`);
  const update = db.prepare(`UPDATE activities SET revision = revision + 1, (${COLUMNS}, updated_at) = (${VALUES}, @now)
    WHERE id = @id AND revision = @revision`);
  const setStatus = db.prepare(`UPDATE activities SET revision = revision + 1, status = @status, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM activities WHERE id = ? AND revision = ?');
  const exists = db.prepare('SELECT 1 FROM activities WHERE id = ?');

  const selectRows = db.prepare('SELECT * FROM activities WHERE id IN (SELECT value FROM json_each(?))');
  const selectIds = db.prepare(`SELECT id FROM activities
    WHERE (@includeArchived = 1 OR status <> 'archived') AND (@pattern IS NULL OR search_text LIKE @pattern ESCAPE '\\')`);
  const selectPurposes = db.prepare(`SELECT id, activity_id, description, description_en, legal_basis, legal_basis_detail,
    legal_basis_detail_en, lia_text, lia_text_en, basis_scope_sv, basis_scope_en, more_bases
    FROM activity_purposes WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY activity_id, position, id`);
  const selectTerms = db.prepare('SELECT activity_id, term_id FROM activity_terms WHERE activity_id IN (SELECT value FROM json_each(?))');
  const selectRecipients = db.prepare(`SELECT activity_id, kind, term_id, subprocessor_id, name FROM activity_recipients
    WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY activity_id, position, id`);
  const selectTransfers = db.prepare(`SELECT activity_id, country, recipient, mechanism, safeguards FROM activity_transfers
    WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY activity_id, position, id`);
  const selectSystems = db.prepare(
    'SELECT activity_id, system_id FROM activity_systems WHERE activity_id IN (SELECT value FROM json_each(?))',
  );
  const selectMeasures = db.prepare(
    'SELECT activity_id, measure_id FROM activity_measures WHERE activity_id IN (SELECT value FROM json_each(?))',
  );
  const selectRetention = db.prepare(`SELECT activity_id, term_id, retention_rule_id FROM activity_retention
    WHERE activity_id IN (SELECT value FROM json_each(?)) ORDER BY activity_id, id`);

  const deleteChildren = [
    'activity_purposes',
    'activity_terms',
    'activity_recipients',
    'activity_transfers',
    'activity_systems',
    'activity_measures',
    'activity_retention',
  ].map((table) => db.prepare(`DELETE FROM ${table} WHERE activity_id = ?`));
  const insertPurpose = db.prepare(`INSERT INTO activity_purposes (activity_id, position, description, description_en,
    legal_basis, legal_basis_detail, legal_basis_detail_en, lia_text, lia_text_en, basis_scope_sv, basis_scope_en, more_bases)
    VALUES (@activityId, @position, @description, @descriptionEn, @legalBasis, @legalBasisDetail, @legalBasisDetailEn,
      @liaText, @liaTextEn, @basisScopeSv, @basisScopeEn, @moreBases)`);
  const insertTerm = db.prepare('INSERT OR IGNORE INTO activity_terms (activity_id, term_id) VALUES (?, ?)');
  const insertRecipient = db.prepare(`INSERT INTO activity_recipients (activity_id, position, kind, term_id,
    subprocessor_id, name) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertTransfer = db.prepare(`INSERT INTO activity_transfers (activity_id, position, country, recipient,
    mechanism, safeguards) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertSystem = db.prepare('INSERT OR IGNORE INTO activity_systems (activity_id, system_id) VALUES (?, ?)');
  const insertMeasure = db.prepare('INSERT OR IGNORE INTO activity_measures (activity_id, measure_id) VALUES (?, ?)');
  // UNIQUE does not treat two NULL term ids as equal, so "all data" links are deduplicated here.
  const insertRetention = db.prepare(`INSERT INTO activity_retention (activity_id, term_id, retention_rule_id)
    SELECT @activityId, @termId, @ruleId WHERE NOT EXISTS (SELECT 1 FROM activity_retention
      WHERE activity_id = @activityId AND term_id IS @termId AND retention_rule_id = @ruleId)`);

  /** Replaces every child row of the activity (the caller holds the transaction). */
  function writeChildren(id: number, c: ActivityChildren): void {
    for (const stmt of deleteChildren) stmt.run(id);
    c.purposes.forEach((p, i) =>
      insertPurpose.run({
        activityId: id,
        position: i,
        description: p.description,
        descriptionEn: p.descriptionEn,
        legalBasis: p.legalBasis,
        legalBasisDetail: p.legalBasisDetail,
        legalBasisDetailEn: p.legalBasisDetailEn,
        liaText: p.liaText,
        liaTextEn: p.liaTextEn,
        basisScopeSv: p.basisScopeSv,
        basisScopeEn: p.basisScopeEn,
        moreBases: JSON.stringify(p.moreBases),
      }),
    );
    for (const termId of c.termIds) insertTerm.run(id, termId);
    c.recipients.forEach((r, i) => insertRecipient.run(id, i, r.kind, r.termId, r.subprocessorId, r.name));
    c.transfers.forEach((t, i) => insertTransfer.run(id, i, t.country, t.recipient, t.mechanism, t.safeguards));
    for (const systemId of c.systemIds) insertSystem.run(id, systemId);
    for (const measureId of c.measureIds) insertMeasure.run(id, measureId);
    for (const r of c.retention) insertRetention.run({ activityId: id, termId: r.termId, ruleId: r.retentionRuleId });
  }

  /** Full stored records for the ids, keyed by id (one query per table, whatever the count). */
  function loadMany(ids: readonly number[]): Map<number, StoredActivity> {
    const out = new Map<number, StoredActivity>();
    if (ids.length === 0) return out;
    const list = idList(ids);
    const purposes = grouped(selectPurposes.all(list) as PurposeRow[]);
    const terms = grouped(selectTerms.all(list) as { activity_id: number; term_id: number }[]);
    const recipients = grouped(
      selectRecipients.all(list) as {
        activity_id: number;
        kind: RecipientKind;
        term_id: number | null;
        subprocessor_id: number | null;
        name: string;
      }[],
    );
    const transfers = grouped(
      selectTransfers.all(list) as {
        activity_id: number;
        country: string;
        recipient: string;
        mechanism: TransferMechanism;
        safeguards: string;
      }[],
    );
    const systems = grouped(selectSystems.all(list) as { activity_id: number; system_id: number }[]);
    const measures = grouped(selectMeasures.all(list) as { activity_id: number; measure_id: number }[]);
    const retention = grouped(selectRetention.all(list) as { activity_id: number; term_id: number | null; retention_rule_id: number }[]);
    for (const r of selectRows.all(list) as ActivityRow[]) {
      out.set(r.id, {
        id: r.id,
        revision: r.revision,
        refNo: r.ref_no,
        name: r.name,
        nameEn: r.name_en,
        description: r.description,
        descriptionEn: r.description_en,
        role: r.role,
        jointControllers: r.joint_controllers,
        owner: r.owner,
        status: r.status,
        purposes: (purposes.get(r.id) ?? []).map((p) => ({
          id: p.id,
          description: p.description,
          descriptionEn: p.description_en,
          legalBasis: p.legal_basis,
          legalBasisDetail: p.legal_basis_detail,
          legalBasisDetailEn: p.legal_basis_detail_en,
          liaText: p.lia_text,
          liaTextEn: p.lia_text_en,
          basisScopeSv: p.basis_scope_sv,
          basisScopeEn: p.basis_scope_en,
          moreBases: JSON.parse(p.more_bases) as StoredPurpose['moreBases'],
        })),
        termIds: (terms.get(r.id) ?? []).map((t) => t.term_id),
        specialCategories: JSON.parse(r.special_categories) as SpecialCategory[],
        art9Conditions: JSON.parse(r.art9_conditions) as Art9Condition[],
        art9Note: r.art9_note,
        criminalData: r.criminal_data === 1,
        art10Basis: r.art10_basis,
        art10Note: r.art10_note,
        personnummer: r.personnummer === 1,
        pnrJustification: r.pnr_justification,
        pnrNote: r.pnr_note,
        pnrNoteEn: r.pnr_note_en,
        noRecipients: r.no_recipients === 1,
        recipients: (recipients.get(r.id) ?? []).map((x) => ({
          kind: x.kind,
          termId: x.term_id,
          subprocessorId: x.subprocessor_id,
          name: x.name,
        })),
        transfers: (transfers.get(r.id) ?? []).map((t) => ({
          country: t.country,
          recipient: t.recipient,
          mechanism: t.mechanism,
          safeguards: t.safeguards,
        })),
        systemIds: (systems.get(r.id) ?? []).map((s) => s.system_id),
        retention: (retention.get(r.id) ?? []).map((x) => ({ termId: x.term_id, retentionRuleId: x.retention_rule_id })),
        measureIds: (measures.get(r.id) ?? []).map((m) => m.measure_id),
        securitySummary: r.security_summary,
        dataSources: JSON.parse(r.data_sources) as DataSource[],
        dpiaStatus: r.dpia_status,
        dpiaCriteria: JSON.parse(r.dpia_criteria) as DpiaCriterion[],
        dpiaNote: r.dpia_note,
        volumeEstimate: r.volume_estimate,
        childrenData: r.children_data === 1,
        automatedDecisions: r.automated_decisions === 1,
        automatedDecisionsNote: r.automated_decisions_note,
        lastReviewedAt: r.last_reviewed_at,
        nextReviewAt: r.next_review_at,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      });
    }
    return out;
  }

  return {
    get: (id: number): StoredActivity | null => loadMany([id]).get(id) ?? null,
    loadMany,
    exists: (id: number): boolean => exists.get(id) !== undefined,
    /** Ids of activities matching a LIKE pattern over the search text (null: all). */
    ids(includeArchived: boolean, pattern: string | null): number[] {
      return (selectIds.all({ includeArchived: includeArchived ? 1 : 0, pattern }) as { id: number }[]).map((r) => r.id);
    },
    insert(f: ActivityRowFields, children: ActivityChildren, searchText: string, now: string): number {
      const id = Number(insert.run(toParams(f, searchText, now)).lastInsertRowid);
      writeChildren(id, children);
      return id;
    },
    /** Returns false when the revision is stale (or the row is gone); then nothing is written. */
    update(id: number, revision: number, f: ActivityRowFields, children: ActivityChildren, searchText: string, now: string): boolean {
      if (update.run({ ...toParams(f, searchText, now), id, revision }).changes !== 1) return false;
      writeChildren(id, children);
      return true;
    },
    setStatus(id: number, revision: number, status: ActivityStatus, now: string): boolean {
      return setStatus.run({ id, revision, status, now }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
  };
}

export type ActivitiesRepo = ReturnType<typeof createActivitiesRepo>;
