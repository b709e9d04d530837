// The bundle: importing it defines every Samverka widget.
import './news/news.js';
