import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { routes } from '../../src/app/router.tsx';
import { appSearchClient } from '../../src/app/search.ts';
import { createSession, SessionContext, type AppSession } from '../../src/app/session.ts';

/**
 * Renders the whole app (real routes, real build-time modules from tests/fixtures/app-seeds)
 * at a URL, as a run of its own unless given `session` (a search client and what was typed
 * before the app took over).
 */
export function renderApp(url = '/', session: AppSession = createSession(appSearchClient())) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <SessionContext value={session}>
      <RouterProvider router={router} />
    </SessionContext>,
  );
  return { user, router, session, ...view };
}
