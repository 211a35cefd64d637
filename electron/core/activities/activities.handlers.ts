import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const activityHandlers: Handlers<
  | 'activities.list'
  | 'activities.get'
  | 'activities.create'
  | 'activities.update'
  | 'activities.duplicate'
  | 'activities.setArchived'
  | 'activities.delete'
> = {
  'activities.list': notYet,
  'activities.get': notYet,
  'activities.create': notYet,
  'activities.update': notYet,
  'activities.duplicate': notYet,
  'activities.setArchived': notYet,
  'activities.delete': notYet,
};
