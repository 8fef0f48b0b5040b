import { createServer, type IncomingMessage } from 'node:http';

export interface ReceivedSms {
  apiKey: string | undefined;
  body: { sender: string; recipient: string; content: string; type: string };
}

/**
 * Brevo's transactional SMS endpoint as its documentation describes it (POST
 * /v3/transactionalSMS/send, `api-key` header, 201 with a messageId), on a free loopback port: the
 * real service cannot be reached from here. It keeps what it accepts and answers a recipient with
 * the statuses queued by `refuse(recipient, statuses)`, one per attempt.
 */
export async function startBrevoServer() {
  const received: ReceivedSms[] = [];
  const refusals = new Map<string, number[]>();
  let next = 1000;
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method !== 'POST' || req.url !== '/v3/transactionalSMS/send') return reply(404, { code: 'not_found', message: 'Not found' });
    const body = JSON.parse(await text(req)) as ReceivedSms['body'];
    const status = refusals.get(body.recipient)?.shift();
    if (status !== undefined) return reply(status, { code: 'refused', message: status === 400 ? 'Invalid phone number' : 'Try again later' });
    received.push({ apiKey: req.headers['api-key'] as string | undefined, body });
    reply(201, { messageId: next++ });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    to: (recipient: string) => received.filter((m) => m.body.recipient === recipient),
    refuse: (recipient: string, statuses: number[]) => void refusals.set(recipient, [...statuses]),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
