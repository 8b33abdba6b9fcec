import type { ReactNode } from 'react';

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div
      data-state="empty"
      className="my-6 rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-700"
    >
      {children}
    </div>
  );
}
