import type { Database } from '@samverka/db/database';
import { findFederationBySlug } from '@samverka/db/federations';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { federationAlternateLinks } from '../feeds/alternate-links.js';
import { widgetScriptPath } from '../widgets/routes.js';
import { registerPageAssets } from './assets.js';
import { demoPage } from './demo-page.js';
import { embedPage } from './embed-page.js';
import { embedLanguageOf } from './embed-texts.js';
import { sendPage } from './security-headers.js';

/** The federation the demo municipality belongs to; it comes with the demo data. */
export const DEMO_FEDERATION = 'vo-college-skane';

export interface PageRouteOptions {
  db: Kysely<Database>;
  publicUrl: string;
}

/** Mounts the demo municipal website at `/` and the embed builder at `/embed`; after registerWidgets. */
export function registerPages(app: FastifyInstance, { db, publicUrl }: PageRouteOptions): void {
  registerPageAssets(app);

  app.get('/', async (_request, reply) => {
    const federation = await findFederationBySlug(db, DEMO_FEDERATION);
    if (!federation) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send(
          `The demo page needs the demo data (federation "${DEMO_FEDERATION}"): start with SAMVERKA_DEMO_DATA=true.`,
        );
    }
    const alternateLinks = federationAlternateLinks(publicUrl, federation);
    return sendPage(reply, publicUrl, demoPage({ publicUrl, federation, alternateLinks }));
  });

  app.get<{ Querystring: { lang?: string } }>('/embed', async (request, reply) => {
    const scripts = [widgetScriptPath('samverka.js'), widgetScriptPath('embed-builder.js')];
    return sendPage(reply, publicUrl, embedPage({ publicUrl, language: embedLanguageOf(request.query.lang), scripts }));
  });
}
