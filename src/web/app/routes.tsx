import { Navigate, type RouteObject } from 'react-router';
import { AccessibilityPage } from '../pages/legal/AccessibilityPage.js';
import { AuditPage } from '../pages/audit/AuditPage.js';
import { CrashPage } from '../pages/errors/CrashPage.js';
import { NotFoundPage } from '../pages/errors/NotFoundPage.js';
import { HomePage } from '../pages/home/HomePage.js';
import { LoginPage } from '../pages/auth/LoginPage.js';
import { OrganisationLayout } from '../pages/organisation/OrganisationLayout.js';
import { ProvidersPage } from '../pages/organisation/ProvidersPage.js';
import { TendersPage } from '../pages/organisation/TendersPage.js';
import { TerritoriesPage } from '../pages/organisation/TerritoriesPage.js';
import { ReferentsPage } from '../pages/referents/ReferentsPage.js';
import { SettingsPage } from '../pages/settings/SettingsPage.js';
import { UpcomingPage } from '../pages/upcoming/UpcomingPage.js';
import { UsersPage } from '../pages/users/UsersPage.js';
import { AnyShell, RequireArea, RequireAuth } from './guards.js';
import { AREAS, type UpcomingAreaId } from './navigation.js';
import { RootRoute } from './RootRoute.js';

const pathOf = (id: string) => AREAS.find((a) => a.id === id)?.path.slice(1) ?? id;

const upcoming = (id: UpcomingAreaId): RouteObject => ({
  path: pathOf(id),
  element: (
    <RequireArea area={id}>
      <UpcomingPage area={id} />
    </RequireArea>
  ),
});

/** French paths: they are what users read in the address bar and bookmark. */
export const routes: RouteObject[] = [
  {
    element: <RootRoute />,
    errorElement: <CrashPage />,
    children: [
      { path: 'connexion', element: <LoginPage /> },
      {
        path: 'accessibilite',
        element: (
          <AnyShell>
            <AccessibilityPage />
          </AnyShell>
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'organisation',
            element: (
              <RequireArea area="organisation">
                <OrganisationLayout />
              </RequireArea>
            ),
            children: [
              { index: true, element: <Navigate to="territoires" replace /> },
              { path: 'territoires', element: <TerritoriesPage /> },
              { path: 'marches', element: <TendersPage /> },
              { path: 'pip', element: <ProvidersPage /> },
            ],
          },
          { path: 'utilisateurs', element: <RequireArea area="users"><UsersPage /></RequireArea> },
          { path: 'parametres', element: <RequireArea area="settings"><SettingsPage /></RequireArea> },
          { path: 'journal', element: <RequireArea area="audit"><AuditPage /></RequireArea> },
          { path: 'referents', element: <RequireArea area="referents"><ReferentsPage /></RequireArea> },
          upcoming('beneficiaries'),
          upcoming('orientations'),
          upcoming('dashboards'),
          upcoming('queue'),
          upcoming('pipDashboard'),
          upcoming('portfolio'),
        ],
      },
      {
        path: '*',
        element: (
          <AnyShell>
            <NotFoundPage />
          </AnyShell>
        ),
      },
    ],
  },
];
