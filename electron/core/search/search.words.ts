import type { Words } from '../../../shared/glossary';

// The words search puts beside a hit.
const sv = { archived: 'arkiverad' };

export const searchWords: Words<typeof sv> = { sv, en: { archived: 'archived' } };
