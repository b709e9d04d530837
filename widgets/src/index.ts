// The bundle: importing it defines every Samverka widget.
import './news/news.js';
import './courses/courses.js';
import './events/events.js';
import './members/members.js';
import './contacts/contacts.js';

export { VERSION } from './define.js';
