import { skipToken, useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { contentHash } from '@/corpus/rules/content-hash';
import { hasSnapshotFragment } from '@/lib/corpus-source/snapshot-fragment';

interface Session {
  fragment: string;
  pathname: string;
}

async function decode(fragment: string) {
  // The decompressor and schemas load only for links that carry a snapshot.
  const { decodeSnapshot } = await import('@/lib/corpus-source/snapshot-codec');
  return { result: decodeSnapshot(fragment), key: contentHash(fragment) };
}

/**
 * The snapshot a `#data=` link carries, decoded once per fragment. The
 * comparison rewrites its own search params without keeping the hash, so the
 * snapshot stays in force on the page it was opened on, and the hash is put
 * back so the address bar still holds a link that opens anywhere. Leaving
 * that page ends it. Undefined when there is no snapshot.
 */
export function useSnapshotFragment() {
  const hash = useLocation({ select: (location) => location.hash });
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useNavigate();
  const [session, setSession] = useState<Session | undefined>(undefined);

  const inHash = hasSnapshotFragment(hash);
  const current = inHash
    ? { fragment: hash, pathname }
    : session?.pathname === pathname
      ? session
      : undefined;
  // Remembered while rendering (React's "adjust state on change" pattern), so no frame shows the wrong corpus.
  if (current?.fragment !== session?.fragment || current?.pathname !== session?.pathname) {
    setSession(current);
  }

  const fragment = current?.fragment;
  useEffect(() => {
    if (fragment !== undefined && !inHash) {
      void navigate({ to: '.', search: true, hash: fragment, replace: true });
    }
  }, [fragment, inHash, navigate]);

  const decoded = useQuery({
    queryKey: ['snapshot', fragment],
    queryFn: fragment === undefined ? skipToken : () => decode(fragment),
  });
  return fragment === undefined ? undefined : decoded;
}
