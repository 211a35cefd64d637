import type { z } from 'zod';
import type { EventName, EventPayload, MethodName, MethodOutput, Methods } from '../../shared/contract';
import type { CorePorts } from './ports';
import type { RegisterKey } from './register/cipher';
import type { KeyStore } from './register/key-store';
import type { Unlocker } from './register/unlock';
import type { Session } from './session';
import type { SettingsService } from './settings/settings.service';
import type { Tasks } from './tasks';

export interface HandlerContext {
  ports: CorePorts;
  /** The open register; throws NO_REGISTER when none is open. */
  session(): Session;
  currentSession(): Session | null;
  /**
   * Takes the owner lock (LOCKED when someone holds it); `readOnly` opens without it and changes
   * nothing. `key` opens (or creates) an encrypted register.
   */
  openRegister(
    filePath: string,
    options?: { create?: boolean; organisationName?: string; readOnly?: boolean; key?: RegisterKey | null },
  ): Session;
  /**
   * Opens `filePath` as openRegister does, an encrypted one with `password` or its remembered key:
   * PASSWORD_REQUIRED (it becomes the locked register) or WRONG_PASSWORD otherwise.
   */
  unlockRegister(filePath: string, options: { password?: string; remember?: boolean; readOnly?: boolean }): Promise<Session>;
  /**
   * Replaces the open register's file with `replacement` (a verified copy, encrypted with `key` or
   * plain) and opens it under the same owner lock; the old file stays when anything fails first.
   */
  replaceRegisterFile(replacement: string, key: RegisterKey | null): Session;
  closeRegister(): void;
  /** Remembered keys of encrypted registers (the system's key store). */
  keyStore: KeyStore;
  /** Which encrypted register waits for its password, and the pause after wrong ones. */
  unlock: Unlocker;
  /** Settles when the integrity checks started after opens have finished. */
  integrityChecked(): Promise<void>;
  settings: SettingsService;
  tasks: Tasks;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<M extends MethodName> = (
  input: z.output<Methods[M]['input']>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers<M extends MethodName> = { [K in M]: Handler<K> };
