import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const systemHandlers: Handlers<
  | 'systems.list'
  | 'systems.get'
  | 'systems.create'
  | 'systems.update'
  | 'systems.delete'
> = {
  'systems.list': notYet,
  'systems.get': notYet,
  'systems.create': notYet,
  'systems.update': notYet,
  'systems.delete': notYet,
};
