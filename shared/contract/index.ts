import { z } from 'zod';
import type { Result } from '../errors';
import { DATA_KINDS, type DataKind } from './common';
import { customerMethods } from './customers';
import { organisationMethods } from './organisation';
import { registerInfo, registerMethods, settings, taskProgress } from './register';
import { activityMethods } from './activities';
import { measureMethods } from './measures';
import { privacyNoticeMethods } from './privacy-notice';
import { retentionMethods } from './retention';
import { searchMethods } from './search';
import { serviceMethods } from './services';
import { subprocessorMethods } from './subprocessors';
import { systemMethods } from './systems';
import { vocabularyMethods } from './vocabularies';
import { agreementMethods } from './agreements';
import { siteMethods } from './sites';
import { purgeMethods } from './purge';
import { workbookMethods } from './workbook';
import { portableMethods } from './portable';

export * from './common';
export * from './customers';
export * from './organisation';
export * from './register';
export * from './activities';
export * from './completeness';
export * from './measures';
export * from './privacy-notice';
export * from './retention';
export * from './search';
export * from './services';
export * from './subprocessors';
export * from './systems';
export * from './vocabularies';
export * from './agreements';
export * from './sites';
export * from './purge';
export * from './workbook';
export * from './portable';

export interface MethodDef {
  input: z.ZodType;
  output: z.ZodType;
  /** The kinds of record the method changes; absent for a method that only reads (or only writes files). */
  changes?: readonly DataKind[];
}

/** Every method the core answers, declared once: the input and output schema of each. */
export const methods = {
  ...registerMethods,
  ...organisationMethods,
  ...customerMethods,
  ...vocabularyMethods,
  ...systemMethods,
  ...retentionMethods,
  ...measureMethods,
  ...subprocessorMethods,
  ...activityMethods,
  ...serviceMethods,
  ...searchMethods,
  ...privacyNoticeMethods,
  ...agreementMethods,
  ...siteMethods,
  ...purgeMethods,
  ...workbookMethods,
  ...portableMethods,
} as const satisfies Record<string, MethodDef>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

/** Events the core emits; hosts forward them to the renderer. */
export const events = {
  'register.opened': registerInfo,
  'register.closed': z.object({}),
  'settings.changed': settings,
  'task.progressed': taskProgress,
  /** After every method that changed the register (see MethodDef.changes): lists reload themselves. */
  'data.changed': z.object({ kinds: z.array(z.enum(DATA_KINDS)), method: z.string() }),
  /** A native menu item the renderer must handle (it owns the dialogs that ask for input). */
  'app.menuCommand': z.object({
    command: z.enum([
      'newRegister',
      'openRegister',
      'openSample',
      'closeRegister',
      'about',
      'exportWorkbook',
      'exportPortable',
      'importPortable',
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
