import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const subprocessorHandlers: Handlers<
  | 'subprocessors.list'
  | 'subprocessors.get'
  | 'subprocessors.create'
  | 'subprocessors.update'
  | 'subprocessors.delete'
> = {
  'subprocessors.list': notYet,
  'subprocessors.get': notYet,
  'subprocessors.create': notYet,
  'subprocessors.update': notYet,
  'subprocessors.delete': notYet,
};
