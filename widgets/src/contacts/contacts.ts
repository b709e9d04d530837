import { define } from '../define.js';
import { SamverkaContacts } from './contacts.component.js';

define('samverka-contacts', SamverkaContacts);

declare global {
  interface HTMLElementTagNameMap {
    'samverka-contacts': SamverkaContacts;
  }
}
