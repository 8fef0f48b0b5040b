import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Db, EngineKind } from '../../platform/db/engine.js';
import type { AuthService } from '../../platform/auth/service.js';
import { actorOf } from '../../platform/http/server.js';
import { AppError } from '../../platform/http/errors.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/session-guard.js';
import type { Runner } from '../../platform/usecase/runner.js';
import { Branding, Health, LocaleInput, LoginInput, SessionInfo } from '../../shared/contracts/auth.js';
import { ErrorBody } from '../../shared/contracts/common.js';
import { readSettings } from '../organisations/settings-queries.js';
import { brandingFor } from './branding.js';
import { changeLocale, currentUser } from './use-cases.js';
import { sessionUser } from './session-view.js';

export interface AccessDeps {
  db: Db;
  engine: EngineKind;
  auth: AuthService;
  run: Runner;
  defaultDepartmentCode: string;
}

export function accessRoutes(app: FastifyInstance, deps: AccessDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Accès'];
  const publicRoute = { access: 'public' as const };

  r.get('/api/health', { config: publicRoute, schema: { tags, response: { 200: Health, 503: ErrorBody } } }, async (_req, reply) => {
    try {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: deps.engine };
    } catch {
      return reply.code(503).send({ code: 'INTERNAL', message: 'La base de données ne répond pas.' });
    }
  });

  r.post('/api/auth/login', { config: publicRoute, schema: { tags, body: LoginInput, response: { 200: SessionInfo } } }, async (req, reply) => {
    const parsed = LoginInput.safeParse(req.body);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'Saisissez une adresse e-mail et un mot de passe.');
    const opened = await deps.auth.login(parsed.data.email, parsed.data.password, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
    const { values } = await readSettings(deps.db, opened.account.departmentId);
    setSessionCookie(req, reply, opened.token, values.sessionAbsoluteHours * 3600);
    return { user: await sessionUser(deps.db, opened.account.id), csrfToken: opened.csrfToken };
  });

  r.post('/api/auth/logout', { schema: { tags, response: { 204: z.null() } } }, async (req, reply) => {
    await deps.auth.logout(req.sessionToken!, actorOf(req));
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  r.get('/api/session', { schema: { tags, response: { 200: SessionInfo } } }, async (req) => ({
    user: await deps.run(currentUser, {}, actorOf(req)),
    csrfToken: req.csrfToken!,
  }));

  r.put('/api/session/locale', { schema: { tags, body: LocaleInput, response: { 204: z.null() } } }, async (req, reply) => {
    await deps.run(changeLocale, req.body, actorOf(req));
    return reply.code(204).send(null);
  });

  const brandingTarget = (actorDepartment: string | undefined, code: string | undefined) =>
    actorDepartment ? { departmentId: actorDepartment } : { code: code ?? deps.defaultDepartmentCode };

  r.get('/api/branding', { config: { access: 'optional' }, schema: { tags, response: { 200: Branding } } }, async (req) => {
    const found = await brandingFor(deps.db, brandingTarget(req.actor?.departmentId, undefined));
    if (!found) throw new AppError('NOT_FOUND');
    return found.branding;
  });

  r.get(
    '/api/branding/logo.svg',
    { config: { access: 'optional' }, schema: { tags, querystring: z.object({ d: z.string().max(3).optional() }) } },
    async (req, reply) => {
      const code = (req.query as { d?: string }).d;
      const found = await brandingFor(deps.db, brandingTarget(req.actor?.departmentId, code));
      if (!found) throw new AppError('NOT_FOUND');
      return reply
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('cache-control', 'private, max-age=300')
        .type('image/svg+xml')
        .send(found.logoSvg);
    },
  );
}
