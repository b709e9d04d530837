import { createInterface } from 'node:readline';
import { sdlIsCurrent, writeSdl } from '@samverka/schema/sdl';
import { readConfig } from './config.js';
import { CreateAdminError, createPlatformAdmin } from './create-admin.js';
import { prepareDatabase } from './database.js';
import { ImportFeedsError, importFeeds } from './import-feeds-command.js';
import { AddressPolicy } from './ingest/address-policy.js';
import { createFeedFetcher } from './ingest/fetch-feed.js';

const USAGE = `Usage: node server/dist/cli.js <command>

Commands:
  migrate         apply pending migrations and load the reference data (DATABASE_URL or the PGlite data directory)
  seed            migrate, then load the demo data as well
  schema:print    write the printed SDL to schema/schema.graphql
  schema:check    fail when schema/schema.graphql differs from the schema the code builds
  create-admin <email> [display name]
                  make a platform admin; the password is read from SAMVERKA_ADMIN_PASSWORD or
                  from the first line of standard input (an existing account is promoted)
  import-feeds [--federation <slug>]
                  import every feed source that is switched on now (of one federation), a line per
                  source; exits with 1 when any of them failed`;

async function run(command: string | undefined, args: string[]): Promise<number> {
  const config = readConfig();
  const log = (message: string, details?: Record<string, unknown>) =>
    console.log(details ? `${message} ${JSON.stringify(details)}` : message);
  switch (command) {
    case 'migrate':
    case 'seed': {
      const database = await prepareDatabase({
        url: config.databaseUrl,
        dataDir: config.dataDir,
        seedDemo: command === 'seed',
        log,
      });
      await database.close();
      return 0;
    }
    case 'schema:print':
      await writeSdl();
      console.log('wrote schema/schema.graphql');
      return 0;
    case 'schema:check':
      if (await sdlIsCurrent()) {
        console.log('schema/schema.graphql is up to date');
        return 0;
      }
      console.error('schema/schema.graphql has drifted from the code; run `npm run schema:print` and commit it.');
      return 1;
    case 'create-admin': {
      const [email, ...name] = args;
      if (!email) {
        console.error(USAGE);
        return 2;
      }
      const password = process.env.SAMVERKA_ADMIN_PASSWORD ?? (await firstLineOfStdin());
      const database = await prepareDatabase({ url: config.databaseUrl, dataDir: config.dataDir, seedDemo: false });
      try {
        const outcome = await createPlatformAdmin(database.db, {
          email,
          password,
          displayName: name.join(' ') || email.split('@')[0] || email,
        });
        console.log(`${email}: platform admin ${outcome}.`);
        return 0;
      } catch (error) {
        if (!(error instanceof CreateAdminError)) throw error;
        console.error(error.message);
        return 1;
      } finally {
        await database.close();
      }
    }
    case 'import-feeds': {
      const flag = args.indexOf('--federation');
      const federation = flag >= 0 ? args[flag + 1] : undefined;
      if ((flag >= 0 && !federation) || args.length !== (flag >= 0 ? 2 : 0)) {
        console.error(USAGE);
        return 2;
      }
      const database = await prepareDatabase({ url: config.databaseUrl, dataDir: config.dataDir, seedDemo: false });
      const fetcher = createFeedFetcher({ addressPolicy: new AddressPolicy(config.feedAllowedAddresses) });
      try {
        const results = await importFeeds(database.db, fetcher, { federation }, (line) => console.log(line));
        return results.some((result) => result?.status === 'failed') ? 1 : 0;
      } catch (error) {
        if (!(error instanceof ImportFeedsError)) throw error;
        console.error(error.message);
        return 1;
      } finally {
        await fetcher.close();
        await database.close();
      }
    }
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

async function firstLineOfStdin(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

process.exitCode = await run(process.argv[2], process.argv.slice(3));
