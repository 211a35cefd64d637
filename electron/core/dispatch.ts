import type { z } from 'zod';
import { isMethodName, methodChanges, methods, type MethodName } from '../../shared/contract';
import type { AppError, Issue, Result } from '../../shared/errors';
import { formatMessage, messages } from '../../shared/messages';
import { runInCall } from './call-context';
import { DomainError } from './errors';
import { fileFailure } from './files/file-errors';
import { sqliteFailure } from './db/sqlite-errors';
import type { HandlerContext, Handlers } from './handlers';
import { wellFormedDeep } from './text';

const namesMin = (key: string) => (messages as Record<string, { en: string } | undefined>)[key]?.en.includes('{{min}}') === true;

/** Turns zod's issues into message keys the forms can show next to each field. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    if (issue.message.startsWith('v.')) {
      // A limit goes along when the message names it ("Högst {{max}} tecken").
      const params: Record<string, number> | undefined =
        issue.code === 'too_big'
          ? { max: Number(issue.maximum) }
          : issue.code === 'too_small' && namesMin(issue.message)
            ? { min: Number(issue.minimum) }
            : undefined;
      return { path, message: issue.message, ...(params ? { params } : {}) };
    }
    if (issue.code === 'too_big') return { path, message: 'v.tooLong', params: { max: Number(issue.maximum) } };
    if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
      return { path, message: 'v.required' };
    }
    return { path, message: 'v.invalid' };
  });
}

function failure(error: AppError): Result<never> {
  return { ok: false, error };
}

export function createDispatch(
  handlers: Handlers<MethodName>,
  ctx: HandlerContext,
  options: { validateOutputs: boolean; logError: (message: string, error: unknown) => void },
) {
  function announceChange(method: MethodName) {
    const kinds = methodChanges(method);
    if (kinds.length) ctx.emit('data.changed', { kinds: [...kinds], method });
  }

  return async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 100)}` });
    }
    const def = methods[method];
    const parsed = def.input.safeParse(wellFormedDeep(input ?? {}));
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      const first = issues[0];
      const where = first && first.path.length ? `${first.path.join('.')}: ` : '';
      return failure({
        code: 'INVALID_INPUT',
        message:
          `${formatMessage('e.INVALID_INPUT', 'en')} ${where}${first ? formatMessage(first.message, 'en', first.params) : ''}`.trim(),
        issues,
      });
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const value = await runInCall({ method }, () => handler(parsed.data, ctx));
      if (options.validateOutputs) {
        const checked = def.output.safeParse(value);
        if (!checked.success) {
          options.logError(`Output of ${method} does not match its schema`, checked.error);
          return failure({ code: 'INTERNAL', message: formatMessage('e.INTERNAL', 'en') });
        }
      }
      announceChange(method);
      return { ok: true, value };
    } catch (thrown) {
      // A cancelled batch keeps what it finished: the lists must show that too.
      if (thrown instanceof DomainError && thrown.code === 'CANCELLED') announceChange(method);
      // What the file system or SQLite refused for a reason a user can act on is not a bug.
      const error = thrown instanceof DomainError ? thrown : (fileFailure(thrown) ?? sqliteFailure(thrown) ?? thrown);
      if (error instanceof DomainError) {
        return failure({
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
          ...(error.details !== undefined ? { details: error.details } : {}),
        });
      }
      options.logError(`Unexpected error in ${method}`, error);
      return failure({ code: 'INTERNAL', message: formatMessage('e.INTERNAL', 'en') });
    }
  };
}
