import type { CliCommand } from '../kit';

export const purgeCommands: Record<string, CliCommand> = {};
