import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Form } from 'react-aria-components';
import { ApiError } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/fields/TextField.js';
import { PublicLayout } from '../../components/layout/AppLayout.js';
import { PageHeader } from '../../components/PageHeader.js';
import { LoadingState, Notice } from '../../components/states.js';
import { describeError } from '../../i18n/errors.js';
import { useI18n } from '../../i18n/index.js';

/** Only local paths: an attacker-supplied "retour=https://…" must not become an open redirect. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/connexion') ? value : '/';
}

export function LoginPage() {
  const { state, login } = useSession();
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const back = safeReturnPath(params.get('retour'));

  if (state.status === 'loading') {
    return (
      <PublicLayout>
        <LoadingState />
      </PublicLayout>
    );
  }
  if (state.status === 'authenticated' && !pending) return <Navigate to={back} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      await login(String(data.get('email') ?? '').trim(), String(data.get('password') ?? ''));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
    } finally {
      // Signed in, the next render is the <Navigate> above: the address changes only once this
      // page and its frame are gone, so nothing of the login page (its focus handling, its
      // header) outlives it into the next page.
      setPending(false);
    }
  }

  const ended = state.status === 'anonymous' ? state.ended : null;
  // An expiry is also signalled by the return path, for a reload of the login page after it.
  const expired = ended === 'expired' || (ended === null && params.has('retour'));

  return (
    <PublicLayout>
      <div className="login">
        <PageHeader title={t.auth.title} intro={t.auth.intro} />
        {/* Announced: the person did not ask to be here and must learn why. */}
        {expired ? (
          <Notice tone="warning" role="alert">
            {t.auth.expired}
          </Notice>
        ) : null}
        {ended === 'logout' ? (
          <Notice tone="success" role="status">
            {t.auth.loggedOut}
          </Notice>
        ) : null}
        {error ? (
          <div className="alert alert--danger" role="alert">
            <p>{describeError(error, locale, t)}</p>
          </div>
        ) : null}
        <Form onSubmit={submit} className="form login__form">
          <TextField
            name="email"
            type="email"
            label={t.auth.email}
            description={t.auth.emailHelp}
            autoComplete="username"
            isRequired
          />
          <TextField name="password" type="password" label={t.auth.password} autoComplete="current-password" isRequired />
          <Button type="submit" variant="primary" isPending={pending} className="login__submit">
            {pending ? t.auth.submitting : t.auth.submit}
          </Button>
        </Form>
      </div>
    </PublicLayout>
  );
}
