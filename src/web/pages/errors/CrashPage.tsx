import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { PublicLayout } from '../../components/layout/AppLayout.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useI18n } from '../../i18n/index.js';

/**
 * The router's error element, i.e. our error boundary: an unexpected exception in a page ends here
 * instead of a blank screen. The details go to the console, never on screen (they may hold data).
 */
export function CrashPage() {
  const error = useRouteError();
  const { t } = useI18n();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PublicLayout>
      <section className="error-page">
        <PageHeader title={t.pages.crash.title} />
        <p>{t.pages.crash.body}</p>
        <p className="error-page__actions">
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t.pages.crash.reload}
          </button>
          <a href="/" className="button button--secondary">
            {t.pages.home}
          </a>
        </p>
      </section>
    </PublicLayout>
  );
}
