import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { auditApi, type AuditVerificationData } from '../../api/endpoints.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/states.js';
import { useI18n } from '../../i18n/index.js';

/** Recomputes the hash chain server-side; a broken chain is an alert, not a mere status. */
export function VerifyChain() {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<AuditVerificationData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function verify() {
    setPending(true);
    setError(null);
    setResult(null);
    try {
      setResult(await auditApi.verify());
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="verify" aria-labelledby="verify-title">
      <h2 id="verify-title" className="visually-hidden">
        {t.audit.verify}
      </h2>
      <Button onPress={() => void verify()} isPending={pending}>
        {pending ? t.audit.verifying : t.audit.verify}
      </Button>
      <div role="status" className="verify__result">
        {result?.ok ? <p className="alert alert--success">{t.audit.verifyOk(result.sealedCount, result.unsealedCount)}</p> : null}
      </div>
      {result && !result.ok ? (
        <div role="alert" className="alert alert--danger">
          <p>{t.audit.verifyBroken(result.firstBrokenSeq)}</p>
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </section>
  );
}
