import './zod-setup.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from './api/session.js';
import { routes } from './app/routes.js';
import { NotifierProvider } from './components/Notifier.js';
import { LocaleProvider } from './i18n/index.js';
import { BrandingProvider } from './theme/BrandingProvider.js';
import './theme/tokens.css';
import './theme/base.css';
import './theme/layout.css';
import './theme/buttons.css';
import './theme/forms.css';
import './theme/overlays.css';
import './theme/tables.css';
import './theme/pages.css';
import './theme/choices.css';
import './theme/people.css';
import './theme/imports.css';
import './theme/contracts.css';
import './theme/contacts.css';

const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

// Providers sit above the router so that its error element still has texts, session and branding.
createRoot(container).render(
  <StrictMode>
    <LocaleProvider>
      <SessionProvider>
        <BrandingProvider>
          <NotifierProvider>
            <RouterProvider router={router} />
          </NotifierProvider>
        </BrandingProvider>
      </SessionProvider>
    </LocaleProvider>
  </StrictMode>,
);
