// Passwords: argon2id (@node-rs/argon2, a prebuilt binary inside the npm package) with the OWASP
// minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. About 0.1 s a hash on a small server;
// the parameters are stored in each hash, so raising them later keeps old hashes verifiable.
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id (a const enum, which this build cannot import by name).
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Checked when an email has no account (or no password yet), so that answer takes as long as a
// wrong password: the time of a refusal does not tell whether an account exists. The hash of a
// random secret nobody kept, made once with OPTIONS (nothing matches it).
const DECOY =
  '$argon2id$v=19$m=19456,t=2,p=1$07SWatSidNaC+SJh6BY4/A$HrQjtKSUsWzpJaRVS0eCfSQs4KwvfdDHY64WGiPAWDg';

/** True when `password` matches `stored`; with no stored hash, spends the same time and says false. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(DECOY, password, OPTIONS).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password, OPTIONS);
  } catch {
    return false;
  }
}
