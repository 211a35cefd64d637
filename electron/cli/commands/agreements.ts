import type { CliCommand } from '../kit';

export const agreementCommands: Record<string, CliCommand> = {};
