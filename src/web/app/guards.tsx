import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session.js';
import { AppLayout, PublicLayout } from '../components/layout/AppLayout.js';
import { LoadingState } from '../components/states.js';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage.js';
import type { Role } from '../../shared/roles.js';
import { canAccess, type AreaId } from './navigation.js';

/** While the session is being read nothing can be decided: show a neutral loading screen. */
function SessionLoading() {
  return (
    <main className="app-main app-main--loading">
      <LoadingState />
    </main>
  );
}

/** Signed-in pages. Without a session, to the login page, remembering where the person was going. */
export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <SessionLoading />;
  if (state.status === 'anonymous') {
    if (state.ended === 'logout') return <Navigate to="/connexion" replace />;
    const back = `${location.pathname}${location.search}`;
    const query = back === '/' ? '' : `?retour=${encodeURIComponent(back)}`;
    return <Navigate to={`/connexion${query}`} replace />;
  }
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}

/** The UI hides what a role cannot do; a typed-in URL still gets an explicit "Accès refusé". */
export function RequireArea({ area, children }: { area: AreaId; children: ReactNode }) {
  const { state } = useSession();
  if (state.status !== 'authenticated') return null;
  return canAccess(state.user.role, area) ? children : <ForbiddenPage />;
}

/** Pages that are not an area of the navigation (the person's file) but still belong to some roles. */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { state } = useSession();
  if (state.status !== 'authenticated') return null;
  return roles.includes(state.user.role) ? children : <ForbiddenPage />;
}

/** Pages open to everyone, in the signed-in frame when there is a session. */
export function AnyShell({ children }: { children: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <SessionLoading />;
  return state.status === 'authenticated' ? <AppLayout>{children}</AppLayout> : <PublicLayout>{children}</PublicLayout>;
}
