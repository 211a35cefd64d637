import type { Handlers } from '../handlers';

export const workbookHandlers: Handlers<never> = {};
