import type { Handlers } from '../handlers';

export const organisationHandlers: Handlers<'organisation.get' | 'organisation.update' | 'organisation.setLogo' | 'organisation.getLogo'> =
  {
    'organisation.get': (_, ctx) => ctx.session().organisation.get(),
    'organisation.update': ({ revision, ...fields }, ctx) => {
      const updated = ctx.session().organisation.update(fields, revision);
      ctx.settings.rememberOpened(ctx.session().path, updated.name, ctx.session().key !== null);
      return updated;
    },
    'organisation.setLogo': ({ revision, logo }, ctx) => ctx.session().organisation.setLogo(logo, revision),
    'organisation.getLogo': (_, ctx) => ctx.session().organisation.getLogo(),
  };
