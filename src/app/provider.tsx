import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { AppCrashPage } from './app-crash-page';
import { HydrationGate } from './hydration-gate';

export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={(error) => <AppCrashPage error={error} />}>
      <QueryClientProvider client={queryClient}>
        <HydrationGate>{children}</HydrationGate>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
