import { QueryClient } from '@tanstack/react-query';

/** The corpus is static per deploy: fetched once, never refetched behind the reader's back. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
