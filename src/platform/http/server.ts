import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Actor } from '../policy/actor.js';
import type { AuthService } from '../auth/service.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerErrorHandling } from './error-handler.js';
import { registerSessionGuard } from './session-guard.js';
import { registerWebApp } from './web-app.js';

/** Who may call a route: `public` needs no session; `optional` reads one when present. */
export type RouteAccess = 'public' | 'optional' | 'required';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
  interface FastifyInstance {
    apiRoutes: { method: string; url: string; access: RouteAccess }[];
  }
}

export interface HttpServerOptions {
  logger: Logger;
  auth: AuthService;
  /** Built web app to serve (dist/web); absent in API-only tests. */
  webRoot?: string | undefined;
  trustProxy?: boolean;
}

export type App = FastifyInstance;

export const UPLOAD_TYPES = [
  'application/octet-stream',
  'text/csv',
  'text/xml',
  'application/xml',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
  'image/png',
  'image/jpeg',
];
/** The CAF's monthly flux runs to tens of megabytes. */
export const UPLOAD_LIMIT = 256 * 1024 * 1024;

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route declared public reached an actor-only handler');
  return request.actor;
}

export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const typed = Fastify({
    loggerInstance: options.logger,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    // Request logs carry the route pattern, never the URL: query strings may hold names.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  // Capabilities take the plain instance and pick the zod type provider themselves.
  const app = typed as unknown as FastifyInstance;

  // The use-case runner is the one place that validates input (zod); route schemas document the
  // API and shape the responses, so Fastify does not validate them a second time.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('apiRoutes', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.apiRoutes.push({ method, url: route.url, access: route.config?.access ?? 'required' });
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  // Uploaded files (imports) arrive as raw bytes; the route that accepts them sets its own size limit.
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Parcours API', version: '0.1.0', description: 'API de Parcours (accompagnement RSA).' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'parcours_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerSessionGuard(app, options.auth);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app, options.webRoot);
  return app;
}
