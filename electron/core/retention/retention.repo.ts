import {
  PURGE_RECORD_KINDS,
  type PurgeRecordKind,
  type RetentionAction,
  type RetentionAnchorKind,
  type RetentionEvent,
} from '../../../shared/domain/enums';
import type { Db } from '../db/types';
import { swedishSortKey } from '../text';
import type { RetentionFields } from './retention.words';

interface RuleRow {
  id: number;
  revision: number;
  name_sv: string;
  name_en: string;
  storage_location: string;
  purpose: string;
  anchor_kind: RetentionAnchorKind;
  anchor_event: RetentionEvent | null;
  anchor_event_id: number | null;
  event_label_sv: string | null;
  event_label_en: string | null;
  round_anchor_to: 'none' | 'end_of_calendar_year' | 'end_of_month';
  /** '' for "as long as the purpose needs". */
  duration: string;
  duration_min: string | null;
  inclusive: 0 | 1;
  backup_lag: string | null;
  action: RetentionAction;
  legal_minimum_duration: string | null;
  legal_minimum_source: string;
  legal_basis_ref: string;
  legal_hold_allowed: 0 | 1;
  policy_sv: string;
  policy_en: string;
  exception_sv: string;
  exception_en: string;
  storage_location_en: string;
  purpose_en: string;
  updated_at: string;
  activities: number;
  services: number;
  /** JSON array of record kinds (retention_rule_targets). */
  targets: string;
}

/** A stored rule: its fields plus what the service adds words and warnings to. */
export interface StoredRule extends RetentionFields {
  id: number;
  revision: number;
  usedBy: { activities: number; services: number };
  updatedAt: string;
  /** The labels of the register-defined event the rule counts from (anchorEventId). */
  ownEvent: { sv: string; en: string } | null;
}

const SELECT = `SELECT r.*,
    (SELECT count(DISTINCT activity_id) FROM activity_retention a WHERE a.retention_rule_id = r.id) AS activities,
    (SELECT count(*) FROM services s WHERE s.retention_rule_id = r.id) AS services,
    (SELECT json_group_array(t.record_kind) FROM retention_rule_targets t WHERE t.retention_rule_id = r.id) AS targets,
    e.label_sv AS event_label_sv, e.label_en AS event_label_en
  FROM retention_rules r LEFT JOIN retention_events e ON e.id = r.anchor_event_id`;

function toRule(r: RuleRow): StoredRule {
  return {
    id: r.id,
    revision: r.revision,
    nameSv: r.name_sv,
    nameEn: r.name_en,
    storageLocation: r.storage_location,
    purpose: r.purpose,
    storageLocationEn: r.storage_location_en,
    purposeEn: r.purpose_en,
    anchorKind: r.anchor_kind,
    anchorEvent: r.anchor_event,
    anchorEventId: r.anchor_event_id,
    roundAnchorTo: r.round_anchor_to,
    duration: r.duration === '' ? null : r.duration,
    durationMin: r.duration_min,
    inclusive: r.inclusive === 1,
    backupLag: r.backup_lag,
    action: r.action,
    legalMinimumDuration: r.legal_minimum_duration,
    legalMinimumSource: r.legal_minimum_source,
    legalBasisRef: r.legal_basis_ref,
    legalHoldAllowed: r.legal_hold_allowed === 1,
    policySv: r.policy_sv,
    policyEn: r.policy_en,
    exceptionSv: r.exception_sv,
    exceptionEn: r.exception_en,
    appliesTo: toKinds(r.targets),
    usedBy: { activities: r.activities, services: r.services },
    updatedAt: r.updated_at,
    ownEvent: r.event_label_sv === null ? null : { sv: r.event_label_sv, en: r.event_label_en ?? '' },
  };
}

/** The stored kinds in the contract's fixed order. */
function toKinds(json: string): PurgeRecordKind[] {
  const stored = JSON.parse(json) as string[];
  return PURGE_RECORD_KINDS.filter((k) => stored.includes(k));
}

function toParams(f: RetentionFields, now: string) {
  const { appliesTo: _targets, ...fields } = f;
  return {
    ...fields,
    // An event only means something for an event anchor.
    anchorEvent: f.anchorKind === 'event' ? f.anchorEvent : null,
    anchorEventId: f.anchorKind === 'event' && f.anchorEvent === null ? f.anchorEventId : null,
    duration: f.duration ?? '',
    // A range needs its longer end.
    durationMin: f.duration === null ? null : f.durationMin,
    inclusive: f.inclusive ? 1 : 0,
    legalHoldAllowed: f.legalHoldAllowed ? 1 : 0,
    now,
  };
}

export function createRetentionRepo(db: Db) {
  const selectOne = db.prepare(`${SELECT} WHERE r.id = ?`);
  const selectAll = db.prepare(SELECT);
  const selectIds = db.prepare('SELECT id FROM retention_rules WHERE id IN (SELECT value FROM json_each(?))');
  const insert = db.prepare(`INSERT INTO retention_rules (name_sv, name_en, storage_location, purpose, anchor_kind,
      anchor_event, round_anchor_to, duration, inclusive, backup_lag, action, legal_minimum_duration, legal_minimum_source,
      legal_basis_ref, legal_hold_allowed, policy_sv, policy_en, anchor_event_id, duration_min, exception_sv, exception_en,
      storage_location_en, purpose_en, created_at, updated_at)
    VALUES (@nameSv, @nameEn, @storageLocation, @purpose, @anchorKind, @anchorEvent, @roundAnchorTo, @duration, @inclusive,
      @backupLag, @action, @legalMinimumDuration, @legalMinimumSource, @legalBasisRef, @legalHoldAllowed, @policySv,
      @policyEn, @anchorEventId, @durationMin, @exceptionSv, @exceptionEn, @storageLocationEn, @purposeEn, @now, @now)`);
  const update = db.prepare(`UPDATE retention_rules SET revision = revision + 1, name_sv = @nameSv, name_en = @nameEn,
      storage_location = @storageLocation, purpose = @purpose, anchor_kind = @anchorKind, anchor_event = @anchorEvent,
      round_anchor_to = @roundAnchorTo, duration = @duration, inclusive = @inclusive, backup_lag = @backupLag,
      action = @action, legal_minimum_duration = @legalMinimumDuration, legal_minimum_source = @legalMinimumSource,
      legal_basis_ref = @legalBasisRef, legal_hold_allowed = @legalHoldAllowed, policy_sv = @policySv,
      policy_en = @policyEn, anchor_event_id = @anchorEventId, duration_min = @durationMin, exception_sv = @exceptionSv,
      exception_en = @exceptionEn, storage_location_en = @storageLocationEn, purpose_en = @purposeEn, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM retention_rules WHERE id = ? AND revision = ?');
  const clearTargets = db.prepare('DELETE FROM retention_rule_targets WHERE retention_rule_id = ?');
  const insertTarget = db.prepare('INSERT INTO retention_rule_targets (record_kind, retention_rule_id) VALUES (?, ?)');

  /** Which of the register's own records the rule purges. Runs inside the caller's transaction. */
  function writeTargets(id: number, kinds: readonly PurgeRecordKind[]): void {
    clearTargets.run(id);
    for (const kind of kinds) insertTarget.run(kind, id);
  }

  return {
    get(id: number): StoredRule | null {
      const r = selectOne.get(id) as RuleRow | undefined;
      return r ? toRule(r) : null;
    },
    /** In Swedish alphabetical order of the Swedish name. */
    list(): StoredRule[] {
      const rows = (selectAll.all() as RuleRow[]).map((r) => ({ key: swedishSortKey(r.name_sv), rule: toRule(r) }));
      rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rule.id - b.rule.id));
      return rows.map((r) => r.rule);
    },
    existing(ids: readonly number[]): Set<number> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Set();
      return new Set((selectIds.all(JSON.stringify(unique)) as { id: number }[]).map((r) => r.id));
    },
    insert(f: RetentionFields, now: string): number {
      const id = Number(insert.run(toParams(f, now)).lastInsertRowid);
      writeTargets(id, f.appliesTo);
      return id;
    },
    update(id: number, revision: number, f: RetentionFields, now: string): boolean {
      if (update.run({ ...toParams(f, now), id, revision }).changes !== 1) return false;
      writeTargets(id, f.appliesTo);
      return true;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
  };
}

export type RetentionRepo = ReturnType<typeof createRetentionRepo>;
