import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';
import { describeError } from '../i18n/errors.js';
import { useI18n } from '../i18n/index.js';
import { Button } from './Button.js';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.common.loading}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__body">{children}</div> : null}
    </div>
  );
}

/** An error announced at once (role=alert) with an optional retry. */
export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="alert alert--danger" role="alert">
      <p>{describeError(error, locale, t)}</p>
      {onRetry ? (
        <Button size="sm" onPress={onRetry}>
          {t.common.retry}
        </Button>
      ) : null}
    </div>
  );
}

interface NoticeProps {
  tone: 'info' | 'success' | 'warning' | 'danger';
  role?: 'alert' | 'status';
  children: ReactNode;
}

export function Notice({ tone, role, children }: NoticeProps) {
  return (
    <div className={`alert alert--${tone}`} role={role}>
      {children}
    </div>
  );
}
