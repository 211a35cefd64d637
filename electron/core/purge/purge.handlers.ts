import type { Handlers } from '../handlers';

export const purgeHandlers: Handlers<never> = {};
