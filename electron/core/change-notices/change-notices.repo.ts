import type { ChangeDecision, ChangeKind, ObjectionResolution, SentVia } from '../../../shared/contract';
import type { Db } from '../db/types';

/** A change notice as stored, with its services. */
export interface NoticeRecord {
  id: number;
  revision: number;
  kind: ChangeKind;
  subprocessorId: number;
  replacedSubprocessorId: number | null;
  serviceIds: number[];
  changeSv: string;
  changeEn: string;
  reason: string;
  reasonEn: string;
  effectiveDate: string | null;
  decidedBy: string;
  decision: ChangeDecision;
  decisionNote: string;
  earlyReason: string;
  proposed: boolean;
  createdAt: string;
  updatedAt: string;
}

export type NoticeWrite = Omit<NoticeRecord, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

/** What is recorded for one customer of a notice. */
export interface RecipientRecord {
  id: number;
  revision: number;
  noticeId: number;
  customerId: number;
  sentOn: string | null;
  sentVia: SentVia | null;
  agreementId: number | null;
  noticeDays: number | null;
  response: 'none' | 'accepted' | 'objected';
  respondedOn: string | null;
  objectionText: string;
  resolution: ObjectionResolution | null;
  resolvedOn: string | null;
  resolutionNote: string;
  letterLang: 'sv' | 'en' | null;
  letterSha256: string | null;
  letterGeneratedAt: string | null;
  /** The deadline the letter printed. */
  letterDeadline: string | null;
  letterSize: number | null;
}

interface NoticeRow {
  id: number;
  revision: number;
  kind: ChangeKind;
  subprocessor_id: number;
  replaced_subprocessor_id: number | null;
  service_ids: string;
  change_sv: string;
  change_en: string;
  reason: string;
  reason_en: string;
  effective_date: string | null;
  decided_by: string;
  decision: ChangeDecision;
  decision_note: string;
  early_reason: string;
  proposed: 0 | 1;
  created_at: string;
  updated_at: string;
}

interface RecipientRow {
  id: number;
  revision: number;
  change_notice_id: number;
  customer_id: number;
  sent_on: string | null;
  sent_via: SentVia | null;
  agreement_id: number | null;
  notice_days: number | null;
  response: 'none' | 'accepted' | 'objected';
  responded_on: string | null;
  objection_text: string;
  resolution: ObjectionResolution | null;
  resolved_on: string | null;
  resolution_note: string;
  letter_lang: 'sv' | 'en' | null;
  letter_sha256: string | null;
  letter_generated_at: string | null;
  letter_deadline: string | null;
  letter_size: number | null;
}

const toNotice = (r: NoticeRow): NoticeRecord => ({
  id: r.id,
  revision: r.revision,
  kind: r.kind,
  subprocessorId: r.subprocessor_id,
  replacedSubprocessorId: r.replaced_subprocessor_id,
  serviceIds: (JSON.parse(r.service_ids) as number[] | null) ?? [],
  changeSv: r.change_sv,
  changeEn: r.change_en,
  reason: r.reason,
  reasonEn: r.reason_en,
  effectiveDate: r.effective_date,
  decidedBy: r.decided_by,
  decision: r.decision,
  decisionNote: r.decision_note,
  earlyReason: r.early_reason,
  proposed: r.proposed === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRecipient = (r: RecipientRow): RecipientRecord => ({
  id: r.id,
  revision: r.revision,
  noticeId: r.change_notice_id,
  customerId: r.customer_id,
  sentOn: r.sent_on,
  sentVia: r.sent_via,
  agreementId: r.agreement_id,
  noticeDays: r.notice_days,
  response: r.response,
  respondedOn: r.responded_on,
  objectionText: r.objection_text,
  resolution: r.resolution,
  resolvedOn: r.resolved_on,
  resolutionNote: r.resolution_note,
  letterLang: r.letter_lang,
  letterSha256: r.letter_sha256,
  letterGeneratedAt: r.letter_generated_at,
  letterDeadline: r.letter_deadline,
  letterSize: r.letter_size,
});

const NOTICE_COLUMNS = `n.*, (SELECT json_group_array(service_id) FROM (SELECT service_id FROM change_notice_services
  WHERE change_notice_id = n.id ORDER BY service_id)) AS service_ids`;
const RECIPIENT_COLUMNS = `id, revision, change_notice_id, customer_id, sent_on, sent_via, agreement_id, notice_days, response,
  responded_on, objection_text, resolution, resolved_on, resolution_note, letter_lang, letter_sha256, letter_generated_at,
  letter_deadline, length(letter_docx) AS letter_size`;

/** The change notices, their services and what is recorded per customer. */
export function createChangeNoticesRepo(db: Db) {
  const selectAll = db.prepare(`SELECT ${NOTICE_COLUMNS} FROM change_notices n ORDER BY n.id DESC`);
  const selectOne = db.prepare(`SELECT ${NOTICE_COLUMNS} FROM change_notices n WHERE n.id = ?`);
  const insert = db.prepare(`INSERT INTO change_notices (kind, subprocessor_id, replaced_subprocessor_id, change_sv, change_en,
      reason, reason_en, effective_date, decided_by, decision, decision_note, early_reason, proposed, created_at, updated_at)
    VALUES (@kind, @subprocessorId, @replacedSubprocessorId, @changeSv, @changeEn, @reason, @reasonEn, @effectiveDate, @decidedBy,
      @decision, @decisionNote, @earlyReason, @proposed, @now, @now)`);
  const update = db.prepare(`UPDATE change_notices SET revision = revision + 1, kind = @kind, subprocessor_id = @subprocessorId,
      replaced_subprocessor_id = @replacedSubprocessorId, change_sv = @changeSv, change_en = @changeEn, reason = @reason, reason_en = @reasonEn,
      effective_date = @effectiveDate, decided_by = @decidedBy, decision = @decision, decision_note = @decisionNote,
      early_reason = @earlyReason, proposed = @proposed, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM change_notices WHERE id = ? AND revision = ?');
  const clearServices = db.prepare('DELETE FROM change_notice_services WHERE change_notice_id = ?');
  const addService = db.prepare('INSERT OR IGNORE INTO change_notice_services (change_notice_id, service_id) VALUES (?, ?)');
  const selectRecipients = db.prepare(`SELECT ${RECIPIENT_COLUMNS} FROM change_notice_customers WHERE change_notice_id = ?`);
  const selectAllRecipients = db.prepare(`SELECT ${RECIPIENT_COLUMNS} FROM change_notice_customers`);
  const selectRecipient = db.prepare(
    `SELECT ${RECIPIENT_COLUMNS} FROM change_notice_customers WHERE change_notice_id = ? AND customer_id = ?`,
  );
  const ensureRecipient = db.prepare(`INSERT OR IGNORE INTO change_notice_customers (change_notice_id, customer_id, created_at,
      updated_at) VALUES (?, ?, ?, ?)`);
  const setSent = db.prepare(`UPDATE change_notice_customers SET revision = revision + 1, sent_on = @sentOn, sent_via = @sentVia,
      agreement_id = @agreementId, notice_days = @noticeDays, updated_at = @now
    WHERE change_notice_id = @noticeId AND customer_id = @customerId`);
  const setResponse = db.prepare(`UPDATE change_notice_customers SET revision = revision + 1, response = @response,
      responded_on = @respondedOn, objection_text = @objectionText, resolution = NULL, resolved_on = NULL,
      resolution_note = '', updated_at = @now
    WHERE change_notice_id = @noticeId AND customer_id = @customerId AND revision = @revision`);
  const setResolution = db.prepare(`UPDATE change_notice_customers SET revision = revision + 1, resolution = @resolution,
      resolved_on = @resolvedOn, resolution_note = @resolutionNote, updated_at = @now
    WHERE change_notice_id = @noticeId AND customer_id = @customerId AND revision = @revision`);
  const setLetter = db.prepare(`UPDATE change_notice_customers SET revision = revision + 1, letter_lang = @lang, letter_docx = @data,
      letter_sha256 = @sha256, letter_generated_at = @at, letter_deadline = @deadline, updated_at = @now
    WHERE change_notice_id = @noticeId AND customer_id = @customerId`);
  const selectLetter = db.prepare(`SELECT letter_docx AS data, letter_lang AS lang FROM change_notice_customers
    WHERE change_notice_id = ? AND customer_id = ? AND letter_docx IS NOT NULL`);
  const anySent = db.prepare('SELECT 1 FROM change_notice_customers WHERE change_notice_id = ? AND sent_on IS NOT NULL LIMIT 1');
  const forgetUnsent = db.prepare(`DELETE FROM change_notice_customers WHERE change_notice_id = ? AND sent_on IS NULL
    AND letter_docx IS NULL AND response = 'none'`);

  function writeServices(id: number, serviceIds: readonly number[]) {
    clearServices.run(id);
    for (const s of new Set(serviceIds)) addService.run(id, s);
  }
  const params = (n: NoticeWrite, now: string) => ({
    kind: n.kind,
    subprocessorId: n.subprocessorId,
    replacedSubprocessorId: n.replacedSubprocessorId,
    changeSv: n.changeSv,
    changeEn: n.changeEn,
    reason: n.reason,
    reasonEn: n.reasonEn,
    effectiveDate: n.effectiveDate,
    decidedBy: n.decidedBy,
    decision: n.decision,
    decisionNote: n.decisionNote,
    earlyReason: n.earlyReason,
    proposed: n.proposed ? 1 : 0,
    now,
  });

  return {
    all: (): NoticeRecord[] => (selectAll.all() as NoticeRow[]).map(toNotice),
    get: (id: number): NoticeRecord | null => {
      const r = selectOne.get(id) as NoticeRow | undefined;
      return r ? toNotice(r) : null;
    },
    insert(n: NoticeWrite, now: string): number {
      const id = Number(insert.run(params(n, now)).lastInsertRowid);
      writeServices(id, n.serviceIds);
      return id;
    },
    update(id: number, revision: number, n: NoticeWrite, now: string): boolean {
      if (update.run({ ...params(n, now), id, revision }).changes !== 1) return false;
      writeServices(id, n.serviceIds);
      return true;
    },
    delete: (id: number, revision: number): boolean => remove.run(id, revision).changes === 1,
    recipients: (noticeId: number): RecipientRecord[] => (selectRecipients.all(noticeId) as RecipientRow[]).map(toRecipient),
    /** Every recorded customer of every notice, by notice. */
    allRecipients(): Map<number, RecipientRecord[]> {
      const out = new Map<number, RecipientRecord[]>();
      for (const r of (selectAllRecipients.all() as RecipientRow[]).map(toRecipient)) {
        const list = out.get(r.noticeId);
        if (list) list.push(r);
        else out.set(r.noticeId, [r]);
      }
      return out;
    },
    recipient(noticeId: number, customerId: number): RecipientRecord | null {
      const r = selectRecipient.get(noticeId, customerId) as RecipientRow | undefined;
      return r ? toRecipient(r) : null;
    },
    /** The row of a customer, made when the first thing is recorded for it. */
    ensureRecipient: (noticeId: number, customerId: number, now: string): void => void ensureRecipient.run(noticeId, customerId, now, now),
    setSent: (p: {
      noticeId: number;
      customerId: number;
      sentOn: string | null;
      sentVia: SentVia | null;
      agreementId: number | null;
      noticeDays: number | null;
      now: string;
    }): void => void setSent.run(p),
    setResponse: (p: {
      noticeId: number;
      customerId: number;
      revision: number;
      response: 'none' | 'accepted' | 'objected';
      respondedOn: string | null;
      objectionText: string;
      now: string;
    }): boolean => setResponse.run(p).changes === 1,
    setResolution: (p: {
      noticeId: number;
      customerId: number;
      revision: number;
      resolution: ObjectionResolution;
      resolvedOn: string;
      resolutionNote: string;
      now: string;
    }): boolean => setResolution.run(p).changes === 1,
    setLetter: (p: {
      noticeId: number;
      customerId: number;
      lang: 'sv' | 'en';
      data: Uint8Array;
      sha256: string;
      deadline: string;
      at: string;
      now: string;
    }): void => void setLetter.run(p),
    letter(noticeId: number, customerId: number): { data: Buffer; lang: 'sv' | 'en' } | null {
      return (selectLetter.get(noticeId, customerId) as { data: Buffer; lang: 'sv' | 'en' } | undefined) ?? null;
    },
    anySent: (noticeId: number): boolean => anySent.get(noticeId) !== undefined,
    /** Rows that hold nothing but the customer (e.g. after "sent" was taken back). */
    forgetUnsent: (noticeId: number): void => void forgetUnsent.run(noticeId),
  };
}

export type ChangeNoticesRepo = ReturnType<typeof createChangeNoticesRepo>;
