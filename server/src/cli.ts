import { sdlIsCurrent, writeSdl } from '@samverka/schema/sdl';
import { readConfig } from './config.js';
import { prepareDatabase } from './database.js';

const USAGE = `Usage: node server/dist/cli.js <command>

Commands:
  migrate         apply pending migrations and load the reference data (DATABASE_URL or the PGlite data directory)
  seed            migrate, then load the demo data as well
  schema:print    write the printed SDL to schema/schema.graphql
  schema:check    fail when schema/schema.graphql differs from the schema the code builds`;

async function run(command: string | undefined): Promise<number> {
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
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

process.exitCode = await run(process.argv[2]);
