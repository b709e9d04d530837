import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.js';
import type { DemoData } from './index.js';
import { seedDemoContent } from './seed-content.js';
import { type DemoIds as Ids, lookup, municipalityKey, type DemoTransaction as Tx } from './seed-context.js';

const json = (value: unknown) => JSON.stringify(value);

/**
 * Writes the demo data in one transaction. Rows are matched on their slugs and official
 * codes, so a second run updates in place and never duplicates.
 */
export async function seedDemoData(db: Kysely<Database>, data: DemoData): Promise<void> {
  await db.transaction().execute(async (tx) => {
    // Several instances may start at once; one seeds while the others wait, then find it done.
    await sql`SELECT pg_advisory_xact_lock(hashtext('samverka:demo-seed'))`.execute(tx);
    const municipalities = new Map(
      (await tx.selectFrom('municipalities').select(['id', 'country', 'code']).execute()).map((row) => [
        municipalityKey(row),
        row.id,
      ]),
    );
    const federations = await upsertFederations(tx, data);
    const topics = new Map<string, string>();
    for (const topic of data.topics) {
      const row = await tx
        .insertInto('topics')
        .values({ slug: topic.slug, name_sv: topic.sv, name_nb: topic.nb, name_en: topic.en })
        .onConflict((c) => c.column('slug').doUpdateSet({ name_sv: topic.sv, name_nb: topic.nb, name_en: topic.en }))
        .returning('id')
        .executeTakeFirstOrThrow();
      topics.set(topic.slug, row.id);
    }
    const ids: Ids = {
      federation: (slug) => lookup(federations, 'federation', slug),
      municipality: (ref) => lookup(municipalities, 'municipality', municipalityKey(ref)),
      topic: (slug) => lookup(topics, 'topic', slug),
      contact: () => null,
    };
    await upsertMemberships(tx, data, ids);
    const contacts = await upsertContacts(tx, data, ids);
    ids.contact = (key) => (key ? lookup(contacts, 'contact', key) : null);
    await seedDemoContent(tx, data, ids);
  });
}

async function upsertFederations(tx: Tx, data: DemoData): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Parents first, so a child can point at its parent's id.
  const ordered = [...data.federations].sort((a, b) => Number(Boolean(a.parentSlug)) - Number(Boolean(b.parentSlug)));
  for (const federation of ordered) {
    const values = {
      name: federation.name,
      short_name: federation.shortName ?? null,
      kind: federation.kind,
      country: federation.country,
      region_name: federation.regionName ?? null,
      region_county_codes: federation.regionCountyCodes,
      description: federation.description,
      website: federation.website ?? null,
      social_links: json(federation.socialLinks),
      parent_id: federation.parentSlug ? lookup(ids, 'federation', federation.parentSlug) : null,
      time_zone: federation.timeZone,
      default_language: federation.defaultLanguage,
      is_demo: federation.isDemo,
    };
    const row = await tx
      .insertInto('federations')
      .values({ slug: federation.slug, ...values })
      .onConflict((c) => c.column('slug').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(federation.slug, row.id);
  }
  return ids;
}

async function upsertMemberships(tx: Tx, data: DemoData, ids: Ids): Promise<void> {
  const rows = data.federations.flatMap((federation) =>
    federation.members.map((member) => ({
      federation_id: ids.federation(federation.slug),
      municipality_id: ids.municipality(member),
      joined_on: member.joinedOn,
      left_on: member.leftOn ?? null,
    })),
  );
  if (rows.length === 0) return;
  await tx
    .insertInto('memberships')
    .values(rows)
    .onConflict((c) =>
      c
        .columns(['federation_id', 'municipality_id', 'joined_on'])
        .doUpdateSet((eb) => ({ left_on: eb.ref('excluded.left_on') })),
    )
    .execute();
}

async function upsertContacts(tx: Tx, data: DemoData, ids: Ids): Promise<Map<string, string>> {
  const contacts = new Map<string, string>();
  for (const contact of data.contacts) {
    const owner = {
      federation_id: contact.federationSlug ? ids.federation(contact.federationSlug) : null,
      municipality_id: contact.municipality ? ids.municipality(contact.municipality) : null,
    };
    const values = {
      role_title: contact.roleTitle,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      language: contact.language,
      is_demo: true,
    };
    const existing = await tx
      .selectFrom('contacts')
      .select('id')
      .where('name', '=', contact.name)
      .where((eb) =>
        owner.federation_id
          ? eb('federation_id', '=', owner.federation_id)
          : eb('municipality_id', '=', owner.municipality_id),
      )
      .executeTakeFirst();
    const id = existing
      ? (
          await tx
            .updateTable('contacts')
            .set(values)
            .where('id', '=', existing.id)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      : (
          await tx
            .insertInto('contacts')
            .values({ ...owner, name: contact.name, ...values })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
    contacts.set(contact.key, id);
  }
  return contacts;
}
