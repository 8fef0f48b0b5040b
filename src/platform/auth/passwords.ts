import { hash, verify } from '@node-rs/argon2';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

// OWASP's argon2id baseline (19 MiB, 2 passes): strong enough, and fast enough not to be a DoS lever.
// `algorithm: 2` is Argon2id (the package exports it as an ambient const enum).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps response times alike,
// so timing does not reveal which e-mails have an account.
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-never-used'));

zxcvbnOptions.setOptions({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
const COMMON = new Set(common.dictionary.passwords);

export const MIN_PASSWORD_LENGTH = 12;

/** The password policy: null when acceptable, otherwise the French reason. */
export function passwordWeakness(password: string, context: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  if (COMMON.has(password.toLowerCase())) return 'Ce mot de passe fait partie des mots de passe les plus courants.';
  const lower = password.toLowerCase();
  const personal = context.flatMap((c) => c.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 4);
  if (personal.some((w) => lower.includes(w))) return 'Le mot de passe ne doit pas contenir votre nom ni votre adresse e-mail.';
  if (zxcvbn(password, context).score < 3) {
    return 'Ce mot de passe est trop prévisible (mot courant, suite de touches ou information personnelle).';
  }
  return null;
}
