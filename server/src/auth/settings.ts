// Sign-in settings from the environment (read in config/src/env.ts, nowhere else).
import { type Env, isLoopbackHost, publicUrl } from '@powergroups/config';
import type { YogaOptions } from '../yoga.ts';
import type { AuthSettings } from './accounts.ts';

export type AccessOptions = Pick<YogaOptions, 'demoMode' | 'auth' | 'corsOrigins' | 'trustProxy'>;

export function authSettings(env: Env): AuthSettings {
  return { publicUrl: publicUrl(env), sessionDays: env.SESSION_DAYS, invitationDays: env.INVITATION_DAYS };
}

/**
 * The demo sign-in exists only when the server opened the bundled Neo4j (where the sample and its
 * demo accounts are loaded) and listens on loopback, so nobody else can reach it.
 */
export function accessOptions(env: Env, { bundled }: { bundled: boolean }): AccessOptions {
  return {
    demoMode: bundled && isLoopbackHost(env.HOST),
    auth: authSettings(env),
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
  };
}
