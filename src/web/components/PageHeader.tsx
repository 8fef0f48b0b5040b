import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';
import { useBranding } from '../theme/BrandingProvider.js';

/** "Utilisateurs — Parcours": the title is the first thing a screen reader says after navigation. */
export function usePageTitle(title: string): void {
  const { brandName } = useBranding();
  const { t } = useI18n();
  useEffect(() => {
    document.title = t.shell.pageTitle(title, brandName);
  }, [title, brandName, t]);
}

export interface PageHeaderProps {
  title: string;
  /** When the h1 is personal ("Bonjour Claire"), the window title stays the page's name. */
  documentTitle?: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's single h1, also the target the layout moves focus to after a client-side navigation
 * (hence tabIndex -1: focusable by script, not in the tab order).
 */
export function PageHeader({ title, documentTitle, intro, actions }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {intro ? <p className="page-header__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
