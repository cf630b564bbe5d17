import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import { ensureRouteNamespaces } from '@/app/i18n-lazy';
import type { RouterContext } from '@/app/router-context';
import { RouteError } from '@/components/states/route-error';
import { NotFoundState } from '@/components/states/not-found-state';

export const Route = createRootRouteWithContext<RouterContext>()({
  // The messages of the routes about to render (feature namespaces are fetched with their routes).
  beforeLoad: ({ matches }) => ensureRouteNamespaces(matches),
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFoundState,
});
