import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SessionInfo, type SessionUser } from '../../shared/contracts/auth.js';
import type { Locale } from '../../shared/roles.js';
import { ApiError, onSessionLost, request, setCsrfToken } from './client.js';

export type SessionState =
  | { status: 'loading' }
  /** `ended` tells the login page why the user is there: an expired session or a logout. */
  | { status: 'anonymous'; ended: 'expired' | 'logout' | null }
  | { status: 'authenticated'; user: SessionUser };

interface SessionContextValue {
  state: SessionState;
  login: (email: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  saveLocale: (locale: Locale) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const accept = useCallback((info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    setState({ status: 'authenticated', user: info.user });
  }, []);

  useEffect(() => {
    let cancelled = false;
    request('/session', { schema: SessionInfo, reportSessionLoss: false })
      .then((info) => !cancelled && accept(info))
      .catch(() => !cancelled && setState({ status: 'anonymous', ended: null }));
    return () => {
      cancelled = true;
    };
  }, [accept]);

  useEffect(() => {
    onSessionLost(() => {
      setCsrfToken(null);
      setState((current) =>
        current.status === 'authenticated' ? { status: 'anonymous', ended: 'expired' } : current,
      );
    });
    return () => onSessionLost(null);
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const info = await request('/auth/login', {
        method: 'POST',
        body: { email, password },
        schema: SessionInfo,
        reportSessionLoss: false,
      });
      accept(info);
      return info.user;
    },
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await request('/auth/logout', { method: 'POST', reportSessionLoss: false });
    } catch (error) {
      // Already gone server-side is the outcome we want; anything else must be shown.
      if (!(error instanceof ApiError) || (error.code !== 'UNAUTHENTICATED' && error.code !== 'SESSION_EXPIRED')) {
        throw error;
      }
    }
    setCsrfToken(null);
    setState({ status: 'anonymous', ended: 'logout' });
  }, []);

  const saveLocale = useCallback(async (locale: Locale) => {
    await request('/session/locale', { method: 'PUT', body: { locale } });
    setState((current) =>
      current.status === 'authenticated' ? { ...current, user: { ...current.user, locale } } : current,
    );
  }, []);

  const value = useMemo(() => ({ state, login, logout, saveLocale }), [state, login, logout, saveLocale]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages behind RequireAuth, where a user is guaranteed. */
export function useCurrentUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useCurrentUser without a session');
  return state.user;
}
