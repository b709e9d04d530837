import { isField, type ProblemText, withDetail } from './problem-values.js';

// Every problem the hub can answer with, by its code, in English; problems-sv.ts must have the same
// codes (the type says so) and test/newsroom/problem-texts.test.ts fails when the hub has one neither names.
const texts = {
  // Input: text and lists
  REQUIRED: (v) =>
    isField(v, 'municipality')
      ? 'Choose the municipality.'
      : v.most
        ? `Fill this in: 1 to ${v.most} characters.`
        : 'Fill this in; it cannot be left empty.',
  TOO_LONG: (v) =>
    isField(v, 'url') && v.most
      ? `Use an address shorter than ${v.most} characters.`
      : v.most
        ? `Shorten the text to at most ${v.most} characters.`
        : 'The text is too long: shorten it.',
  INVALID_LENGTH: (v) => {
    const range = v.least && v.most ? ` of ${v.least} to ${v.most} characters` : '';
    return isField(v, 'title') ? `Write a title${range}.` : `Write a name${range}.`;
  },
  INVALID_NAME: (v) => (v.least && v.most ? `Write a name of ${v.least} to ${v.most} characters.` : 'Write a name.'),
  TOO_MANY: (v) =>
    isField(v, 'images') && v.most
      ? `Attach at most ${v.most} images.`
      : v.most
        ? `There are too many: remove some so that at most ${v.most} are left.`
        : 'There are too many: remove some.',
  OUT_OF_RANGE: (v) => {
    if (isField(v, 'capacity'))
      return `Give a capacity of ${v.least ?? 1} to ${v.most ?? '100,000'}, or leave it empty.`;
    if (isField(v, 'hours')) return `Give more than 0 and at most ${v.most ?? '1,000'} hours.`;
    if (isField(v, 'expiresInDays')) return v.most ? `Choose ${v.least ?? 1} to ${v.most} days.` : 'Choose fewer days.';
    return v.least && v.most ? `Give a value from ${v.least} to ${v.most}.` : 'Give a smaller or a larger value.';
  },
  INVALID_URL: (v) => {
    if (isField(v, 'url'))
      return 'Give the feed’s whole web address, starting with https://, without a user name or password.';
    if (isField(v, 'images')) return 'Give the image’s whole https address, or upload the image to the hub first.';
    return 'Give a whole web address starting with https://.';
  },
  INVALID_EMAIL: 'Enter a whole e-mail address, e.g. name@kommun.se.',
  INVALID_PHONE: 'Give a phone number valid in the owner’s country, or one starting with + and a country code.',
  INVALID_AMOUNT: 'Give an amount of at least 0 with at most two decimals.',
  UNKNOWN_CURRENCY: 'Choose a currency from the list.',
  ENDS_BEFORE_START: 'Choose an end after the start.',
  DEADLINE_AFTER_START: 'Let registration close at the start at the latest.',
  NOT_IN_FUTURE: 'Choose a time in the future, or publish now.',
  // Input: rich text and images
  IMAGE_ALT_MISSING: (v) =>
    isField(v, 'images')
      ? 'Describe the image (alt text) before publishing.'
      : 'An image in the text has no alt text, so it was left out: add a short description of what it shows.',
  IMAGE_SRC_INVALID:
    'An image in the text has no web address (http or https), so it was left out: give it an address starting with https://.',
  LINK_URL_INVALID:
    'A link address in the text is not allowed (only web, e-mail and phone links are), so the link was removed and its text kept.',
  // Input: what the item refers to
  UNKNOWN_TOPIC: 'That topic does not exist any longer: choose one from the list.',
  INVALID_MUNICIPALITY_CODE: 'Search for the municipality by name and choose it from the list.',
  UNKNOWN_MUNICIPALITY: 'There is no such municipality: search by name and choose it from the list.',
  AMBIGUOUS_MUNICIPALITY:
    'Sweden and Norway both use this code: search by name and choose the municipality from the list.',
  UNKNOWN_CONTACT: 'Choose an active contact of the same federation.',
  UNKNOWN_COURSE: 'That course cannot be required: choose one of your federation’s own courses or a published one.',
  PREREQUISITE_SELF: 'A course cannot require itself.',
  PREREQUISITE_LOOP:
    'One of the chosen courses already requires this course, directly or through others: remove one of the two.',
  ONE_OWNER: 'Give either a federation or a municipality, not both.',
  SESSION_CANCELLED: 'This session is cancelled: add a new one instead.',
  INVALID_TRANSITION:
    'This step does not fit the item’s status now (someone may have changed it meanwhile): reload the page and try again.',
  // Memberships (membership-text.ts says more when it knows the period)
  MEMBERSHIP_OVERLAP:
    'The municipality is a member on that day already: choose a day outside that period, or record that it left first.',
  NOT_A_MEMBER: 'The municipality has no open membership to end; the lists are now up to date.',
  LEFT_BEFORE_JOINED: 'The municipality joined later than that: choose the day it joined or a later one.',
  // Topics
  INVALID_SLUG: 'Use lower-case letters a–z and digits, with hyphens between words, e.g. arbetsmiljo.',
  TOPIC_EXISTS: (v) =>
    `There is a topic ${v.subject ?? 'with this short name'} already: rename that one in the list instead.`,
  // Feed sources
  INVALID_INTERVAL: (v) => `Write a whole number of minutes from ${v.least ?? 5} to ${v.most ?? '10,080'} (a week).`,
  FEED_SOURCE_EXISTS: 'The federation imports this feed already.',
  FEED_IMPORT_RUNNING: 'This source is being imported right now: look at its last run in a moment.',
  // Feed runs that failed (the hub's words say what exactly, for whoever publishes the feed)
  FEED_ADDRESS_REFUSED: (v) =>
    withDetail(
      'The hub does not fetch from this address (it is not public on the internet): use the feed’s public address.',
      v,
      'The hub says',
    ),
  FEED_UNREACHABLE: (v) =>
    withDetail('The feed could not be fetched: check the address, and that the site is up.', v, 'The hub says'),
  FEED_TIMEOUT: (v) =>
    withDetail('The site took too long to answer: the hub tries again at the next import.', v, 'The hub says'),
  FEED_TOO_LARGE: (v) =>
    withDetail('The feed is too large to import: ask whoever publishes it to shorten it.', v, 'The hub says'),
  FEED_HTTP_STATUS: (v) =>
    withDetail('The site answered with an error instead of the feed: check the address.', v, 'The hub says'),
  FEED_TOO_MANY_REDIRECTS: (v) =>
    withDetail('The address redirects too many times: use the address it ends up at.', v, 'The hub says'),
  FEED_MALFORMED: (v) =>
    withDetail('The feed is not written correctly: ask whoever publishes it to fix it.', v, 'The hub says'),
  FEED_HOSTILE: (v) =>
    withDetail(
      'The feed contains constructions that could harm the hub, so it was refused: ask whoever publishes it to remove them.',
      v,
      'The hub says',
    ),
  FEED_WRONG_KIND: (v) =>
    withDetail(
      'This is not the kind of feed the source is for: news need RSS or Atom, events iCalendar.',
      v,
      'The hub says',
    ),
  IMPORT_FAILED: (v) =>
    withDetail('The import failed, and nothing of it was kept: try again in a moment.', v, 'The hub says'),
  // Federation profile
  INVALID_KIND: 'Name the network in lower case, e.g. “linkedin”.',
  INVALID_COUNTY_CODE: 'Give at most 30 two-digit county codes, e.g. “12”.',
  UNKNOWN_COUNTY: 'No county in the federation’s country has this code: use the official two-digit code.',
  UNKNOWN_TIME_ZONE: 'Choose a time zone from the list.',
  // Accounts, people and invitations
  INVALID_CREDENTIALS: 'Wrong e-mail address or password.',
  TOO_MANY_ATTEMPTS: (v) =>
    `Too many attempts: the account is locked for now. Try again in ${v.minutes ?? 'a few'} minutes.`,
  WEAK_PASSWORD:
    'Choose a stronger password: at least 12 characters, at least five different ones, not made from the e-mail address.',
  EMAIL_TAKEN: (v) => `${v.subject ?? 'This e-mail address'} has an account already.`,
  CANNOT_DISABLE_SELF: 'You cannot disable your own account.',
  ACCOUNT_EXISTS: 'This e-mail address has an account already: log in first, or give its password, to accept.',
  INVITATION_INVALID: 'This invitation link is not valid. Check that it was copied whole, or ask for a new one.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask the federation’s admin for a new one.',
  INVITATION_REVOKED: 'This invitation was withdrawn. Ask the federation’s admin if you should have a new one.',
  INVITATION_USED: 'This invitation has been used already. Log in with the account it made.',
  INVITATION_FOR_SOMEONE_ELSE:
    'This invitation is for another e-mail address. Log out, or log in as the invited person.',
  // Saving and finding
  REVISION_CONFLICT:
    'Someone else saved a newer version while you worked. Nothing was saved: compare, then save again.',
  NOT_FOUND: (v) =>
    isField(v, 'file')
      ? 'There is no such federation to upload for: reload the page.'
      : 'It does not exist (any longer), or you have no access to it: reload the page and try again.',
  // Uploads (POST /uploads)
  UPLOAD_TOO_LARGE: (v) =>
    `The image is larger than ${v.most ? `the limit of ${v.most} MB` : 'the limit'}: choose a smaller image or shrink it.`,
  UNSUPPORTED_MEDIA_TYPE: 'Upload a JPEG, PNG, WebP, GIF or AVIF image (SVG is not accepted).',
  // The hub's general errors, and the network
  BAD_USER_INPUT: (v) =>
    isField(v, 'file')
      ? `The image could not be received: choose one JPEG, PNG, WebP, GIF or AVIF image${v.most ? ` of at most ${v.most} pixels on each side` : ''}.`
      : 'The hub could not read part of the request: check what you wrote (e.g. dates in a filter) and try again.',
  UNAUTHENTICATED: 'You are not logged in any longer: log in again.',
  FORBIDDEN: (v) =>
    isField(v, 'file')
      ? 'You have no role in this federation, so you cannot upload images for it.'
      : 'Your role in the federation does not allow this: ask a publisher or an admin.',
  QUERY_TOO_COMPLEX: 'The request to the hub became too large: show fewer at a time, or narrow the filter.',
  QUERY_TOO_DEEP: 'The request to the hub became too large: show fewer at a time, or narrow the filter.',
  INTERNAL_SERVER_ERROR: 'Something went wrong in the hub. Try again; if it happens again, tell whoever runs the hub.',
  NETWORK: 'The hub cannot be reached: check the connection and try again.',
  UNKNOWN: 'The hub could not answer just now: try again in a moment.',
} satisfies Record<string, ProblemText>;

export type ProblemCode = keyof typeof texts;

/** A language's sentences for every problem, and how it writes numbers. */
export interface ProblemTable {
  locale: string;
  texts: Record<ProblemCode, ProblemText>;
}

export const problemsEn: ProblemTable = { locale: 'en-GB', texts };
