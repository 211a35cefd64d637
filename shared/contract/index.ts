import { z } from 'zod';
import type { Result } from '../errors';
import { backupFailed } from './backups';
import { DATA_KINDS, type DataKind } from './common';
import { featureMethods } from './features';
import { lockedRegister, registerDamaged, registerInfo, settings, taskProgress } from './register';

// Every feature's schemas and types, importable from this one module.
export * from './common';
export * from './completeness';
export * from './features';

export interface MethodDef {
  input: z.ZodType;
  output: z.ZodType;
  /** The kinds of record the method changes; absent for a method that only reads (or only writes files). */
  changes?: readonly DataKind[];
}

/** The intersection of a union's members: the type of one object merged from several. */
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/** Objects that share no key spread into one: the features' method maps here, their handler maps in the core. */
export function mergeAll<T extends object>(parts: readonly T[]): Intersection<T> {
  return Object.assign({}, ...parts) as Intersection<T>;
}

/** Every method the core answers, declared once: the input and output schema of each (features.ts lists the maps). */
export const methods = mergeAll(featureMethods) satisfies Record<string, MethodDef>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

/** Events the core emits; hosts forward them to the renderer. */
export const events = {
  'register.opened': registerInfo,
  'register.closed': z.object({}),
  /** An encrypted register waits for its password: locked by the user, or opened without one. */
  'register.locked': lockedRegister,
  /** The open register turned out damaged (integrity check, or a call hit a damaged page): it is now read-only. */
  'register.damaged': registerDamaged,
  'settings.changed': settings,
  'task.progressed': taskProgress,
  /** After every method that changed the register (see MethodDef.changes): lists reload themselves. */
  'data.changed': z.object({ kinds: z.array(z.enum(DATA_KINDS)), method: z.string() }),
  /** An automatic backup failed or failed its check (backups.ts); the user's own call was not affected. */
  'backups.failed': backupFailed,
  /** A native menu item the renderer must handle (it owns the dialogs that ask for input). */
  'app.menuCommand': z.object({
    command: z.enum([
      'newRegister',
      'openRegister',
      'openSample',
      'closeRegister',
      'lockRegister',
      'about',
      'exportWorkbook',
      'exportPortable',
      'importPortable',
      /** Arkiv → Importera från Excel…: the import page (renderer route /importera). */
      'importSheet',
      /** A reminder notification was clicked: the overview, where the overdue items are. */
      'showOverview',
    ]),
  }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** The kinds of record a method changes (empty for one that only reads). */
export function methodChanges(name: MethodName): readonly DataKind[] {
  const def: MethodDef = methods[name];
  return def.changes ?? [];
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** What the renderer sees as `window.api`, whatever the host. */
export interface Api {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
