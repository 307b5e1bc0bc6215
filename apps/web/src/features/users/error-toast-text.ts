import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api-error.ts';

/** One line for a toast, where the full error view does not fit: the catalogue's sentence for the code. */
export function errorToastText(t: TFunction, error: unknown): string {
  if (isApiError(error)) return t(`errors.codes.${error.code}`);
  return error instanceof Error ? error.message : String(error);
}
