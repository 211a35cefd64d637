import type { Organisation, OrganisationFields } from '../../../shared/contract';
import type { Db } from '../db/types';

interface OrganisationRow {
  revision: number;
  name: string;
  legal_form: 'company' | 'sole_trader';
  org_nr: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  website: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  default_language: 'sv' | 'en';
  signatory_name: string;
  signatory_title: string;
  logo_mime: 'image/png' | 'image/jpeg' | null;
  logo_size: number | null;
  logo_sha256: string | null;
  profile_saved: 0 | 1;
  updated_at: string;
}

const COLUMNS = `revision, name, legal_form, org_nr, street, postal_code, city, country, email, phone, website,
  dpo_name, dpo_email, dpo_phone, default_language, signatory_name, signatory_title,
  logo_mime, length(logo_data) AS logo_size, logo_sha256, profile_saved, updated_at`;

function toOrganisation(r: OrganisationRow): Organisation {
  return {
    revision: r.revision,
    name: r.name,
    legalForm: r.legal_form,
    orgNr: r.org_nr,
    address: { street: r.street, postalCode: r.postal_code, city: r.city, country: r.country },
    email: r.email,
    phone: r.phone,
    website: r.website,
    dpo: { name: r.dpo_name, email: r.dpo_email, phone: r.dpo_phone },
    defaultLanguage: r.default_language,
    signatoryName: r.signatory_name,
    signatoryTitle: r.signatory_title,
    logo: r.logo_mime && r.logo_sha256 ? { mimeType: r.logo_mime, byteSize: r.logo_size ?? 0, sha256: r.logo_sha256 } : null,
    updatedAt: r.updated_at,
    complete: r.profile_saved === 1,
  };
}

export function createOrganisationRepo(db: Db) {
  const select = db.prepare(`SELECT ${COLUMNS} FROM organisation WHERE id = 1`);
  const insert = db.prepare(`INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, @name, @now, @now)`);
  const update = db.prepare(`UPDATE organisation SET
      revision = revision + 1, name = @name, legal_form = @legalForm, org_nr = @orgNr, street = @street, postal_code = @postalCode,
      city = @city, country = @country, email = @email, phone = @phone, website = @website,
      dpo_name = @dpoName, dpo_email = @dpoEmail, dpo_phone = @dpoPhone, default_language = @defaultLanguage,
      signatory_name = @signatoryName, signatory_title = @signatoryTitle, profile_saved = 1, updated_at = @now
    WHERE id = 1 AND revision = @revision`);
  const updateLogo = db.prepare(`UPDATE organisation SET revision = revision + 1, logo_mime = @mime,
      logo_data = @data, logo_sha256 = @sha256, updated_at = @now WHERE id = 1 AND revision = @revision`);
  const selectLogo = db.prepare(`SELECT logo_mime AS mime, logo_data AS data FROM organisation WHERE id = 1`);

  return {
    get(): Organisation | null {
      const row = select.get() as OrganisationRow | undefined;
      return row ? toOrganisation(row) : null;
    },
    insert(name: string, now: string): void {
      insert.run({ name, now });
    },
    /** Returns false when the revision is stale. */
    update(fields: OrganisationFields, revision: number, now: string): boolean {
      const f = fields;
      return (
        update.run({
          revision,
          now,
          name: f.name,
          legalForm: f.legalForm,
          orgNr: f.orgNr,
          ...f.address,
          email: f.email,
          phone: f.phone,
          website: f.website,
          dpoName: f.dpo.name,
          dpoEmail: f.dpo.email,
          dpoPhone: f.dpo.phone,
          defaultLanguage: f.defaultLanguage,
          signatoryName: f.signatoryName,
          signatoryTitle: f.signatoryTitle,
        }).changes === 1
      );
    },
    setLogo(logo: { mime: string; data: Buffer; sha256: string } | null, revision: number, now: string): boolean {
      return (
        updateLogo.run({ revision, now, mime: logo?.mime ?? null, data: logo?.data ?? null, sha256: logo?.sha256 ?? null }).changes === 1
      );
    },
    getLogo(): { mime: string; data: Buffer } | null {
      const row = selectLogo.get() as { mime: string | null; data: Buffer | null } | undefined;
      return row?.mime && row.data ? { mime: row.mime, data: row.data } : null;
    },
  };
}

export type OrganisationRepo = ReturnType<typeof createOrganisationRepo>;
