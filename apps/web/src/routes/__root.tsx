import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import { ensureRouteNamespaces } from '@/app/i18n-lazy';
import type { RouterContext } from '@/app/router-context';
import { RouteError } from '@/components/states/route-error';
import { NotFoundState } from '@/components/states/not-found-state';

export const Route = createRootRouteWithContext<RouterContext>()({
  // The messages of the routes about to render (feature namespaces are fetched with their routes): asked
  // for before any route's own beforeLoad (the session check), awaited with the loaders, so both run at once.
  beforeLoad: ({ matches }) => ({ routeMessages: ensureRouteNamespaces(matches) }),
  loader: ({ context }) => context.routeMessages,
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFoundState,
});
