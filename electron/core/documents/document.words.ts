// Words every generated document uses (page footer, lists), in the shape of every word module.
import type { Words } from '../../../shared/glossary';

const sv = {
  /** The footer's "Sida 2 av 7". */
  pageWords: { page: 'Sida', of: 'av' },
  /** Before the last item of a list: "A, B och C". */
  and: 'och',
  or: 'eller',
  /** The table style's name in Word's style list. */
  tableStyle: 'Förteckna tabell',
};

export const documentWords: Words<typeof sv> = {
  sv,
  en: {
    pageWords: { page: 'Page', of: 'of' },
    and: 'and',
    or: 'or',
    tableStyle: 'Förteckna table',
  },
};
