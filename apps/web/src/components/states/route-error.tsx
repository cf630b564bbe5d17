import type { ErrorComponentProps } from '@tanstack/react-router';
import { ForbiddenError } from '@/lib/auth/guards';
import { ErrorState } from './error-state';
import { ForbiddenState } from './forbidden-state';

/** Every route's error view: a role the area does not allow gets the 403 state, anything else ErrorState. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  if (error instanceof ForbiddenError) return <ForbiddenState />;
  return <ErrorState error={error} onRetry={reset} />;
}
