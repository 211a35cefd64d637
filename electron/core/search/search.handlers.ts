import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const searchHandlers: Handlers<
  | 'search.all'
  | 'completeness.summary'
> = {
  'search.all': notYet,
  'completeness.summary': notYet,
};
