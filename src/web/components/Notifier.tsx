import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/index.js';

interface Notice {
  id: number;
  text: string;
}

interface NotifierValue {
  notice: Notice | null;
  notify: (text: string) => void;
  dismiss: () => void;
}

const NotifierContext = createContext<NotifierValue | null>(null);

export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((text: string) => setNotice({ id: Date.now(), text }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const value = useMemo(() => ({ notice, notify, dismiss }), [notice, notify, dismiss]);
  return <NotifierContext.Provider value={value}>{children}</NotifierContext.Provider>;
}

function useNotifierContext(): NotifierValue {
  const value = useContext(NotifierContext);
  if (!value) throw new Error('useNotify outside NotifierProvider');
  return value;
}

/** Success feedback after an action, e.g. "Compte créé.": shown as a toast and read by screen readers. */
export const useNotify = (): ((text: string) => void) => useNotifierContext().notify;

/**
 * The polite live region stays mounted so that screen readers pick up changes to it. It is marked
 * as a React Aria top layer so an open modal does not hide it from assistive technologies.
 * The message stays until dismissed, replaced or the person moves to another page: no timing to
 * beat (WCAG 2.2.1), and no stale "saved" message on an unrelated page.
 */
export function Toaster() {
  const { notice, dismiss } = useNotifierContext();
  const { t } = useI18n();
  const { pathname } = useLocation();
  useEffect(() => dismiss, [pathname, dismiss]);
  return (
    <div className={`toast${notice ? ' toast--visible' : ''}`} data-react-aria-top-layer="true">
      <p role="status" aria-live="polite" aria-atomic="true" className="toast__text">
        {notice ? <span key={notice.id}>{notice.text}</span> : null}
      </p>
      {notice ? (
        <button type="button" className="toast__close" onClick={dismiss} aria-label={t.common.dismiss}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}
