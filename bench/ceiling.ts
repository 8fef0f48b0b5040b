// The ceiling: the cheapest possible Fastify route on this machine. Every Parcours figure is read
// against it, so a slow machine shows up as a low ceiling rather than as a slow app.
import Fastify from 'fastify';

export interface Ceiling {
  url: string;
  close(): Promise<void>;
}

export async function startCeiling(): Promise<Ceiling> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({}));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => app.close() };
}
