// What the workbook reads straight from the tables of agreements, sites and equipment (and the
// systems' English names): only the columns it prints (never the agreement documents or
// attachment bytes), in customer order. Of requests and breaches only the order: their services
// give the records, with the clocks the app shows.
// CROSS JOIN keeps SQLite walking customers in sort-key order, so it sorts only within a customer.
import type { Db } from '../db/types';

export interface WorkbookAgreement {
  id: number;
  customer: string;
  orgNr: string;
  legalForm: 'company' | 'sole_trader';
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

export interface WorkbookSite {
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

export interface WorkbookDevice {
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

interface AgreementRow {
  id: number;
  customer: string;
  org_nr: string;
  legal_form: 'company' | 'sole_trader';
  version: number;
  status: string;
  lang: string;
  generated_at: string;
  sent_on: string | null;
  signed_on: string | null;
  effective_on: string | null;
  terminated_on: string | null;
  notice_days: number;
  controller_signatory_name: string;
  controller_signatory_title: string;
  processor_signatory_name: string;
  processor_signatory_title: string;
  signing_place: string;
  template_version: number;
  notes: string;
}

interface SiteRow {
  id: number;
  customer_id: number;
  customer: string;
  name: string;
  street: string;
  postal_code: string;
  city: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  access_notes: string;
  closed_on: string | null;
  equipment_count: number;
}

interface DeviceRow {
  id: number;
  customer: string;
  site: string | null;
  type: string;
  make: string;
  model: string;
  serial_number: string;
  hostname: string;
  network_notes: string;
  personal_data: string;
  encrypted: string;
  status: string;
  installed_on: string | null;
  removed_on: string | null;
  notes: string;
}

/** One value per row, keyed by the id of the record it belongs to. */
interface ValueRow {
  id: number;
  value: string;
}

function toAgreement(r: AgreementRow): WorkbookAgreement {
  return {
    id: r.id,
    customer: r.customer,
    orgNr: r.org_nr,
    legalForm: r.legal_form,
    version: r.version,
    status: r.status,
    lang: r.lang,
    generatedAt: r.generated_at,
    sentOn: r.sent_on,
    signedOn: r.signed_on,
    effectiveOn: r.effective_on,
    terminatedOn: r.terminated_on,
    noticeDays: r.notice_days,
    controllerSignatoryName: r.controller_signatory_name,
    controllerSignatoryTitle: r.controller_signatory_title,
    processorSignatoryName: r.processor_signatory_name,
    processorSignatoryTitle: r.processor_signatory_title,
    signingPlace: r.signing_place,
    templateVersion: r.template_version,
    notes: r.notes,
  };
}

function toSite(r: SiteRow): WorkbookSite {
  return {
    id: r.id,
    customerId: r.customer_id,
    customer: r.customer,
    name: r.name,
    street: r.street,
    postalCode: r.postal_code,
    city: r.city,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    accessNotes: r.access_notes,
    closedOn: r.closed_on,
    equipmentCount: r.equipment_count,
  };
}

function toDevice(r: DeviceRow): WorkbookDevice {
  return {
    id: r.id,
    customer: r.customer,
    site: r.site,
    type: r.type,
    make: r.make,
    model: r.model,
    serialNumber: r.serial_number,
    hostname: r.hostname,
    networkNotes: r.network_notes,
    personalData: r.personal_data,
    encrypted: r.encrypted,
    status: r.status,
    installedOn: r.installed_on,
    removedOn: r.removed_on,
    notes: r.notes,
  };
}

/** Values grouped by their record's id, in query order. */
function grouped(rows: ValueRow[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const { id, value } of rows) {
    const list = out.get(id);
    if (list) list.push(value);
    else out.set(id, [value]);
  }
  return out;
}

export function createWorkbookRepo(db: Db) {
  const agreements = db.prepare(`SELECT a.id, c.name AS customer, c.org_nr, c.legal_form, a.version, a.status, a.lang, a.generated_at,
      a.sent_on, a.signed_on, a.effective_on, a.terminated_on, a.notice_days, a.controller_signatory_name,
      a.controller_signatory_title, a.processor_signatory_name, a.processor_signatory_title, a.signing_place,
      a.template_version, a.notes
    FROM customers c CROSS JOIN agreements a ON a.customer_id = c.id
    ORDER BY c.sort_key, c.id, a.version`);
  const attachments = db.prepare('SELECT agreement_id AS id, file_name AS value FROM agreement_attachments ORDER BY agreement_id, id');
  const sites = db.prepare(`SELECT s.id, s.customer_id, c.name AS customer, s.name, s.street, s.postal_code, s.city,
      s.contact_name, s.contact_phone, s.contact_email, s.access_notes, s.closed_on,
      (SELECT count(*) FROM equipment e WHERE e.site_id = s.id) AS equipment_count
    FROM customers c CROSS JOIN sites s ON s.customer_id = c.id
    ORDER BY c.sort_key, c.id, s.id`);
  const equipment = db.prepare(`SELECT e.id, c.name AS customer, s.name AS site, e.type, e.make, e.model, e.serial_number,
      e.hostname, e.network_notes, e.personal_data, e.encrypted, e.status, e.installed_on, e.removed_on, e.notes
    FROM customers c CROSS JOIN equipment e ON e.customer_id = c.id LEFT JOIN sites s ON s.id = e.site_id
    ORDER BY c.sort_key, c.id, e.sort_key, e.id`);
  const equipmentServices = db.prepare(`SELECT es.equipment_id AS id, sv.name AS value FROM equipment_services es
    JOIN services sv ON sv.id = es.service_id ORDER BY es.equipment_id, sv.name`);
  const systemNamesEn = db.prepare(`SELECT id, name_en AS value FROM systems WHERE name_en <> ''`);
  const requestIds = db.prepare('SELECT id FROM dsr_requests ORDER BY received_on, id').pluck();
  const breachIds = db.prepare('SELECT id FROM breaches ORDER BY discovered_at DESC, id DESC').pluck();

  return {
    /** Every agreement version, by customer and version. */
    agreements: (): WorkbookAgreement[] => (agreements.all() as AgreementRow[]).map(toAgreement),
    /** File names of the attached signed copies, per agreement id. */
    attachmentNames: (): Map<number, string[]> => grouped(attachments.all() as ValueRow[]),
    /** Every site with the number of devices placed there, by customer. */
    sites: (): WorkbookSite[] => (sites.all() as SiteRow[]).map(toSite),
    /** Every device, by customer and the device's own sort key. */
    equipment: (): WorkbookDevice[] => (equipment.all() as DeviceRow[]).map(toDevice),
    /** Names of the services each device serves, per equipment id. */
    equipmentServiceNames: (): Map<number, string[]> => grouped(equipmentServices.all() as ValueRow[]),
    /** English names of the systems that have one, per system id. */
    systemNamesEn: (): Map<number, string> => new Map((systemNamesEn.all() as ValueRow[]).map((r) => [r.id, r.value])),
    /** Ids of the requests, oldest received first (the requests service reads each). */
    requestIds: (): number[] => requestIds.all() as number[],
    /** Ids of the breaches, the latest discovered first. */
    breachIds: (): number[] => breachIds.all() as number[],
  };
}

export type WorkbookRepo = ReturnType<typeof createWorkbookRepo>;
