import { z } from 'zod';
import { LEGAL_FORMS } from '../domain/enums';
import {
  address,
  contact,
  identityNumber,
  isoDateTime,
  language,
  optionalEmail,
  optionalPhone,
  requiredText,
  revision,
  text,
  withIdentity,
} from './common';

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

/** The logo as it crosses the boundary: base64, type and size checked again in the core. */
export const logoUpload = z.object({
  mimeType: z.enum(LOGO_TYPES, { error: 'v.logo.type' }),
  dataBase64: z
    .string()
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, { error: 'v.logo.size' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'v.logo.type' }),
});

const organisationShape = z.object({
  name: requiredText(200),
  /** 'sole_trader' (enskild firma): orgNr is the owner's personnummer, personal data. */
  legalForm: z.enum(LEGAL_FORMS).default('company'),
  orgNr: identityNumber,
  address,
  email: optionalEmail,
  phone: optionalPhone,
  website: text(200),
  dpo: contact,
  defaultLanguage: language,
  signatoryName: text(200),
  signatoryTitle: text(200),
});
export const organisationFields = withIdentity(organisationShape, true);
export type OrganisationFields = z.output<typeof organisationFields>;

// Outputs are plain shapes (no transforms): a new register may not have an orgNr yet.
export const organisation = z.object({
  name: z.string(),
  legalForm: z.enum(LEGAL_FORMS),
  orgNr: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  dpo: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  defaultLanguage: language,
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  revision,
  logo: z.object({ mimeType: z.enum(LOGO_TYPES), byteSize: z.number().int(), sha256: z.string() }).nullable(),
  updatedAt: isoDateTime,
  /** False until the user has saved the profile once (a new register has only a name). */
  complete: z.boolean(),
});
export type Organisation = z.output<typeof organisation>;

export const organisationUpdate = withIdentity(organisationShape.extend({ revision }), true);
export type OrganisationUpdate = z.input<typeof organisationUpdate>;

export const organisationMethods = {
  'organisation.get': { input: z.object({}), output: organisation },
  'organisation.update': { changes: ['organisation'], input: organisationUpdate, output: organisation },
  'organisation.setLogo': { changes: ['organisation'], input: z.object({ revision, logo: logoUpload.nullable() }), output: organisation },
  'organisation.getLogo': {
    input: z.object({}),
    output: z.object({ dataUrl: z.string() }).nullable(),
  },
} as const;
