// `pnpm admin <command>`: accounts from the command line, for the first run on an empty database
// (no one can sign in yet to invite anyone) and for scripts' access tokens. Writes to NEO4J_URI,
// or the bundled Neo4j (running, or started for the run).
import { parseArgs } from 'node:util';
import { loadEnv } from '@powergroups/config';
import {
  AccountError,
  createAdmin,
  createOrganiser,
  type Invitation,
  inviteMember,
  issueAccessToken,
  normaliseEmail,
  revokeToken,
} from '../auth/accounts.ts';
import { authSettings } from '../auth/settings.ts';
import { accessTokensOf, accountByEmail, accountOfMember, type TokenScope } from '../db/auth-repo.ts';
import { openDatabase } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema-setup.ts';

const USAGE = `Usage: pnpm admin <command> [options]

  create-organiser --group <id> --email <email> [--name <name>] [--group-name <name>]
                   [--region <r>] [--meeting-day <d>] [--company <c>] [--industry <id>] [--admin]
        the group (created when --group-name is given and it does not exist), its organiser (the
        member with that email, or a new one named --name), their account, and a one-time link to
        set a password. The first account made on a database is the instance admin.
  create-admin --email <email>
        an instance admin (edits the shared industry catalogue), with a link to set a password
  invite --member <id> | --email <email>
        a new single-use link for a member to set (or reset) their password
  create-token (--email <email> | --member <id>) --name <name> [--days 90] [--scope read|write]
        a personal access token for scripts, printed once
  list-tokens (--email <email> | --member <id>)
  revoke-token --id <token id>

Links start with PUBLIC_URL (now: %PUBLIC_URL%); they expire after INVITATION_DAYS days.`;

class UsageError extends Error {}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

function printLink(what: string, invitation: Invitation): void {
  console.log(`\n${what}: ${invitation.name} <${invitation.email}>`);
  console.log(
    `One-time sign-in link (expires ${invitation.expiresAt.toISOString()}; shown once, not stored):`,
  );
  console.log(`\n  ${invitation.link}\n`);
}

async function accountId(db: Database, values: { email?: string; member?: string }): Promise<string> {
  if (values.member) {
    const account = await accountOfMember(db, values.member);
    if (!account) throw new UsageError(`Member "${values.member}" has no account: invite them first`);
    return account.accountId;
  }
  const email = normaliseEmail(required(values.email, '--email (or --member)'));
  const account = await accountByEmail(db, email);
  if (!account) throw new UsageError(`No account signs in with ${email}`);
  return account.accountId;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      group: { type: 'string' },
      'group-name': { type: 'string' },
      region: { type: 'string' },
      'meeting-day': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      company: { type: 'string' },
      industry: { type: 'string' },
      admin: { type: 'boolean' },
      member: { type: 'string' },
      days: { type: 'string', default: '90' },
      scope: { type: 'string', default: 'read' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const env = loadEnv();
  const settings = authSettings(env);
  const command = positionals[0];
  if (!command || values.help || command === 'help') {
    console.log(USAGE.replace('%PUBLIC_URL%', settings.publicUrl));
    return;
  }
  const known = ['create-organiser', 'create-admin', 'invite', 'create-token', 'list-tokens', 'revoke-token'];
  if (!known.includes(command)) throw new UsageError(`Unknown command "${command}"`);

  const connection = await openDatabase(env, { log: (line) => console.error(line), requireReachable: true });
  const { db } = connection;
  try {
    await ensureSchema(db);
    switch (command) {
      case 'create-organiser': {
        const created = await createOrganiser(
          db,
          {
            groupId: required(values.group, '--group'),
            groupName: values['group-name'],
            region: values.region,
            meetingDay: values['meeting-day'],
            email: required(values.email, '--email'),
            name: values.name,
            company: values.company,
            industryId: values.industry,
            admin: values.admin,
          },
          settings,
        );
        if (created.createdGroup) console.log(`Created the group ${created.groupName} (${created.groupId}).`);
        console.log(
          `${created.createdMember ? 'Added' : 'Made'} ${created.name} (${created.memberId}) organiser of ${created.groupName}` +
            `${created.admin ? ', and instance admin' : ''}.`,
        );
        printLink('Organiser', created);
        break;
      }
      case 'create-admin': {
        printLink('Instance admin', await createAdmin(db, required(values.email, '--email'), settings));
        break;
      }
      case 'invite': {
        const memberId =
          values.member ??
          (values.email ? (await accountByEmail(db, normaliseEmail(values.email)))?.memberId : null);
        if (!memberId) throw new UsageError('give --member <id>, or --email of an account that is a member');
        // The operator may reset a forgotten password: the link replaces it once used.
        printLink('Invitation', await inviteMember(db, { memberId, invitedBy: null, settings, reset: true }));
        break;
      }
      case 'create-token': {
        const scope = values.scope as TokenScope;
        if (scope !== 'read' && scope !== 'write') throw new UsageError('--scope is read or write');
        const days = Number(values.days);
        if (!Number.isInteger(days) || days < 1 || days > 365) throw new UsageError('--days is 1 to 365');
        const created = await issueAccessToken(db, {
          accountId: await accountId(db, values),
          name: required(values.name, '--name'),
          scope,
          days,
        });
        console.error(
          `Access token "${created.record.name}" (${created.record.id}, ${scope}, expires ${created.record.expiresAt}).`,
        );
        console.error('Shown once, not stored: send it as `Authorization: Bearer <token>`.');
        console.log(created.token);
        break;
      }
      case 'list-tokens': {
        const tokens = await accessTokensOf(db, await accountId(db, values));
        if (tokens.length === 0) console.log('No access tokens.');
        for (const token of tokens) {
          console.log(
            `${token.id}  ${token.scope.padEnd(5)}  ${token.expired ? 'EXPIRED' : `expires ${token.expiresAt}`}  ` +
              `last used ${token.lastUsedAt ?? 'never'}  ${token.name}`,
          );
        }
        break;
      }
      case 'revoke-token': {
        const id = required(values.id, '--id');
        if (!(await revokeToken(db, id, null))) throw new UsageError(`No active access token "${id}"`);
        console.log(`Revoked ${id}: it stops working at once.`);
        break;
      }
    }
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof AccountError) {
    console.error(`${error.message}\n\nRun \`pnpm admin --help\` for the commands.`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
