import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './topic.js';
import './federation.js';
import './feed-links.js';
import './membership.js';
import './municipality.js';
import './news.js';
import './course.js';
import './event.js';
import './contact.js';
import './initiative.js';
import './search.js';
import './problems.js';
import './account.js';
import './account-mutations.js';
import './people.js';
import './audit.js';
import './news-editing.js';
import './news-drafts.js';
import './news-publishing.js';

builder.queryType({ description: 'Everything public in the hub. Over GET, answers are cacheable.' });
builder.mutationType({ description: 'Changes; each needs a bearer token and a role in the federation it touches.' });

export const schema = builder.toSchema({ sortSchema: true });
