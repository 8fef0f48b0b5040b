import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError } from './errors.js';

const NO_SUCH_ADDRESS = 'Cette adresse ne correspond à aucune ressource.';

/**
 * Serves the built web app. Hashed assets are cached for a year; any other GET outside /api
 * returns index.html so that the client router handles deep links; unknown /api paths answer a
 * JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (!webRoot) {
    app.setNotFoundHandler(() => {
      throw new AppError('NOT_FOUND', NO_SUCH_ADDRESS);
    });
    return;
  }
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`The web app is not built (${webRoot}/index.html missing): run npm run build:web`);
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/')) {
      throw new AppError('NOT_FOUND', NO_SUCH_ADDRESS);
    }
    return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
  });
}
