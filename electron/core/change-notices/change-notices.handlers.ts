import type { Handlers } from '../handlers';
import { changeNoticesService } from './change-notices.service';

export const changeNoticeHandlers: Handlers<
  | 'changeNotices.list'
  | 'changeNotices.get'
  | 'changeNotices.preview'
  | 'changeNotices.create'
  | 'changeNotices.update'
  | 'changeNotices.delete'
  | 'changeNotices.markSent'
  | 'changeNotices.unmarkSent'
  | 'changeNotices.recordResponse'
  | 'changeNotices.resolveObjection'
  | 'changeNotices.deadlines'
  | 'changeNotices.customerFlags'
> = {
  'changeNotices.list': (filter, ctx) => ctx.session().use(changeNoticesService).list(filter),
  'changeNotices.get': ({ id }, ctx) => ctx.session().use(changeNoticesService).get(id),
  'changeNotices.preview': ({ fields }, ctx) => ctx.session().use(changeNoticesService).preview(fields),
  'changeNotices.create': (fields, ctx) => ctx.session().use(changeNoticesService).create(fields),
  'changeNotices.update': ({ id, revision, fields }, ctx) => ctx.session().use(changeNoticesService).update(id, revision, fields),
  'changeNotices.delete': ({ id, revision }, ctx) => ctx.session().use(changeNoticesService).delete(id, revision),
  'changeNotices.markSent': ({ id, customerIds, on, via }, ctx) =>
    ctx.session().use(changeNoticesService).markSent(id, customerIds, on, via),
  'changeNotices.unmarkSent': ({ id, customerIds }, ctx) => ctx.session().use(changeNoticesService).unmarkSent(id, customerIds),
  'changeNotices.recordResponse': ({ noticeId, customerId, revision, response, on, objectionText }, ctx) =>
    ctx.session().use(changeNoticesService).recordResponse(noticeId, customerId, revision, response, on, objectionText),
  'changeNotices.resolveObjection': ({ noticeId, customerId, revision, resolution, on, note }, ctx) =>
    ctx.session().use(changeNoticesService).resolveObjection(noticeId, customerId, revision, resolution, on, note),
  'changeNotices.deadlines': (filter, ctx) => ctx.session().use(changeNoticesService).deadlines(filter),
  'changeNotices.customerFlags': (filter, ctx) => ctx.session().use(changeNoticesService).customerFlags(filter),
};
