import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on a free loopback port, for tests: it keeps what it accepts, and refuses
 * recipients on demand (`refuse(address, codes)`: one answer per attempt, e.g. [451] once, then accepted).
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, number[]>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refusals.get(address.address)?.shift();
      if (code === undefined) return callback();
      callback(Object.assign(new Error(code >= 500 ? 'Boîte aux lettres inconnue' : 'Boîte pleine, réessayez plus tard'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** What reached `address`. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    refuse: (address: string, codes: number[]) => void refusals.set(address, [...codes]),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
