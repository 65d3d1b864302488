import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { sessionApi, type Session } from './session';

interface SessionState {
  session: Session | null;
  loading: boolean;
  error: unknown;
  /** Reads the session again, e.g. after signing in. */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
export const SESSION_QUERY = ['session'] as const;

/** Reads the gateway's session once; a 401 simply means nobody is signed in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: SESSION_QUERY,
    queryFn: async () => {
      try {
        return await sessionApi.current();
      } catch (error) {
        if (error instanceof ProblemError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
  const state = useMemo<SessionState>(
    () => ({
      session: query.data ?? null,
      loading: query.isPending,
      error: query.error,
      refresh: () => client.invalidateQueries({ queryKey: SESSION_QUERY }),
      signOut: async () => {
        await sessionApi.signOut();
        // Nothing of the previous user's data may stay in the cache for the next one.
        // The session's observer stays subscribed to its query, so it is set, not removed.
        client.setQueryData(SESSION_QUERY, null);
        client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY[0] });
        client.getMutationCache().clear();
      },
    }),
    [client, query.data, query.isPending, query.error],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user; only for screens that are reached signed in. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn without a session');
  return session;
}
