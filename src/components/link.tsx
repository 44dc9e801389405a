// The app's links: react-router's, without the `data-discover` attribute it writes on each.
// That attribute serves route discovery, which this app does not use (its routes are all
// known up front), and it cost 21 bytes on every link of every prerendered page: ~4 MB of
// the Reuters build.
import type { ComponentProps } from 'react';
import { Link as RouterLink } from 'react-router';

export function Link(props: ComponentProps<typeof RouterLink>) {
  return <RouterLink discover="none" {...props} />;
}
