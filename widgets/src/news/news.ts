import { define } from '../define.js';
import { SamverkaNews } from './news.component.js';

define('samverka-news', SamverkaNews);

declare global {
  interface HTMLElementTagNameMap {
    'samverka-news': SamverkaNews;
  }
}
