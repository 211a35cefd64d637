import type { z } from 'zod';
import type { EventName, EventPayload, MethodName, MethodOutput, Methods } from '../../shared/contract';
import type { CorePorts } from './ports';
import type { Session } from './session';
import type { SettingsService } from './settings/settings.service';
import type { Tasks } from './tasks';

export interface HandlerContext {
  ports: CorePorts;
  /** The open register; throws NO_REGISTER when none is open. */
  session(): Session;
  currentSession(): Session | null;
  /** Takes the owner lock (LOCKED when someone holds it); `readOnly` opens without it and changes nothing. */
  openRegister(filePath: string, options?: { create?: boolean; organisationName?: string; readOnly?: boolean }): Session;
  closeRegister(): void;
  settings: SettingsService;
  tasks: Tasks;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<M extends MethodName> = (
  input: z.output<Methods[M]['input']>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers<M extends MethodName> = { [K in M]: Handler<K> };
