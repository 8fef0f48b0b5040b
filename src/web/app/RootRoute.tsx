import { Outlet, useHref, useNavigate, type NavigateOptions } from 'react-router';
import { RouterProvider } from 'react-aria-components';
import { useLocaleFromAccount } from './locale.js';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

/** Lets React Aria links and menu items navigate client-side through React Router. */
export function RootRoute() {
  const navigate = useNavigate();
  useLocaleFromAccount();
  return (
    <RouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <Outlet />
    </RouterProvider>
  );
}
