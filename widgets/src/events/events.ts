import { define } from '../define.js';
import { SamverkaEvents } from './events.component.js';

define('samverka-events', SamverkaEvents);

declare global {
  interface HTMLElementTagNameMap {
    'samverka-events': SamverkaEvents;
  }
}
