import { searchClient } from './app/search.ts';
import './styles.css';

// A page opened on a search starts loading the index at once, alongside the app's code.
if (/\/search\/?$/.test(window.location.pathname) && new URLSearchParams(window.location.search).get('q')) searchClient.warmUp();

// Every page arrives prerendered, readable and with working links. The app's code is only
// requested once that page has painted, so it never competes with the page's own HTML and
// CSS for the first paint on a slow connection.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./start-app.tsx').then(({ startApp }) => startApp());
  }, 0);
});
