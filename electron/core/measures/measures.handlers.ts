import type { Handlers } from '../handlers';
import { measuresService } from './measures.service';

export const measureHandlers: Handlers<
  'securityMeasures.list' | 'securityMeasures.create' | 'securityMeasures.update' | 'securityMeasures.delete' | 'securityMeasures.summary'
> = {
  'securityMeasures.list': (_input, ctx) => ctx.session().use(measuresService).list(),
  'securityMeasures.create': (fields, ctx) => ctx.session().use(measuresService).create(fields),
  'securityMeasures.update': ({ id, revision, fields }, ctx) => ctx.session().use(measuresService).update(id, revision, fields),
  'securityMeasures.delete': ({ id, revision }, ctx) => ctx.session().use(measuresService).delete(id, revision),
  'securityMeasures.summary': (_input, ctx) => ctx.session().use(measuresService).summary(),
};
