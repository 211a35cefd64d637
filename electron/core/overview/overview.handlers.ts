import type { Handlers } from '../handlers';
import { overviewService } from './overview.service';

export const overviewHandlers: Handlers<'overview.figures'> = {
  'overview.figures': (_input, ctx) => ctx.session().use(overviewService).figures(),
};
