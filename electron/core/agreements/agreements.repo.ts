import type { AgreementStatus, AttachmentType } from '../../../shared/contract';
import type { Db } from '../db/types';

export interface AgreementRecord {
  id: number;
  revision: number;
  customerId: number;
  customerName: string;
  version: number;
  lang: 'sv' | 'en';
  status: AgreementStatus;
  sentOn: string | null;
  signedOn: string | null;
  effectiveOn: string | null;
  terminatedOn: string | null;
  signingPlace: string;
  processorSignatoryName: string;
  processorSignatoryTitle: string;
  controllerSignatoryName: string;
  controllerSignatoryTitle: string;
  noticeDays: number;
  notes: string;
  templateVersion: number;
  documentSha256: string;
  documentSize: number;
  generatedAt: string;
  basisHash: string;
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewAgreement {
  customerId: number;
  version: number;
  lang: 'sv' | 'en';
  effectiveOn: string | null;
  signingPlace: string;
  processorSignatoryName: string;
  processorSignatoryTitle: string;
  controllerSignatoryName: string;
  controllerSignatoryTitle: string;
  noticeDays: number;
  notes: string;
  templateVersion: number;
  document: Uint8Array;
  documentSha256: string;
  generatedAt: string;
  basisHash: string;
}

export interface AttachmentRecord {
  id: number;
  agreementId: number;
  fileName: string;
  mime: AttachmentType;
  size: number;
  sha256: string;
  createdAt: string;
}

/** Where a customer stands with its agreement on a day: what the attention list reads (issue 17). */
export interface AgreementStanding {
  customerId: number;
  customerName: string;
  customerStatus: 'active' | 'ended';
  contractEnd: string | null;
  /** A subscription is active on the day (started, not ended). */
  subscribed: boolean;
  /** The day the last subscription ends; null when one runs without an end, or there is none. */
  lastSubscriptionEnd: string | null;
  /** The newest draft, sent or signed version. */
  current: { id: number; version: number; status: 'draft' | 'sent' | 'signed'; sentOn: string | null } | null;
  /** The signed version (signing supersedes the others, so at most one). */
  signed: { id: number; version: number } | null;
}

/** The same version in another language: its own document and hash. */
export interface VariantRecord {
  lang: 'sv' | 'en';
  sha256: string;
  generatedAt: string;
}

/** A customer's signed version: what its notice period for sub-processor changes comes from. */
export interface SignedAgreement {
  customerId: number;
  id: number;
  version: number;
  lang: 'sv' | 'en';
  signedOn: string | null;
  noticeDays: number;
}

/** A customer's current agreement: its newest draft, sent or signed version. */
export interface CurrentAgreement {
  customerId: number;
  id: number;
  version: number;
  status: 'draft' | 'sent' | 'signed';
  sentOn: string | null;
  signedOn: string | null;
  generatedAt: string;
  basisHash: string;
  createdAt: string;
}

interface AgreementRow {
  id: number;
  revision: number;
  customer_id: number;
  customer_name: string;
  version: number;
  lang: 'sv' | 'en';
  status: AgreementStatus;
  sent_on: string | null;
  signed_on: string | null;
  effective_on: string | null;
  terminated_on: string | null;
  signing_place: string;
  processor_signatory_name: string;
  processor_signatory_title: string;
  controller_signatory_name: string;
  controller_signatory_title: string;
  notice_days: number;
  notes: string;
  template_version: number;
  document_sha256: string;
  document_size: number;
  generated_at: string;
  basis_hash: string;
  attachment_count: number;
  created_at: string;
  updated_at: string;
}

interface AttachmentRow {
  id: number;
  agreement_id: number;
  file_name: string;
  mime: AttachmentType;
  size: number;
  sha256: string;
  created_at: string;
}

interface StandingRow {
  customer_id: number;
  customer_name: string;
  customer_status: 'active' | 'ended';
  contract_end: string | null;
  subscribed: 0 | 1;
  last_end: string | null;
  current_id: number | null;
  current_version: number | null;
  current_status: 'draft' | 'sent' | 'signed' | null;
  current_sent_on: string | null;
  signed_id: number | null;
  signed_version: number | null;
}

interface CurrentRow {
  customer_id: number;
  id: number;
  version: number;
  status: CurrentAgreement['status'];
  sent_on: string | null;
  signed_on: string | null;
  generated_at: string;
  basis_hash: string;
  created_at: string;
}

/** Every column but the document bytes (lists and reads never load those). */
const COLUMNS = `a.id, a.revision, a.customer_id, c.name AS customer_name, a.version, a.lang, a.status, a.sent_on,
  a.signed_on, a.effective_on, a.terminated_on, a.signing_place, a.processor_signatory_name, a.processor_signatory_title,
  a.controller_signatory_name, a.controller_signatory_title, a.notice_days, a.notes, a.template_version, a.document_sha256,
  length(a.document) AS document_size, a.generated_at, a.basis_hash,
  (SELECT count(*) FROM agreement_attachments t WHERE t.agreement_id = a.id) AS attachment_count, a.created_at, a.updated_at`;

const ATTACHMENT_COLUMNS = 'id, agreement_id, file_name, mime, size, sha256, created_at';

const CURRENT_COLUMNS =
  'c.id AS customer_id, a.id, a.version, a.status, a.sent_on, a.signed_on, a.generated_at, a.basis_hash, a.created_at';

function toAgreement(r: AgreementRow): AgreementRecord {
  return {
    id: r.id,
    revision: r.revision,
    customerId: r.customer_id,
    customerName: r.customer_name,
    version: r.version,
    lang: r.lang,
    status: r.status,
    sentOn: r.sent_on,
    signedOn: r.signed_on,
    effectiveOn: r.effective_on,
    terminatedOn: r.terminated_on,
    signingPlace: r.signing_place,
    processorSignatoryName: r.processor_signatory_name,
    processorSignatoryTitle: r.processor_signatory_title,
    controllerSignatoryName: r.controller_signatory_name,
    controllerSignatoryTitle: r.controller_signatory_title,
    noticeDays: r.notice_days,
    notes: r.notes,
    templateVersion: r.template_version,
    documentSha256: r.document_sha256,
    documentSize: r.document_size,
    generatedAt: r.generated_at,
    basisHash: r.basis_hash,
    attachmentCount: r.attachment_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toAttachment(r: AttachmentRow): AttachmentRecord {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    createdAt: r.created_at,
  };
}

function toCurrent(r: CurrentRow): CurrentAgreement {
  return {
    customerId: r.customer_id,
    id: r.id,
    version: r.version,
    status: r.status,
    sentOn: r.sent_on,
    signedOn: r.signed_on,
    generatedAt: r.generated_at,
    basisHash: r.basis_hash,
    createdAt: r.created_at,
  };
}

/** The newest draft, sent or signed version of a customer (SQL fragment; `c` is the customer). */
export const CURRENT_AGREEMENT_ID = `(SELECT x.id FROM agreements x WHERE x.customer_id = c.id
  AND x.status IN ('draft', 'sent', 'signed') ORDER BY x.version DESC LIMIT 1)`;

export function createAgreementsRepo(db: Db) {
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM agreements a JOIN customers c ON c.id = a.customer_id WHERE a.id = ?`);
  const selectByCustomer = db.prepare(`SELECT ${COLUMNS} FROM agreements a JOIN customers c ON c.id = a.customer_id
    WHERE a.customer_id = ? ORDER BY a.version DESC`);
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM agreements a JOIN customers c ON c.id = a.customer_id
    ORDER BY c.sort_key, c.id, a.version DESC`);
  const selectDocument = db.prepare('SELECT document FROM agreements WHERE id = ?');
  const selectMaxVersion = db.prepare('SELECT max(version) AS v FROM agreements WHERE customer_id = ?');
  const selectLatest = db.prepare(`SELECT ${COLUMNS} FROM agreements a JOIN customers c ON c.id = a.customer_id
    WHERE a.customer_id = ? ORDER BY a.version DESC LIMIT 1`);
  const insert = db.prepare(`INSERT INTO agreements (customer_id, version, lang, status, effective_on, signing_place,
      processor_signatory_name, processor_signatory_title, controller_signatory_name, controller_signatory_title,
      notice_days, notes, template_version, document, document_sha256, generated_at, basis_hash, created_at, updated_at)
    VALUES (@customerId, @version, @lang, 'draft', @effectiveOn, @signingPlace, @processorSignatoryName,
      @processorSignatoryTitle, @controllerSignatoryName, @controllerSignatoryTitle, @noticeDays, @notes,
      @templateVersion, @document, @documentSha256, @generatedAt, @basisHash, @now, @now)`);
  const setStatus = db.prepare(`UPDATE agreements SET revision = revision + 1, status = @status,
      sent_on = coalesce(@sentOn, sent_on), signed_on = coalesce(@signedOn, signed_on),
      terminated_on = coalesce(@terminatedOn, terminated_on), updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const supersede = db.prepare(`UPDATE agreements SET revision = revision + 1, status = 'superseded', updated_at = @now
    WHERE customer_id = @customerId AND id <> @id AND status IN ('draft', 'sent', 'signed')`);
  const update = db.prepare(`UPDATE agreements SET revision = revision + 1, notes = @notes,
      effective_on = @effectiveOn, updated_at = @now WHERE id = @id AND revision = @revision`);
  const touch = db.prepare('UPDATE agreements SET revision = revision + 1, updated_at = @now WHERE id = @id AND revision = @revision');
  const selectAttachments = db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM agreement_attachments WHERE agreement_id = ? ORDER BY id`);
  const selectAttachment = db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM agreement_attachments WHERE id = ?`);
  const selectAttachmentData = db.prepare('SELECT data FROM agreement_attachments WHERE id = ?');
  const insertAttachment = db.prepare(`INSERT INTO agreement_attachments (agreement_id, file_name, mime, size, sha256,
      data, created_at) VALUES (@agreementId, @fileName, @mime, @size, @sha256, @data, @now)`);
  const deleteAttachment = db.prepare('DELETE FROM agreement_attachments WHERE id = ? AND agreement_id = ?');
  const selectCurrent = db.prepare(`SELECT ${CURRENT_COLUMNS} FROM customers c JOIN agreements a ON a.id = ${CURRENT_AGREEMENT_ID}`);
  const selectCurrentOf = db.prepare(`SELECT ${CURRENT_COLUMNS} FROM customers c JOIN agreements a ON a.id = ${CURRENT_AGREEMENT_ID}
    WHERE c.id IN (SELECT value FROM json_each(?))`);
  // Signing supersedes the customer's other versions, so a customer has at most one signed.
  const selectSigned = db.prepare(`SELECT customer_id AS customerId, id, version, lang, signed_on AS signedOn,
      notice_days AS noticeDays FROM agreements WHERE status = 'signed' ORDER BY customer_id, version DESC`);
  const selectVariants = db.prepare(`SELECT lang, document_sha256 AS sha256, generated_at AS generatedAt
    FROM agreement_variants WHERE agreement_id = ? ORDER BY lang`);
  const selectVariantDocument = db.prepare('SELECT document FROM agreement_variants WHERE agreement_id = ? AND lang = ?');
  const insertVariant = db.prepare(`INSERT INTO agreement_variants (agreement_id, lang, document, document_sha256, generated_at)
    VALUES (@agreementId, @lang, @document, @sha256, @generatedAt)`);
  const selectCustomer = db.prepare('SELECT id, name FROM customers WHERE id = ?');
  const selectActiveCustomers = db.prepare(`SELECT c.id FROM customers c WHERE c.archived_at IS NULL
      AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id AND s.start_date <= @today
        AND (s.end_date IS NULL OR s.end_date >= @today))
    ORDER BY c.sort_key, c.id`);
  const selectCustomersByIds = db.prepare(`SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))
    ORDER BY c.sort_key, c.id`);
  const selectFirstContact = db.prepare(`SELECT name, role FROM contact_persons WHERE customer_id = ?
    ORDER BY position, id LIMIT 1`);
  const changeStamp = db.prepare('SELECT total_changes() AS n');
  // What the annexes are built from, register-wide: services (with their links), sub-processors,
  // measures, vocabulary terms, retention rules and their events. Each bumps updated_at on every change. Built-in
  // rows never changed are left out: they are as old as the register, but stamped with the time
  // the schema was created, which need not be on the register's clock.
  const selectLastChange = db.prepare(`SELECT max(t) AS t FROM (
      SELECT max(updated_at) AS t FROM services UNION ALL SELECT max(updated_at) FROM subprocessors
      UNION ALL SELECT max(updated_at) FROM security_measures WHERE NOT (builtin = 1 AND revision = 1)
      UNION ALL SELECT max(updated_at) FROM vocabulary_terms WHERE NOT (builtin = 1 AND revision = 1)
      UNION ALL SELECT max(updated_at) FROM retention_rules UNION ALL SELECT max(updated_at) FROM retention_events
      UNION ALL SELECT max(updated_at) FROM change_notices
      -- A sub-processor change reaches Bilaga 2 on its effective date, with no write that day.
      UNION ALL SELECT max(effective_date) FROM change_notices WHERE effective_date <= @today)`);
  // A fingerprint of those tables and the subscriptions: any insert, update or delete changes it.
  const part = (table: string) =>
    `(SELECT count(*) || ',' || total(revision) || ',' || total(id) || ',' || ifnull(max(updated_at), '') FROM ${table})`;
  const selectBasisStamp = db.prepare(
    `SELECT ${[
      'services',
      'subprocessors',
      'security_measures',
      'vocabulary_terms',
      'retention_rules',
      'retention_events',
      'subscriptions',
      // Its services are written with a new revision of the notice.
      'change_notices',
    ]
      .map(part)
      .join(" || '|' || ")} AS stamp`,
  );
  // The customer's own part: a subscription written since, or one that started or ended since.
  const selectSubscriptionsChanged = db.prepare(`SELECT EXISTS (SELECT 1 FROM subscriptions s
      WHERE s.customer_id = @customerId AND (s.updated_at >= @generatedAt
        OR (s.start_date > @generatedOn AND s.start_date <= @today) OR (s.end_date >= @generatedOn AND s.end_date < @today))) AS changed`);
  const countAll = db.prepare('SELECT count(*) AS n FROM agreements');
  const countSubscriptions = db.prepare('SELECT count(*) AS n FROM subscriptions');
  // Every customer not archived, in one pass (the attention list reads it on each call).
  const selectStandings = db.prepare(`SELECT c.id AS customer_id, c.name AS customer_name, c.status AS customer_status,
      c.contract_end, EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id AND s.start_date <= @on
        AND (s.end_date IS NULL OR s.end_date >= @on)) AS subscribed,
      (SELECT CASE WHEN count(*) = count(s.end_date) THEN max(s.end_date) END FROM subscriptions s
        WHERE s.customer_id = c.id) AS last_end,
      a.id AS current_id, a.version AS current_version, a.status AS current_status, a.sent_on AS current_sent_on,
      g.id AS signed_id, g.version AS signed_version
    FROM customers c
    LEFT JOIN agreements a ON a.id = ${CURRENT_AGREEMENT_ID}
    LEFT JOIN agreements g ON g.id = (SELECT y.id FROM agreements y WHERE y.customer_id = c.id AND y.status = 'signed'
      ORDER BY y.version DESC LIMIT 1)
    WHERE c.archived_at IS NULL
    ORDER BY c.sort_key, c.id`);

  return {
    get(id: number): AgreementRecord | null {
      const r = selectOne.get(id) as AgreementRow | undefined;
      return r ? toAgreement(r) : null;
    },
    list(customerId?: number): AgreementRecord[] {
      return ((customerId === undefined ? selectAll.all() : selectByCustomer.all(customerId)) as AgreementRow[]).map(toAgreement);
    },
    latest(customerId: number): AgreementRecord | null {
      const r = selectLatest.get(customerId) as AgreementRow | undefined;
      return r ? toAgreement(r) : null;
    },
    /** The stored DOCX, byte for byte. */
    document: (id: number): Buffer | null => (selectDocument.get(id) as { document: Buffer } | undefined)?.document ?? null,
    nextVersion: (customerId: number): number => ((selectMaxVersion.get(customerId) as { v: number | null }).v ?? 0) + 1,
    insert: (a: NewAgreement, now: string): number => Number(insert.run({ ...a, now }).lastInsertRowid),
    /** False when the revision is stale (or the row is gone). Dates left null keep their value. */
    setStatus(
      id: number,
      revision: number,
      status: AgreementStatus,
      dates: { sentOn?: string; signedOn?: string; terminatedOn?: string },
      now: string,
    ): boolean {
      const params = {
        id,
        revision,
        status,
        sentOn: dates.sentOn ?? null,
        signedOn: dates.signedOn ?? null,
        terminatedOn: dates.terminatedOn ?? null,
        now,
      };
      return setStatus.run(params).changes === 1;
    },
    /** Marks the customer's other draft, sent and signed versions superseded. */
    supersedeOthers: (customerId: number, id: number, now: string): number => supersede.run({ customerId, id, now }).changes,
    update: (id: number, revision: number, notes: string, effectiveOn: string | null, now: string): boolean =>
      update.run({ id, revision, notes, effectiveOn, now }).changes === 1,
    /** A new revision without other changes (an attachment was added or removed). */
    touch: (id: number, revision: number, now: string): boolean => touch.run({ id, revision, now }).changes === 1,
    attachments: (agreementId: number): AttachmentRecord[] => (selectAttachments.all(agreementId) as AttachmentRow[]).map(toAttachment),
    attachment(id: number): AttachmentRecord | null {
      const r = selectAttachment.get(id) as AttachmentRow | undefined;
      return r ? toAttachment(r) : null;
    },
    attachmentData: (id: number): Buffer | null => (selectAttachmentData.get(id) as { data: Buffer } | undefined)?.data ?? null,
    insertAttachment(a: Omit<AttachmentRecord, 'id' | 'createdAt'> & { data: Uint8Array }, now: string): number {
      return Number(insertAttachment.run({ ...a, now }).lastInsertRowid);
    },
    deleteAttachment: (id: number, agreementId: number): boolean => deleteAttachment.run(id, agreementId).changes === 1,
    variants: (agreementId: number): VariantRecord[] => selectVariants.all(agreementId) as VariantRecord[],
    /** A language variant's stored DOCX, byte for byte. */
    variantDocument: (agreementId: number, lang: string): Buffer | null =>
      (selectVariantDocument.get(agreementId, lang) as { document: Buffer } | undefined)?.document ?? null,
    insertVariant(v: { agreementId: number; lang: 'sv' | 'en'; document: Uint8Array; sha256: string; generatedAt: string }): void {
      insertVariant.run(v);
    },
    /** Current agreements of all customers, or of the given ones. */
    current(customerIds?: readonly number[]): CurrentAgreement[] {
      const rows = customerIds === undefined ? selectCurrent.all() : selectCurrentOf.all(JSON.stringify(customerIds));
      return (rows as CurrentRow[]).map(toCurrent);
    },
    /** The signed version of every customer that has one. */
    signed: (): SignedAgreement[] => selectSigned.all() as SignedAgreement[],
    customer: (id: number): { id: number; name: string } | null =>
      (selectCustomer.get(id) as { id: number; name: string } | undefined) ?? null,
    firstContact: (customerId: number): { name: string; role: string } | null =>
      (selectFirstContact.get(customerId) as { name: string; role: string } | undefined) ?? null,
    /** Non-archived customers with a subscription active on `today`, by name. */
    activeCustomerIds: (today: string): number[] => (selectActiveCustomers.all({ today }) as { id: number }[]).map((r) => r.id),
    /** The given customers that exist, by name. */
    existingCustomerIds: (ids: readonly number[]): number[] =>
      (selectCustomersByIds.all(JSON.stringify(ids)) as { id: number }[]).map((r) => r.id),
    /** Changes whenever a record the annexes are built from is written or deleted. */
    basisStamp: (): string => (selectBasisStamp.get() as { stamp: string }).stamp,
    /** The latest updated_at among the register-wide records the annexes are built from. */
    lastBasisChange: (today: string): string => (selectLastChange.get({ today }) as { t: string | null }).t ?? '',
    /** Has a subscription of the customer been written since `at`, or started or ended since the day `on`? */
    subscriptionsChangedSince: (customerId: number, at: string, on: string, today: string): boolean =>
      (selectSubscriptionsChanged.get({ customerId, generatedAt: at, generatedOn: on, today }) as { changed: 0 | 1 }).changed === 1,
    /** Goes up with every row this connection writes: cached derived values are stale when it moves. */
    changeStamp: (): number => (changeStamp.get() as { n: number }).n,
    count: (): number => (countAll.get() as { n: number }).n,
    subscriptionCount: (): number => (countSubscriptions.get() as { n: number }).n,
    /** Every customer not archived, with its subscriptions on `on` and its current and signed versions. */
    standings: (on: string): AgreementStanding[] =>
      (selectStandings.all({ on }) as StandingRow[]).map((r) => ({
        customerId: r.customer_id,
        customerName: r.customer_name,
        customerStatus: r.customer_status,
        contractEnd: r.contract_end,
        subscribed: r.subscribed === 1,
        lastSubscriptionEnd: r.last_end,
        current:
          r.current_id === null
            ? null
            : { id: r.current_id, version: r.current_version!, status: r.current_status!, sentOn: r.current_sent_on },
        signed: r.signed_id === null ? null : { id: r.signed_id, version: r.signed_version! },
      })),
  };
}

export type AgreementsRepo = ReturnType<typeof createAgreementsRepo>;
