import type { Handlers } from '../handlers';
import { writeAccessReply } from './access-reply.service';
import { requestsService } from './requests.service';

export const requestHandlers: Handlers<
  | 'requests.list'
  | 'requests.get'
  | 'requests.create'
  | 'requests.update'
  | 'requests.delete'
  | 'requests.deadlines'
  | 'requests.accessReply'
> = {
  'requests.list': (filter, ctx) => ctx.session().use(requestsService).list(filter),
  'requests.get': ({ id, on }, ctx) => ctx.session().use(requestsService).get(id, on),
  'requests.create': (fields, ctx) => ctx.session().use(requestsService).create(fields),
  'requests.update': ({ id, revision, fields }, ctx) => ctx.session().use(requestsService).update(id, revision, fields),
  'requests.delete': ({ id, revision }, ctx) => ctx.session().use(requestsService).delete(id, revision),
  'requests.deadlines': (filter, ctx) => ctx.session().use(requestsService).deadlines(filter),
  'requests.accessReply': (input, ctx) => writeAccessReply(ctx, ctx.session(), input),
};
