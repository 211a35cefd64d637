import type { Handlers } from '../handlers';

export const siteHandlers: Handlers<never> = {};
