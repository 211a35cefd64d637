import type { CliCommand } from '../kit';

export const portableCommands: Record<string, CliCommand> = {};
