import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { routes } from '../../src/app/router.tsx';

/** Renders the whole app (real routes, real build-time modules from tests/fixtures/app-seeds) at a URL. */
export function renderApp(url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  return { user, router, ...render(<RouterProvider router={router} />) };
}
