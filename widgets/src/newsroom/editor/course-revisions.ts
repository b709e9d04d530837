import { COURSE_HISTORY } from '../api/course-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import {
  type CompareField,
  type CompareView,
  type ListItem,
  languageField,
  listField,
  nameField,
  namesField,
  richField,
  textField,
} from './revision-compare.js';
import { type RevisionSource, revisionsOf } from './revision-history.js';

/** A credit as the history keeps it. */
interface KeptCredit {
  hours: number;
  body: string;
  note?: string;
}

/** A session as the history keeps it (snake_case, times as ISO strings). */
interface KeptSession {
  id: string;
  starts_at: string;
  ends_at: string;
  place_name: string | null;
  capacity: number | null;
  status: string;
}

function creditItem(credit: KeptCredit): ListItem {
  const text = `${credit.hours} h, ${credit.body}${credit.note ? ` (${credit.note})` : ''}`;
  return { key: text, text };
}

/** A session by its id, so a changed time shows as the same session changed. */
function sessionItem(session: KeptSession, { strings, language, timeZone }: CompareView): ListItem {
  const when = `${formatTime(session.starts_at, language, timeZone)} – ${formatTime(session.ends_at, language, timeZone)}`;
  const parts = [
    when,
    session.place_name,
    session.capacity === null ? null : fill(strings.places, session.capacity),
    session.status === 'cancelled' ? strings.CANCELLED : null,
  ];
  return { key: session.id, text: parts.filter(Boolean).join(', ') };
}

const format: CompareField = {
  label: 'courseFormat',
  read: (snapshot, { strings }) => ({
    text: strings[`format${String(snapshot.format).toUpperCase()}` as keyof typeof strings] ?? String(snapshot.format),
    whole: true,
  }),
};

const price: CompareField = {
  label: 'price',
  read: (snapshot) => ({
    text: snapshot.price_amount ? `${snapshot.price_amount} ${snapshot.price_currency ?? ''}`.trim() : '',
    whole: true,
  }),
};

/** A course's history, compared field by field as its form names them, its sessions included. */
export const COURSE_REVISIONS: RevisionSource = {
  load: revisionsOf(COURSE_HISTORY, 'editableCourse'),
  fields: [
    textField('title', 'title'),
    textField('summary', 'summary'),
    richField('description_html', 'description'),
    format,
    languageField('language', 'courseLanguage'),
    listField('target_audiences', 'targetAudiences'),
    listField('learning_goals', 'learningGoals'),
    listField('credits', 'credits', creditItem),
    price,
    nameField('contact', 'courseContact'),
    namesField('topics', 'topics'),
    namesField('openTo', 'openTo'),
    namesField('prerequisites', 'prerequisites'),
    listField('sessions', 'sessions', sessionItem),
  ],
};
