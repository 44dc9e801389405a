import { prefetchResults } from './app/search.ts';
import './styles.css';
import 'virtual:site-theme.css';

// A page opened on a search starts the search at once, alongside the app's code (the query
// trimmed as the search page trims it).
const query = /\/search\/?$/.test(window.location.pathname) ? (new URLSearchParams(window.location.search).get('q') ?? '').trim() : '';
if (query) prefetchResults(query);

// Every page arrives prerendered, readable and with working links. The app's code is only
// requested once that page has painted, so it never competes with the page's own HTML and
// CSS for the first paint on a slow connection.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./start-app.tsx').then(({ startApp }) => startApp());
  }, 0);
});
