import { define } from '../define.js';
import { SamverkaMembersMap } from './members-map.component.js';

define('samverka-members-map', SamverkaMembersMap);

declare global {
  interface HTMLElementTagNameMap {
    'samverka-members-map': SamverkaMembersMap;
  }
}
