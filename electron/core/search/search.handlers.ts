import type { Handlers } from '../handlers';
import { searchService } from './search.service';

export const searchHandlers: Handlers<'search.all' | 'completeness.summary'> = {
  // Hit details (country names, statuses) follow the user's language setting.
  'search.all': ({ query, limitPerKind }, ctx) => ({
    groups: ctx.session().use(searchService).all(query, limitPerKind, ctx.settings.get().language),
  }),
  'completeness.summary': (_input, ctx) => ctx.session().use(searchService).completenessSummary(),
};
