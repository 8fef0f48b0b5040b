import { Navigate, type RouteObject } from 'react-router';
import { PERMISSIONS } from '../../shared/permissions.js';
import { AccessibilityPage } from '../pages/legal/AccessibilityPage.js';
import { AuditPage } from '../pages/audit/AuditPage.js';
import { AgendaPage } from '../pages/agenda/AgendaPage.js';
import { RegularityPage } from '../pages/regularity/RegularityPage.js';
import { CrashPage } from '../pages/errors/CrashPage.js';
import { NotFoundPage } from '../pages/errors/NotFoundPage.js';
import { HomePage } from '../pages/home/HomePage.js';
import { LoginPage } from '../pages/auth/LoginPage.js';
import { OrganisationLayout } from '../pages/organisation/OrganisationLayout.js';
import { ProvidersPage } from '../pages/organisation/ProvidersPage.js';
import { TendersPage } from '../pages/organisation/TendersPage.js';
import { TerritoriesPage } from '../pages/organisation/TerritoriesPage.js';
import { CaseloadsPage } from '../pages/assignment/CaseloadsPage.js';
import { QueuePage } from '../pages/assignment/QueuePage.js';
import { ReferentCaseloadPage } from '../pages/assignment/ReferentCaseloadPage.js';
import { ContractsPage } from '../pages/contract-queues/ContractsPage.js';
import { ContractValidationPage } from '../pages/contract-queues/ContractValidationPage.js';
import { ImportsPage } from '../pages/imports/ImportsPage.js';
import { OrientationsPage } from '../pages/orientation/OrientationsPage.js';
import { BeneficiariesPage } from '../pages/people/BeneficiariesPage.js';
import { PortfolioPage } from '../pages/people/PortfolioPage.js';
import { PersonFilePage } from '../pages/person/PersonFilePage.js';
import { ContractEditorPage } from '../pages/contract/ContractEditorPage.js';
import { ContractPage } from '../pages/contract/ContractPage.js';
import { ReferencePage } from '../pages/reference/ReferencePage.js';
import { ReferentsPage } from '../pages/referents/ReferentsPage.js';
import { SettingsPage } from '../pages/settings/SettingsPage.js';
import { UpcomingPage } from '../pages/upcoming/UpcomingPage.js';
import { UsersPage } from '../pages/users/UsersPage.js';
import { WorkshopPage } from '../pages/workshops/WorkshopPage.js';
import { WorkshopsPage } from '../pages/workshops/WorkshopsPage.js';
import { MessagesPage } from '../pages/messages/MessagesPage.js';
import { AidPage } from '../pages/aids/AidPage.js';
import { AidsQueuePage } from '../pages/aids/AidsQueuePage.js';
import { BudgetPage } from '../pages/aids/BudgetPage.js';
import { CataloguePage } from '../pages/aids/CataloguePage.js';
import { BreachReportPage } from '../pages/compliance/BreachReportPage.js';
import { BreachReportsPage } from '../pages/compliance/BreachReportsPage.js';
import { TeamSessionPage } from '../pages/team-sessions/TeamSessionPage.js';
import { TeamSessionsPage } from '../pages/team-sessions/TeamSessionsPage.js';
import { AnyShell, RequireArea, RequireAuth, RequireRoles } from './guards.js';
import { AREAS, CONTRACT_ROLES, FILE_ROLES, type UpcomingAreaId } from './navigation.js';
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
          { path: 'referentiels', element: <RequireArea area="reference"><ReferencePage /></RequireArea> },
          { path: 'journal', element: <RequireArea area="audit"><AuditPage /></RequireArea> },
          { path: 'referents', element: <RequireArea area="referents"><ReferentsPage /></RequireArea> },
          { path: 'beneficiaires', element: <RequireArea area="beneficiaries"><BeneficiariesPage /></RequireArea> },
          { path: 'beneficiaires/:id', element: <RequireRoles roles={FILE_ROLES}><PersonFilePage /></RequireRoles> },
          { path: 'contrats/:id', element: <RequireRoles roles={CONTRACT_ROLES}><ContractPage /></RequireRoles> },
          { path: 'contrats/:id/modifier', element: <RequireRoles roles={PERMISSIONS['contract:edit']}><ContractEditorPage /></RequireRoles> },
          { path: 'orientations', element: <RequireArea area="orientations"><OrientationsPage /></RequireArea> },
          { path: 'validation-contrats', element: <RequireArea area="contractValidation"><ContractValidationPage /></RequireArea> },
          { path: 'imports', element: <RequireArea area="imports"><ImportsPage /></RequireArea> },
          { path: 'file-attente', element: <RequireArea area="queue"><QueuePage /></RequireArea> },
          { path: 'portefeuilles', element: <RequireArea area="caseloads"><CaseloadsPage /></RequireArea> },
          { path: 'portefeuilles/:referentId', element: <RequireArea area="caseloads"><ReferentCaseloadPage /></RequireArea> },
          { path: 'portefeuille', element: <RequireArea area="portfolio"><PortfolioPage /></RequireArea> },
          { path: 'contrats', element: <RequireArea area="contracts"><ContractsPage /></RequireArea> },
          { path: 'ateliers', element: <RequireArea area="workshops"><WorkshopsPage /></RequireArea> },
          { path: 'ateliers/:id', element: <RequireArea area="workshops"><WorkshopPage /></RequireArea> },
          { path: 'agenda', element: <RequireArea area="agenda"><AgendaPage /></RequireArea> },
          { path: 'regularite', element: <RequireArea area="regularity"><RegularityPage /></RequireArea> },
          { path: 'messages', element: <RequireArea area="outbox"><MessagesPage /></RequireArea> },
          { path: 'aides', element: <RequireArea area="aids"><AidsQueuePage /></RequireArea> },
          { path: 'aides/:id', element: <RequireArea area="aids"><AidPage /></RequireArea> },
          { path: 'budget-aides', element: <RequireArea area="aidBudget"><BudgetPage /></RequireArea> },
          { path: 'catalogue-aides', element: <RequireArea area="aidCatalogue"><CataloguePage /></RequireArea> },
          { path: 'manquements', element: <RequireArea area="breaches"><BreachReportsPage /></RequireArea> },
          { path: 'manquements/:id', element: <RequireArea area="breaches"><BreachReportPage /></RequireArea> },
          { path: 'equipe-pluridisciplinaire', element: <RequireArea area="teamSessions"><TeamSessionsPage /></RequireArea> },
          { path: 'equipe-pluridisciplinaire/:id', element: <RequireArea area="teamSessions"><TeamSessionPage /></RequireArea> },
          upcoming('dashboards'),
          upcoming('pipDashboard'),
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
