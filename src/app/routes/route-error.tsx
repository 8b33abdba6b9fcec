import type { ErrorComponentProps } from '@tanstack/react-router';
import { ErrorState } from '@/components/ui/error-state';
import { ViewCommitted } from '../lazy-view';

/** A route that throws shows this in place of its content; header and navigation stay. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <>
      <ErrorState detail={error instanceof Error ? error.message : String(error)} onRetry={reset} />
      <ViewCommitted />
    </>
  );
}
