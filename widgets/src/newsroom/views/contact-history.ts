import { CONTACT_HISTORY } from '../api/contact-queries.js';
import { languageField, textField } from '../editor/revision-compare.js';
import { type RevisionSource, revisionsOf } from '../editor/revision-history.js';

/** A contact's history, compared field by field as its form names them. */
export const CONTACT_REVISIONS: RevisionSource = {
  load: revisionsOf(CONTACT_HISTORY, 'editableContact'),
  fields: [
    textField('name', 'contactName'),
    textField('role_title', 'contactRole'),
    textField('email', 'email'),
    textField('phone', 'phone'),
    languageField('language', 'contactLanguage'),
  ],
  statusName: (status, strings) => (status === 'archived' ? strings.ARCHIVED : strings.contactActive),
};
