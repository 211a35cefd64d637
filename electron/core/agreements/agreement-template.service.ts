import type { z } from 'zod';
import { PLACEHOLDERS, unknownPlaceholders } from '../../../shared/agreement-placeholders';
import type { AgreementTemplate, clauseFields } from '../../../shared/contract';
import type { Issue } from '../../../shared/errors';
import { formatMessage } from '../../../shared/messages';
import { DomainError, conflict, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createAgreementTemplateRepo, type ClauseRecord, type ClauseTexts } from './agreement-template.repo';
import { DEFAULT_CLAUSES } from './default-clauses';

type ClauseFieldsOut = z.output<typeof clauseFields>;

const TEXT_FIELDS = ['titleSv', 'bodySv', 'titleEn', 'bodyEn'] as const;

/** Unknown placeholders per text field, as the issues a form shows beside each field. */
export function placeholderIssues(texts: ClauseTexts): Issue[] {
  return TEXT_FIELDS.flatMap((field) => {
    const names = unknownPlaceholders(texts[field]);
    return names.length ? [{ path: [field], message: 'v.placeholder.unknown', params: { names: names.join(', ') } }] : [];
  });
}

function sameTexts(a: ClauseTexts, b: ClauseTexts): boolean {
  return TEXT_FIELDS.every((field) => a[field] === b[field]);
}

/**
 * The register's own clause template (issue 4 §2): copied from the defaults on first use, then
 * edited, extended, reordered or reset. Every change is a new template version.
 */
export function agreementTemplateService(session: Session) {
  const repo = createAgreementTemplateRepo(session.db);

  /** Copies the default clauses in the first time the template is needed (version 1). */
  function ensure(): void {
    if (repo.template().version > 0) return;
    session.tx(() => {
      if (repo.template().version > 0) return;
      const now = session.now();
      writeDefaults(now);
      repo.bump(now);
    });
  }

  function writeDefaults(now: string): void {
    DEFAULT_CLAUSES.forEach((c, position) =>
      repo.insertClause(position, c.code, { titleSv: c.titleSv, bodySv: c.bodySv, titleEn: c.titleEn, bodyEn: c.bodyEn }, now),
    );
  }

  function output(): AgreementTemplate {
    const template = repo.template();
    const clauses = repo.clauses();
    const isDefault =
      clauses.length === DEFAULT_CLAUSES.length &&
      clauses.every((c, i) => c.code === DEFAULT_CLAUSES[i]!.code && sameTexts(c, DEFAULT_CLAUSES[i]!));
    return {
      revision: template.revision,
      version: template.version,
      isDefault,
      clauses: clauses.map((c) => ({
        ...c,
        unknownPlaceholders: [...new Set(TEXT_FIELDS.flatMap((field) => unknownPlaceholders(c[field])))],
      })),
      placeholders: PLACEHOLDERS.map((p) => ({ name: p.name, sv: p.sv, en: p.en })),
      updatedAt: template.updatedAt,
    };
  }

  function clause(id: number): ClauseRecord {
    const found = repo.clause(id);
    if (!found) throw notFound(`Clause ${id}`);
    return found;
  }

  /** Stale revision → CONFLICT carrying the template as it is now; missing clause → NOT_FOUND. */
  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) {
      clause(id);
      throw conflict(output());
    }
  }

  function change(work: (now: string) => void): AgreementTemplate {
    ensure();
    return session.tx(() => {
      const now = session.now();
      work(now);
      repo.bump(now);
      return output();
    });
  }

  return {
    ensure,
    get(): AgreementTemplate {
      ensure();
      return output();
    },
    /** What a generated agreement uses: the current version and its clauses in order. */
    current(): { version: number; clauses: ClauseTexts[] } {
      ensure();
      return {
        version: repo.template().version,
        clauses: repo.clauses().map((c) => ({ titleSv: c.titleSv, bodySv: c.bodySv, titleEn: c.titleEn, bodyEn: c.bodyEn })),
      };
    },
    saveClause(id: number | undefined, revision: number | undefined, fields: ClauseFieldsOut): AgreementTemplate {
      const issues = placeholderIssues(fields);
      if (issues.length) throw new DomainError('INVALID_INPUT', formatMessage('e.INVALID_INPUT', 'en'), undefined, issues);
      return change((now) => {
        if (id === undefined) {
          repo.insertClause(repo.clauses().length, null, fields, now);
          return;
        }
        if (revision === undefined) throw invalidField(['revision'], 'v.required');
        ensureWritten(repo.updateClause(id, revision, fields, now), id);
      });
    },
    deleteClause(id: number, revision: number): AgreementTemplate {
      return change(() => {
        ensureWritten(repo.deleteClause(id, revision), id);
        repo.renumber(repo.clauses().map((c) => c.id));
      });
    },
    moveClause(id: number, revision: number, position: number): AgreementTemplate {
      return change((now) => {
        const order = repo.clauses().map((c) => c.id);
        const from = order.indexOf(id);
        if (from < 0) throw notFound(`Clause ${id}`);
        const to = Math.min(position, order.length - 1);
        ensureWritten(repo.moveClause(id, revision, to, now), id);
        order.splice(from, 1);
        order.splice(to, 0, id);
        repo.renumber(order);
      });
    },
    reset(revision: number): AgreementTemplate {
      ensure();
      return session.tx(() => {
        const now = session.now();
        if (!repo.bump(now, revision)) throw conflict(output());
        repo.deleteAllClauses();
        writeDefaults(now);
        return output();
      });
    },
  };
}

export type AgreementTemplateService = ReturnType<typeof agreementTemplateService>;
