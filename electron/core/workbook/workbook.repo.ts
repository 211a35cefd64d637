// What the workbook reads straight from the tables of agreements, sites and equipment: only the
// columns it prints (never the agreement documents or attachment bytes), in customer order.
// CROSS JOIN keeps SQLite walking customers in sort-key order, so it sorts only within a customer.
import type { Db } from '../db/types';

export interface AgreementRow {
  id: number;
  customer: string;
  orgNr: string;
  version: number;
  status: string;
  lang: string;
  generatedAt: string;
  sentOn: string | null;
  signedOn: string | null;
  effectiveOn: string | null;
  terminatedOn: string | null;
  noticeDays: number;
  controllerSignatoryName: string;
  controllerSignatoryTitle: string;
  processorSignatoryName: string;
  processorSignatoryTitle: string;
  signingPlace: string;
  templateVersion: number;
  notes: string;
}

export interface SiteRow {
  id: number;
  customerId: number;
  customer: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  accessNotes: string;
  closedOn: string | null;
  equipmentCount: number;
}

export interface EquipmentRow {
  id: number;
  customer: string;
  site: string | null;
  type: string;
  make: string;
  model: string;
  serialNumber: string;
  hostname: string;
  networkNotes: string;
  personalData: string;
  encrypted: string;
  status: string;
  installedOn: string | null;
  removedOn: string | null;
  notes: string;
}

export function createWorkbookRepo(db: Db) {
  const agreements = db.prepare(`SELECT a.id, c.name AS customer, c.org_nr AS orgNr, a.version, a.status, a.lang,
      a.generated_at AS generatedAt, a.sent_on AS sentOn, a.signed_on AS signedOn, a.effective_on AS effectiveOn,
      a.terminated_on AS terminatedOn, a.notice_days AS noticeDays,
      a.controller_signatory_name AS controllerSignatoryName, a.controller_signatory_title AS controllerSignatoryTitle,
      a.processor_signatory_name AS processorSignatoryName, a.processor_signatory_title AS processorSignatoryTitle,
      a.signing_place AS signingPlace, a.template_version AS templateVersion, a.notes
    FROM customers c CROSS JOIN agreements a ON a.customer_id = c.id
    ORDER BY c.sort_key, c.id, a.version`);
  const attachments = db.prepare(
    'SELECT agreement_id AS agreementId, file_name AS fileName FROM agreement_attachments ORDER BY agreement_id, id',
  );
  const sites = db.prepare(`SELECT s.id, s.customer_id AS customerId, c.name AS customer, s.name, s.street, s.postal_code AS postalCode,
      s.city, s.contact_name AS contactName, s.contact_phone AS contactPhone, s.contact_email AS contactEmail,
      s.access_notes AS accessNotes, s.closed_on AS closedOn,
      (SELECT count(*) FROM equipment e WHERE e.site_id = s.id) AS equipmentCount
    FROM customers c CROSS JOIN sites s ON s.customer_id = c.id
    ORDER BY c.sort_key, c.id, s.id`);
  const equipment = db.prepare(`SELECT e.id, c.name AS customer, s.name AS site, e.type, e.make, e.model,
      e.serial_number AS serialNumber, e.hostname, e.network_notes AS networkNotes, e.personal_data AS personalData,
      e.encrypted, e.status, e.installed_on AS installedOn, e.removed_on AS removedOn, e.notes
    FROM customers c CROSS JOIN equipment e ON e.customer_id = c.id LEFT JOIN sites s ON s.id = e.site_id
    ORDER BY c.sort_key, c.id, e.sort_key, e.id`);
  const equipmentServices = db.prepare(`SELECT es.equipment_id AS equipmentId, sv.name FROM equipment_services es
    JOIN services sv ON sv.id = es.service_id ORDER BY es.equipment_id, sv.name`);

  /** Values grouped by the id in their first column, in query order. */
  function grouped(rows: { id: number; value: string }[]): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (const { id, value } of rows) {
      const list = out.get(id);
      if (list) list.push(value);
      else out.set(id, [value]);
    }
    return out;
  }

  return {
    /** Every agreement version, by customer and version. */
    agreements: (): AgreementRow[] => agreements.all() as AgreementRow[],
    /** File names of the attached signed copies, per agreement id. */
    attachmentNames: (): Map<number, string[]> =>
      grouped((attachments.all() as { agreementId: number; fileName: string }[]).map((r) => ({ id: r.agreementId, value: r.fileName }))),
    /** Every site with the number of devices placed there, by customer. */
    sites: (): SiteRow[] => sites.all() as SiteRow[],
    /** Every device, by customer and the device's own sort key. */
    equipment: (): EquipmentRow[] => equipment.all() as EquipmentRow[],
    /** Names of the services each device serves, per equipment id. */
    equipmentServiceNames: (): Map<number, string[]> =>
      grouped((equipmentServices.all() as { equipmentId: number; name: string }[]).map((r) => ({ id: r.equipmentId, value: r.name }))),
  };
}

export type WorkbookRepo = ReturnType<typeof createWorkbookRepo>;
