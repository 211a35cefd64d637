import { DomainError } from '../errors';
import type { Handlers } from '../handlers';

// TEMPORARY: replaced by the real handlers in this session.
const notYet = () => {
  throw new DomainError('UNSUPPORTED', 'Not implemented yet.');
};

export const privacyNoticeHandlers: Handlers<
  'privacyNotice.get' | 'privacyNotice.update' | 'privacyNotice.preview' | 'privacyNotice.export' | 'files.reveal'
> = {
  'privacyNotice.get': notYet,
  'privacyNotice.update': notYet,
  'privacyNotice.preview': notYet,
  'privacyNotice.export': notYet,
  'files.reveal': notYet,
};
