import nodemailer from 'nodemailer';
import { brevoSmsProvider, type BrevoSettings } from './brevo-sms.js';

/**
 * How messages leave Parcours. Each channel sits behind a small interface so that a département
 * plugs in its own SMS provider or mail relay without touching the sending logic
 * (capabilities/reminders/dispatch.ts), which keeps the at-most-once discipline whatever the transport.
 */

export type Channel = 'email' | 'sms';

export interface OutgoingMessage {
  to: string;
  /** E-mail only. */
  subject: string | null;
  body: string;
}

/** What a transport did with a message it accepted. */
export type Delivery =
  /** Handed to the relay or provider, with its own identifier of the message. */
  | { status: 'sent'; transportId: string | null }
  /** No transport is configured: the message stays in Parcours' outbox, for staff to read and pass on. */
  | { status: 'kept_in_outbox' };

/**
 * A send that did not go through. `permanent` (an address the relay refuses for good) is not
 * worth retrying; anything else (a relay that is down, a 4xx answer) is retried with backoff.
 */
export class TransportError extends Error {
  constructor(message: string, readonly permanent: boolean) {
    super(message);
  }
}

export interface EmailTransport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<Delivery>;
}

/**
 * An SMS provider (an operator's HTTP API, an e-mail-to-SMS gateway…). `send` resolves once the
 * provider has accepted the message, with its identifier; it throws a TransportError when it
 * refuses. Brevo is bundled (brevo-sms.ts); the embedded default keeps every SMS in the outbox.
 */
export interface SmsProvider {
  readonly name: string;
  send(message: OutgoingMessage): Promise<Delivery>;
}

export interface Transports {
  email: EmailTransport;
  sms: SmsProvider;
}

/** The embedded default for a channel: nothing leaves, the message is kept for people to read. */
export const outboxOnly = (name: string) => ({ name, send: async (): Promise<Delivery> => ({ status: 'kept_in_outbox' }) });

/** Generous but bounded: a claimed message must end (sent or failed) well within the sending lease. */
const SMTP_TIMEOUT_MS = 30_000;

/** E-mail through an SMTP relay (smtp://user:pass@host:587, smtps://… for implicit TLS). */
export function smtpTransport(url: string, from: string): EmailTransport {
  const mailer = nodemailer.createTransport({ url, connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS });
  return {
    name: 'smtp',
    async send(message) {
      try {
        const info = await mailer.sendMail({ from, to: message.to, subject: message.subject ?? '', text: message.body });
        return { status: 'sent', transportId: info.messageId ?? null };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        const text = error instanceof Error ? error.message : String(error);
        throw new TransportError(code ? `SMTP ${code} : ${text}` : text, code !== undefined && code >= 500);
      }
    },
  };
}

export interface MessagingConfig {
  /** Unset: e-mails are kept in the outbox. */
  smtpUrl?: string | undefined;
  smtpFrom: string;
  /** Unset: SMS are kept in the outbox. */
  brevo?: BrevoSettings | undefined;
}

export function createTransports(config: MessagingConfig): Transports {
  return {
    email: config.smtpUrl ? smtpTransport(config.smtpUrl, config.smtpFrom) : outboxOnly('outbox'),
    sms: config.brevo ? brevoSmsProvider(config.brevo) : outboxOnly('outbox'),
  };
}
