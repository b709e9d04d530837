import { define } from '../define.js';
import { SamverkaMembers } from './members.component.js';

define('samverka-members', SamverkaMembers);

declare global {
  interface HTMLElementTagNameMap {
    'samverka-members': SamverkaMembers;
  }
}
