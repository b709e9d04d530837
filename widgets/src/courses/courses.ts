import { define } from '../define.js';
import { SamverkaCourses } from './courses.component.js';

define('samverka-courses', SamverkaCourses);

declare global {
  interface HTMLElementTagNameMap {
    'samverka-courses': SamverkaCourses;
  }
}
