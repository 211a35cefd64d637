import type { Handlers } from '../handlers';

export const agreementHandlers: Handlers<never> = {};
