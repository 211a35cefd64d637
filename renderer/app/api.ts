import type { Api, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppError, ErrorCode } from '../../shared/errors';

declare global {
  interface Window {
    /** Defined before the bundle runs: by the preload (Electron), /bridge.js (browser mode) or the tests. */
    api: Api;
  }
}

/** A failed call, carrying the stable error code and, for INVALID_INPUT, the issues per field. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.error = error;
  }
}

export function api(): Api {
  if (!window.api) throw new Error('window.api is missing: the preload or bridge did not run.');
  return window.api;
}

/** Calls a core method and returns its value; failures throw an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await api().call(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The message key to show for any error: `e.<CODE>` for known codes, `e.INTERNAL` otherwise. */
export function errorKey(error: unknown): string {
  return error instanceof ApiError ? `e.${error.code}` : 'e.INTERNAL';
}
