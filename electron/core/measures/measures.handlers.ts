import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const measureHandlers: Handlers<
  | 'securityMeasures.list'
  | 'securityMeasures.create'
  | 'securityMeasures.update'
  | 'securityMeasures.delete'
  | 'securityMeasures.summary'
> = {
  'securityMeasures.list': notYet,
  'securityMeasures.create': notYet,
  'securityMeasures.update': notYet,
  'securityMeasures.delete': notYet,
  'securityMeasures.summary': notYet,
};
