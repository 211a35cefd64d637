import crypto from 'node:crypto';
import { LOGO_MAX_BYTES, type Organisation, type OrganisationFields } from '../../../shared/contract';
import { conflict, DomainError, invalidField } from '../errors';
import type { OrganisationRepo } from './organisation.repo';

const MAGIC: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function createOrganisationService(repo: OrganisationRepo, now: () => string, tx: <T>(fn: () => T) => T) {
  function get(): Organisation {
    const org = repo.get();
    if (!org) throw new DomainError('NOT_A_REGISTER', 'The register has no organisation profile.');
    return org;
  }

  return {
    get,
    /** Called once when a new register is created. */
    initialise(name: string): Organisation {
      return tx(() => {
        repo.insert(name, now());
        return get();
      });
    },
    update(fields: OrganisationFields, revision: number): Organisation {
      return tx(() => {
        if (!repo.update(fields, revision, now())) throw conflict(get());
        return get();
      });
    },
    setLogo(logo: { mimeType: string; dataBase64: string } | null, revision: number): Organisation {
      let stored = null;
      if (logo) {
        const data = Buffer.from(logo.dataBase64, 'base64');
        if (data.length > LOGO_MAX_BYTES) {
          throw invalidField(['logo'], 'v.logo.size', { max: Math.round(LOGO_MAX_BYTES / 1024) });
        }
        const magic = MAGIC[logo.mimeType];
        if (!magic || data.length < magic.length || magic.some((byte, i) => data[i] !== byte)) {
          throw invalidField(['logo'], 'v.logo.type');
        }
        stored = { mime: logo.mimeType, data, sha256: crypto.createHash('sha256').update(data).digest('hex') };
      }
      return tx(() => {
        if (!repo.setLogo(stored, revision, now())) throw conflict(get());
        return get();
      });
    },
    getLogo(): { dataUrl: string } | null {
      const logo = repo.getLogo();
      return logo ? { dataUrl: `data:${logo.mime};base64,${logo.data.toString('base64')}` } : null;
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
