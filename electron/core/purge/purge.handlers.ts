import type { Handlers } from '../handlers';
import { purgeService } from './purge.service';

export const purgeHandlers: Handlers<
  'purge.list' | 'purge.run' | 'legalHolds.list' | 'legalHolds.create' | 'legalHolds.release' | 'deletionLog.list'
> = {
  'purge.list': (input, ctx) => ctx.session().use(purgeService).list(input),
  'purge.run': (input, ctx) => ctx.session().use(purgeService).run(input),
  'legalHolds.list': (_input, ctx) => ctx.session().use(purgeService).holds.list(),
  'legalHolds.create': (fields, ctx) => ctx.session().use(purgeService).holds.create(fields),
  'legalHolds.release': ({ id, revision, releasedOn }, ctx) => ctx.session().use(purgeService).holds.release(id, revision, releasedOn),
  'deletionLog.list': (_input, ctx) => ctx.session().use(purgeService).log(),
};
