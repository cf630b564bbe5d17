import { ValidationCode } from '@tamago/error-codes';
import { ApiError, type FieldError } from '@/lib/api/api-error';

/** Any translate function: error codes are looked up at run time, so keys are plain strings here. */
type Translate = (key: string, options?: Record<string, unknown>) => string;
/** Accepts the `t` of any namespace list. */
export type AnyT = (...args: never[]) => unknown;

/** The sentence for an API error code in the reader's language; the server's own message when we have none. */
export function errorMessage(t: AnyT, code: string, fallback: string, values: Record<string, unknown> = {}): string {
  const key = `errors:${code}`;
  return (t as unknown as Translate)(key, { defaultValue: fallback, ...values });
}

/** API field paths (`contacts[0].email`) in the form's notation (`contacts.0.email`). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** A field error beside its field: our short sentence for the code (the label already names the field). */
export function fieldMessage(t: AnyT, error: FieldError): string {
  const known = (Object.values(ValidationCode) as string[]).includes(error.code);
  if (!known) return error.message;
  return errorMessage(t, `codes.${error.code}`, error.message, error.params);
}

interface FormLike {
  setFieldError: (path: string, error: string) => void;
  getInputNode?: (path: string) => HTMLElement | null;
}

/**
 * Puts each of an ApiError's field errors beside its field and focuses the first one. Returns the
 * message for the alert above the submit button when the error is not about a field (a business rule).
 */
export function applyApiError(t: AnyT, error: unknown, form: FormLike, known: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return errorMessage(t, 'network', 'Network error');
  const placed: string[] = [];
  for (const [field, fe] of Object.entries(error.fieldErrors)) {
    const path = toFormPath(field);
    if (!known.includes(path)) continue;
    form.setFieldError(path, fieldMessage(t, fe));
    placed.push(path);
  }
  if (placed.length > 0) {
    form.getInputNode?.(placed[0])?.focus();
    return null;
  }
  return errorMessage(t, error.code, error.message, { seconds: error.retryAfterSeconds ?? 60 });
}
