import type { z } from 'zod';
import {
  SHORT_QUERY_COUNT_CAP,
  type Customer,
  type CustomerSummary,
  type customerFields,
  type customerListInput,
} from '../../../shared/contract';
import type { Db } from '../db/types';
import { foldForSearch, likeContains, swedishSortKey } from '../text';
import { customerSearchText as searchText } from './customer-text';

type Fields = z.output<typeof customerFields>;
type ListQuery = z.output<typeof customerListInput>;

interface CustomerRow {
  id: number;
  revision: number;
  name: string;
  legal_form: 'company' | 'sole_trader';
  org_nr: string;
  visiting_street: string;
  visiting_postal_code: string;
  visiting_city: string;
  visiting_country: string;
  invoice_same_as_visiting: 0 | 1;
  invoice_street: string;
  invoice_postal_code: string;
  invoice_city: string;
  invoice_country: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  contract_start: string | null;
  contract_end: string | null;
  status: 'active' | 'ended';
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

interface ContactRow {
  id: number;
  name: string;
  role: string;
  email: string;
  phone: string;
}

interface SummaryRow {
  id: number;
  revision: number;
  name: string;
  legal_form: 'company' | 'sole_trader';
  org_nr: string;
  visiting_city: string;
  status: 'active' | 'ended';
  contract_end: string | null;
  archived_at: string | null;
  contact_count: number;
  primary_contact: string | null;
  agreement_status: 'draft' | 'sent' | 'overdue' | 'signed' | null;
  agreement_version: number | null;
  agreement_since: string | null;
}

/** How the list shows each customer's agreement: what is overdue and what is out of date. */
export interface AgreementListOptions {
  /** A sent agreement not signed by this date counts as overdue. */
  overdueBefore: string;
  /** Customers whose current agreement is out of date (only needed by the agreementStatus filter). */
  outOfDateIds: readonly number[];
}

/** The customer's newest draft, sent or signed agreement (`c` is the customer). */
const CURRENT_AGREEMENT = `LEFT JOIN agreements a ON a.id = (SELECT x.id FROM agreements x WHERE x.customer_id = c.id
  AND x.status IN ('draft', 'sent', 'signed') ORDER BY x.version DESC LIMIT 1)`;

const AGREEMENT_FILTERS: Record<Exclude<ListQuery['agreementStatus'], 'all'>, string> = {
  none: 'a.id IS NULL',
  draft: "a.status = 'draft' AND c.id NOT IN (SELECT value FROM json_each(@outOfDateIds))",
  sent: "a.status = 'sent' AND a.sent_on >= @overdueBefore AND c.id NOT IN (SELECT value FROM json_each(@outOfDateIds))",
  overdue: "a.status = 'sent' AND a.sent_on < @overdueBefore AND c.id NOT IN (SELECT value FROM json_each(@outOfDateIds))",
  signed: "a.status = 'signed' AND c.id NOT IN (SELECT value FROM json_each(@outOfDateIds))",
  outOfDate: 'c.id IN (SELECT value FROM json_each(@outOfDateIds))',
};

const SORT_COLUMNS: Record<ListQuery['sort'], string> = {
  name: 'c.sort_key',
  orgNr: 'c.org_nr',
  city: 'c.visiting_city',
  status: 'c.status',
  contractEnd: 'c.contract_end',
};

function toParams(f: Fields, now: string) {
  const invoice = f.invoiceSameAsVisiting ? f.visitingAddress : f.invoiceAddress;
  return {
    name: f.name,
    legalForm: f.legalForm,
    orgNr: f.orgNr,
    visitingStreet: f.visitingAddress.street,
    visitingPostalCode: f.visitingAddress.postalCode,
    visitingCity: f.visitingAddress.city,
    visitingCountry: f.visitingAddress.country,
    invoiceSame: f.invoiceSameAsVisiting ? 1 : 0,
    invoiceStreet: invoice.street,
    invoicePostalCode: invoice.postalCode,
    invoiceCity: invoice.city,
    invoiceCountry: invoice.country,
    dpoName: f.dpo.name,
    dpoEmail: f.dpo.email,
    dpoPhone: f.dpo.phone,
    contractStart: f.contractStart,
    contractEnd: f.contractEnd,
    status: f.status,
    notes: f.notes,
    sortKey: swedishSortKey(f.name),
    searchText: searchText(f),
    now,
  };
}

export function createCustomersRepo(db: Db) {
  const selectOne = db.prepare('SELECT * FROM customers WHERE id = ?');
  const selectContacts = db.prepare('SELECT id, name, role, email, phone FROM contact_persons WHERE customer_id = ? ORDER BY position, id');
  const insert = db.prepare(`INSERT INTO customers (name, legal_form, org_nr, visiting_street, visiting_postal_code,
      visiting_city, visiting_country, invoice_same_as_visiting, invoice_street, invoice_postal_code, invoice_city,
      invoice_country, dpo_name, dpo_email, dpo_phone, contract_start, contract_end, status, notes, sort_key,
      search_text, created_at, updated_at)
    VALUES (@name, @legalForm, @orgNr, @visitingStreet, @visitingPostalCode, @visitingCity, @visitingCountry, @invoiceSame,
      @invoiceStreet, @invoicePostalCode, @invoiceCity, @invoiceCountry, @dpoName, @dpoEmail, @dpoPhone,
      @contractStart, @contractEnd, @status, @notes, @sortKey, @searchText, @now, @now)`);
  const update = db.prepare(`UPDATE customers SET revision = revision + 1, name = @name, legal_form = @legalForm, org_nr = @orgNr,
      visiting_street = @visitingStreet, visiting_postal_code = @visitingPostalCode, visiting_city = @visitingCity,
      visiting_country = @visitingCountry, invoice_same_as_visiting = @invoiceSame, invoice_street = @invoiceStreet,
      invoice_postal_code = @invoicePostalCode, invoice_city = @invoiceCity, invoice_country = @invoiceCountry,
      dpo_name = @dpoName, dpo_email = @dpoEmail, dpo_phone = @dpoPhone, contract_start = @contractStart,
      contract_end = @contractEnd, status = @status, notes = @notes, sort_key = @sortKey,
      search_text = @searchText, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const setArchived = db.prepare(`UPDATE customers SET revision = revision + 1, archived_at = @archivedAt,
      updated_at = @now WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM customers WHERE id = ? AND revision = ?');
  const insertContact = db.prepare(`INSERT INTO contact_persons (customer_id, position, name, role, email, phone,
      created_at, updated_at) VALUES (@customerId, @position, @name, @role, @email, @phone, @now, @now)`);
  const updateContact = db.prepare(`UPDATE contact_persons SET revision = revision + 1, position = @position,
      name = @name, role = @role, email = @email, phone = @phone, updated_at = @now
    WHERE id = @id AND customer_id = @customerId
      AND (position, name, role, email, phone) IS NOT (@position, @name, @role, @email, @phone)`);
  const contactIds = db.prepare('SELECT id FROM contact_persons WHERE customer_id = ?');
  const deleteContact = db.prepare('DELETE FROM contact_persons WHERE id = ?');

  /** Replaces the customer's contact persons with `persons`, keeping ids (and history) where given. */
  function syncContacts(customerId: number, persons: Fields['contactPersons'], now: string): void {
    const existing = new Set((contactIds.all(customerId) as { id: number }[]).map((r) => r.id));
    const kept = new Set<number>();
    persons.forEach((p, position) => {
      const row = { customerId, position, name: p.name, role: p.role, email: p.email, phone: p.phone, now };
      if (p.id !== undefined && existing.has(p.id)) {
        updateContact.run({ ...row, id: p.id });
        kept.add(p.id);
      } else {
        insertContact.run(row);
      }
    });
    for (const id of existing) if (!kept.has(id)) deleteContact.run(id);
  }

  function get(id: number): Customer | null {
    const r = selectOne.get(id) as CustomerRow | undefined;
    if (!r) return null;
    return {
      id: r.id,
      revision: r.revision,
      name: r.name,
      legalForm: r.legal_form,
      orgNr: r.org_nr,
      visitingAddress: {
        street: r.visiting_street,
        postalCode: r.visiting_postal_code,
        city: r.visiting_city,
        country: r.visiting_country,
      },
      invoiceAddress: {
        street: r.invoice_street,
        postalCode: r.invoice_postal_code,
        city: r.invoice_city,
        country: r.invoice_country,
      },
      invoiceSameAsVisiting: r.invoice_same_as_visiting === 1,
      contactPersons: selectContacts.all(id) as ContactRow[],
      dpo: { name: r.dpo_name, email: r.dpo_email, phone: r.dpo_phone },
      contractStart: r.contract_start,
      contractEnd: r.contract_end,
      status: r.status,
      notes: r.notes,
      archivedAt: r.archived_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  const listCache = new Map<string, ReturnType<Db['prepare']>>();
  function listStatements(q: ListQuery) {
    const where = ['1 = 1'];
    if (!q.includeArchived) where.push('c.archived_at IS NULL');
    if (q.status !== 'all') where.push('c.status = @status');
    if (q.agreementStatus !== 'all') where.push(AGREEMENT_FILTERS[q.agreementStatus]);
    const folded = foldForSearch(q.query);
    // Three characters or more: the trigram index. Shorter: a scan, which is quick because short
    // queries match many rows and the first page fills early.
    if (folded.length >= 3) where.push('c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match)');
    else if (folded !== '') where.push("c.search_text LIKE @pattern ESCAPE '\\'");
    const order = `${SORT_COLUMNS[q.sort]} ${q.direction === 'desc' ? 'DESC' : 'ASC'}, c.id ${q.direction === 'desc' ? 'DESC' : 'ASC'}`;
    const key = `${where.join(' AND ')}|${order}`;
    let stmts = listCache.get(key);
    if (!stmts) {
      stmts = db.prepare(`SELECT c.id, c.revision, c.name, c.legal_form, c.org_nr, c.visiting_city, c.status, c.contract_end,
          c.archived_at,
          (SELECT count(*) FROM contact_persons p WHERE p.customer_id = c.id) AS contact_count,
          (SELECT p.name FROM contact_persons p WHERE p.customer_id = c.id ORDER BY p.position, p.id LIMIT 1)
            AS primary_contact,
          CASE WHEN a.status = 'sent' AND a.sent_on < @overdueBefore THEN 'overdue' ELSE a.status END AS agreement_status,
          a.version AS agreement_version,
          CASE a.status WHEN 'sent' THEN a.sent_on WHEN 'signed' THEN a.signed_on ELSE substr(a.generated_at, 1, 10) END
            AS agreement_since
        FROM customers c ${CURRENT_AGREEMENT} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT @limit OFFSET @offset`);
      listCache.set(key, stmts);
      // A one- or two-letter search matches most rows and cannot use the trigram index: count
      // only up to the cap instead of scanning the whole table on every keystroke.
      const shortSearch = folded !== '' && folded.length < 3;
      const from = q.agreementStatus === 'all' ? 'customers c' : `customers c ${CURRENT_AGREEMENT}`;
      listCache.set(
        `count|${key}`,
        db.prepare(
          shortSearch
            ? `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} WHERE ${where.join(' AND ')} LIMIT ${SHORT_QUERY_COUNT_CAP + 1})`
            : `SELECT count(*) AS n FROM ${from} WHERE ${where.join(' AND ')}`,
        ),
      );
    }
    return { page: stmts, count: listCache.get(`count|${key}`)! };
  }

  return {
    get,
    list(q: ListQuery, agreements: AgreementListOptions): { total: number; totalIsCapped: boolean; items: CustomerSummary[] } {
      const { page, count } = listStatements(q);
      // better-sqlite3 ignores named parameters a statement does not use.
      const params = {
        overdueBefore: agreements.overdueBefore,
        outOfDateIds: JSON.stringify(agreements.outOfDateIds),
        status: q.status,
        pattern: likeContains(q.query),
        match: `"${foldForSearch(q.query).replace(/"/g, '""')}"`,
        limit: q.limit,
        offset: q.offset,
      };
      const rows = page.all(params) as SummaryRow[];
      const counted = (count.get(params) as { n: number }).n;
      const capped = counted > SHORT_QUERY_COUNT_CAP && foldForSearch(q.query).length < 3 && q.query.trim() !== '';
      return {
        total: capped ? SHORT_QUERY_COUNT_CAP : counted,
        totalIsCapped: capped,
        items: rows.map((r) => ({
          id: r.id,
          revision: r.revision,
          name: r.name,
          legalForm: r.legal_form,
          orgNr: r.org_nr,
          city: r.visiting_city,
          status: r.status,
          contractEnd: r.contract_end,
          archivedAt: r.archived_at,
          contactPersonCount: r.contact_count,
          primaryContact: r.primary_contact ?? '',
          agreement: {
            status: r.agreement_status ?? 'none',
            version: r.agreement_version,
            since: r.agreement_since,
          },
        })),
      };
    },
    insert(f: Fields, now: string): number {
      const id = Number(insert.run(toParams(f, now)).lastInsertRowid);
      syncContacts(id, f.contactPersons, now);
      return id;
    },
    /** Returns false when the revision is stale (or the row is gone). */
    update(id: number, revision: number, f: Fields, now: string): boolean {
      if (update.run({ ...toParams(f, now), id, revision }).changes !== 1) return false;
      syncContacts(id, f.contactPersons, now);
      return true;
    },
    setArchived(id: number, revision: number, archivedAt: string | null, now: string): boolean {
      return setArchived.run({ id, revision, archivedAt, now }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
    count(): number {
      return (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
    },
  };
}

export type CustomersRepo = ReturnType<typeof createCustomersRepo>;
