import { resolveExportTarget } from '../files/export';
import type { Handlers } from '../handlers';
import { subprocessorListService } from './subprocessor-list.service';

export const subprocessorListHandlers: Handlers<'subprocessorList.export'> = {
  'subprocessorList.export': async ({ format, lang, serviceId, includePlanned, path: given }, ctx) => {
    const session = ctx.session();
    const service = session.use(subprocessorListService);
    const options = { lang, includePlanned, ...(serviceId === undefined ? {} : { serviceId }) };
    // The view first: an unknown service is NOT_FOUND before any dialog opens.
    const view = service.view(options);
    const target = await resolveExportTarget(ctx, given, service.fileName(format, lang, view.service?.name ?? null));
    if (target === null) return null;
    return { path: target, bytes: await service.write(format, view, target) };
  },
};
