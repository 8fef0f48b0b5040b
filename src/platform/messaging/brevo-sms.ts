import { TransportError, type SmsProvider } from './transports.js';
import { internationalNumber } from './phone.js';

export interface BrevoSettings {
  apiKey: string;
  /** What the phone shows as the sender: up to 11 letters or digits (operators' rule). */
  sender: string;
  /** https://api.brevo.com; another base for a proxy or a test server. */
  baseUrl: string;
}

/** Bounded like the SMTP relay's: a claimed message must end well within the sending lease. */
const TIMEOUT_MS = 30_000;

/**
 * Transactional SMS through Brevo (a French provider many public bodies already use), by its HTTP
 * API: POST /v3/transactionalSMS/send with the account's key. A number the provider refuses (400)
 * or that is not a phone number fails for good; anything else (a timeout, 429, 5xx, an account
 * out of credits or a key being rotated) is retried by the dispatcher with its backoff.
 */
export function brevoSmsProvider(settings: BrevoSettings): SmsProvider {
  const url = new URL('/v3/transactionalSMS/send', settings.baseUrl);
  return {
    name: 'brevo',
    async send(message) {
      const recipient = internationalNumber(message.to);
      if (!recipient) throw new TransportError(`Numéro de téléphone inutilisable pour un SMS : ${message.to}`, true);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'api-key': settings.apiKey, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ sender: settings.sender, recipient, content: message.body, type: 'transactional', unicodeEnabled: true }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        throw new TransportError(`Brevo injoignable : ${error instanceof Error ? error.message : String(error)}`, false);
      }
      const answer = (await response.json().catch(() => ({}))) as { messageId?: number | string; message?: string };
      if (!response.ok) throw new TransportError(`Brevo ${response.status} : ${answer.message ?? response.statusText}`, response.status === 400);
      return { status: 'sent', transportId: answer.messageId === undefined ? null : String(answer.messageId) };
    },
  };
}
