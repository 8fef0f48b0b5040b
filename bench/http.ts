// HTTP helpers of the bench's main process (the load itself comes from the child process).
const SESSION_COOKIE = 'parcours_session';

export interface Session {
  /** `parcours_session=<token>`, ready for a Cookie header. */
  cookie: string;
  /** Sent back as x-csrf-token on every state-changing request. */
  csrfToken: string;
}

/** Logs in once over HTTP. */
export async function login(base: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`login answered ${res.status} without a ${SESSION_COOKIE} cookie`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** One request as a user, its JSON answer and its wall-clock time; anything but 2xx throws. */
export async function call<T>(base: string, session: Session, method: 'GET' | 'POST', path: string, body?: Buffer): Promise<{ json: T; ms: number }> {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method === 'POST') headers['x-csrf-token'] = session.csrfToken;
  if (body) headers['content-type'] = 'application/octet-stream';
  // A copy made before the clock starts: the DOM typings take no Node Buffer as a body.
  const payload = body ? new Uint8Array(body) : undefined;
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { method, headers, ...(payload ? { body: payload } : {}) });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return { json: JSON.parse(text) as T, ms };
}
