import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const serviceHandlers: Handlers<
  | 'services.list'
  | 'services.get'
  | 'services.create'
  | 'services.update'
  | 'services.delete'
  | 'subscriptions.list'
  | 'subscriptions.create'
  | 'subscriptions.update'
  | 'subscriptions.delete'
  | 'processorRegister.list'
  | 'subprocessors.matrix'
> = {
  'services.list': notYet,
  'services.get': notYet,
  'services.create': notYet,
  'services.update': notYet,
  'services.delete': notYet,
  'subscriptions.list': notYet,
  'subscriptions.create': notYet,
  'subscriptions.update': notYet,
  'subscriptions.delete': notYet,
  'processorRegister.list': notYet,
  'subprocessors.matrix': notYet,
};
