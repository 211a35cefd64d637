import type { Words } from '../../../shared/glossary';

// The words search puts beside a hit.
const sv = {
  archived: 'arkiverad',
  /** A request's title: "Begäran från Anna Svensson". */
  request: (name: string) => `Begäran från ${name}`,
  received: (date: string) => `mottagen ${date}`,
  discovered: (date: string) => `upptäckt ${date}`,
  asController: 'som personuppgiftsansvarig',
  asProcessor: 'som personuppgiftsbiträde',
  closed: 'avslutad',
};

export const searchWords: Words<typeof sv> = {
  sv,
  en: {
    archived: 'archived',
    request: (name) => `Request from ${name}`,
    received: (date) => `received ${date}`,
    discovered: (date) => `discovered ${date}`,
    asController: 'as controller',
    asProcessor: 'as processor',
    closed: 'closed',
  },
};
