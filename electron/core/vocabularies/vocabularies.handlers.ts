import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const vocabularyHandlers: Handlers<
  | 'vocabularies.list'
  | 'vocabularies.create'
  | 'vocabularies.update'
  | 'vocabularies.setArchived'
  | 'vocabularies.delete'
> = {
  'vocabularies.list': notYet,
  'vocabularies.create': notYet,
  'vocabularies.update': notYet,
  'vocabularies.setArchived': notYet,
  'vocabularies.delete': notYet,
};
