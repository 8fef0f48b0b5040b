import type { ReactNode } from 'react';
import { Toaster } from '../Notifier.js';
import { AppFooter } from './AppFooter.js';
import { BrandBlock } from './BrandBlock.js';
import { LanguageToggle } from './LanguageToggle.js';
import { MainNav } from './MainNav.js';
import { MAIN_ID, SkipLink } from './SkipLink.js';
import { useFocusOnNavigate } from './useFocusOnNavigate.js';
import { UserMenu } from './UserMenu.js';

/** The frame of every signed-in page: banner, navigation, main, footer landmarks. */
export function AppLayout({ children }: { children: ReactNode }) {
  useFocusOnNavigate();
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <BrandBlock />
          <UserMenu />
        </div>
        <MainNav />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        {children}
        <Toaster />
      </main>
      <AppFooter />
    </div>
  );
}

/** The frame of pages seen before signing in (login, accessibility statement, not found). */
export function PublicLayout({ children }: { children: ReactNode }) {
  useFocusOnNavigate();
  return (
    <div className="app app--public">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <BrandBlock />
          <LanguageToggle />
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main app-main--narrow">
        {children}
        <Toaster />
      </main>
      <AppFooter />
    </div>
  );
}
