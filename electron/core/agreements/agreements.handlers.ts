import { resolveExportTarget, writeFileAtomic } from '../files/export';
import type { Handlers } from '../handlers';
import { agreementTemplateService } from './agreement-template.service';
import { runBatch } from './agreements.batch';
import { agreementsService } from './agreements.service';

export const agreementHandlers: Handlers<
  | 'agreementTemplate.get'
  | 'agreementTemplate.saveClause'
  | 'agreementTemplate.deleteClause'
  | 'agreementTemplate.moveClause'
  | 'agreementTemplate.reset'
  | 'agreements.list'
  | 'agreements.get'
  | 'agreements.defaults'
  | 'agreements.generate'
  | 'agreements.setStatus'
  | 'agreements.update'
  | 'agreements.attach'
  | 'agreements.removeAttachment'
  | 'agreements.addLanguage'
  | 'agreements.saveDocument'
  | 'agreements.saveAttachment'
  | 'agreements.batch'
> = {
  'agreementTemplate.get': (_input, ctx) => ctx.session().use(agreementTemplateService).get(),
  'agreementTemplate.saveClause': ({ id, revision, fields }, ctx) =>
    ctx.session().use(agreementTemplateService).saveClause(id, revision, fields),
  'agreementTemplate.deleteClause': ({ id, revision }, ctx) => ctx.session().use(agreementTemplateService).deleteClause(id, revision),
  'agreementTemplate.moveClause': ({ id, revision, position }, ctx) =>
    ctx.session().use(agreementTemplateService).moveClause(id, revision, position),
  'agreementTemplate.reset': ({ revision }, ctx) => ctx.session().use(agreementTemplateService).reset(revision),

  'agreements.list': (filter, ctx) => ctx.session().use(agreementsService).list(filter),
  'agreements.get': ({ id }, ctx) => ctx.session().use(agreementsService).get(id),
  'agreements.defaults': ({ customerId }, ctx) => ctx.session().use(agreementsService).defaults(customerId),
  'agreements.generate': ({ customerId, ...fields }, ctx) => ctx.session().use(agreementsService).generate(customerId, fields),
  'agreements.setStatus': ({ id, revision, status, on }, ctx) => ctx.session().use(agreementsService).setStatus(id, revision, status, on),
  'agreements.update': ({ id, revision, fields }, ctx) => ctx.session().use(agreementsService).update(id, revision, fields),
  'agreements.attach': (input, ctx) => ctx.session().use(agreementsService).attach(input),
  'agreements.removeAttachment': ({ agreementId, revision, attachmentId }, ctx) =>
    ctx.session().use(agreementsService).removeAttachment(agreementId, revision, attachmentId),
  // The stored bytes go out unchanged: what was signed is exactly what the hash says.
  'agreements.addLanguage': ({ id, lang }, ctx) => ctx.session().use(agreementsService).addLanguage(id, lang),
  'agreements.saveDocument': async ({ id, lang, path }, ctx) => {
    const session = ctx.session();
    const { data, fileName } = session.use(agreementsService).document(id, lang);
    const target = await resolveExportTarget(ctx, path, fileName);
    return target === null ? null : { path: target, bytes: writeFileAtomic(target, data, session.path) };
  },
  'agreements.saveAttachment': async ({ attachmentId, path }, ctx) => {
    const session = ctx.session();
    const { data, fileName } = session.use(agreementsService).attachment(attachmentId);
    const target = await resolveExportTarget(ctx, path, fileName);
    return target === null ? null : { path: target, bytes: writeFileAtomic(target, data, session.path) };
  },
  'agreements.batch': (request, ctx) => runBatch(ctx, ctx.session(), request),
};
