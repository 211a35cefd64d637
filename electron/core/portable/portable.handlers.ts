import type { Handlers } from '../handlers';

export const portableHandlers: Handlers<never> = {};
