import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/service.js';
import { sameSecret } from '../auth/tokens.js';
import { AppError } from './errors.js';
import { isLocalhost } from './security-headers.js';

export const SESSION_COOKIE = 'parcours_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: !isLocalhost(request),
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

/** A state-changing request without a session must still come from our own pages. */
function assertSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('CSRF_INVALID');
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.host) throw new AppError('CSRF_INVALID');
}

/**
 * Authenticates every /api request by its session cookie unless the route is public, and checks
 * the CSRF token (synchroniser pattern: `x-csrf-token` must equal the session's) on every
 * state-changing request.
 */
export function registerSessionGuard(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const access = request.routeOptions.config?.access ?? 'required';
    const unsafe = !SAFE_METHODS.has(request.method);
    const token = request.cookies[SESSION_COOKIE];
    if (access === 'public') {
      if (unsafe) assertSameOrigin(request);
      return;
    }
    if (!token) {
      if (access === 'optional') return;
      throw new AppError('UNAUTHENTICATED');
    }
    try {
      const session = await auth.resolve(token, request.ip);
      request.actor = session.actor;
      request.sessionToken = token;
      request.csrfToken = session.csrfToken;
    } catch (error) {
      if (access === 'optional') return;
      throw error;
    }
    if (unsafe) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.csrfToken ?? '')) throw new AppError('CSRF_INVALID');
    }
  });
}
