import type { CliCommand } from '../kit';

export const workbookCommands: Record<string, CliCommand> = {};
