import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { NetworkError, ProblemError } from '../api/problem';
import { rememberedSession } from './remembered-session';
import { sessionApi, type Session } from './session';

interface SessionState {
  session: Session | null;
  /** The gateway could not be asked: the session is the one this device remembers. */
  offline: boolean;
  loading: boolean;
  error: unknown;
  /** Reads the session again, e.g. after signing in. */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
export const SESSION_QUERY = ['session'] as const;

interface SessionRead {
  session: Session;
  offline: boolean;
}

/**
 * The gateway's session, read once; a 401 simply means nobody is signed in. Without a
 * connection, the session this device remembers (see remembered-session.ts) stands in until the
 * connection returns, when the gateway is asked again.
 */
async function readSession(): Promise<SessionRead | null> {
  try {
    const session = await sessionApi.current();
    rememberedSession.keep(session);
    return { session, offline: false };
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) {
      rememberedSession.forget();
      return null;
    }
    const remembered = error instanceof NetworkError ? rememberedSession.read() : null;
    if (remembered) return { session: remembered, offline: true };
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: SESSION_QUERY,
    queryFn: readSession,
    staleTime: Infinity,
    retry: false,
    // Asked even without a connection, so that the remembered session can answer.
    networkMode: 'always',
    refetchOnReconnect: (read) => read.state.data?.offline === true,
  });
  const state = useMemo<SessionState>(
    () => ({
      session: query.data?.session ?? null,
      offline: query.data?.offline ?? false,
      loading: query.isPending,
      error: query.error,
      refresh: () => client.invalidateQueries({ queryKey: SESSION_QUERY }),
      signOut: async () => {
        await sessionApi.signOut();
        rememberedSession.forget();
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
