import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const retentionHandlers: Handlers<
  | 'retentionRules.list'
  | 'retentionRules.get'
  | 'retentionRules.create'
  | 'retentionRules.update'
  | 'retentionRules.delete'
  | 'retentionRules.describe'
> = {
  'retentionRules.list': notYet,
  'retentionRules.get': notYet,
  'retentionRules.create': notYet,
  'retentionRules.update': notYet,
  'retentionRules.delete': notYet,
  'retentionRules.describe': notYet,
};
