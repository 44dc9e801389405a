import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { routes } from '../../src/app/router.tsx';
import { appSearchClient } from '../../src/app/search.ts';
import { createSession, SessionContext, type AppSession } from '../../src/app/session.ts';
import { setTypedQuery } from '../../src/features/search/typed-query.ts';

/**
 * Renders the whole app (real routes, real build-time modules from tests/fixtures/app-seeds)
 * at a URL, as a run of its own unless given `session` (a search client and what was typed
 * before the app took over).
 */
export function renderApp(url = '/', session: AppSession = createSession(appSearchClient())) {
  // A page's typing is kept by the history entry's key, and every memory router's first
  // entry has the same one ("default"): what a test typed there last (its URL not yet caught
  // up when it ended) would be this run's. A page in a browser starts with nothing typed.
  setTypedQuery(null);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <SessionContext value={session}>
      <RouterProvider router={router} />
    </SessionContext>,
  );
  return { user, router, session, ...view };
}
