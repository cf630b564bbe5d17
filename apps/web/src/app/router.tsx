import { type AnyRoute, createRouter } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { NotFoundState } from '@/components/states/not-found-state';
import { RouteError } from '@/components/states/route-error';
import { setUnauthenticatedHandler } from '@/lib/api/client';
import { meKeys } from '@/lib/auth/auth-api';
import { routeTree } from './route-tree.gen';

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundState,
  });
  // The code of the routes being entered is fetched at once, alongside the layouts' session checks
  // (beforeLoad), instead of after them: one round trip less before the first paint of a signed-in page.
  router.subscribe('onBeforeLoad', ({ toLocation }) => {
    for (const match of router.matchRoutes(toLocation)) {
      const route = (router.routesById as unknown as Record<string, AnyRoute | undefined>)[match.routeId];
      if (route) void Promise.resolve(router.loadRouteChunk(route)).catch(() => undefined);
    }
  });
  // A 401 from any call ends the session: forget who we were and go to the login page, keeping the path.
  setUnauthenticatedHandler(() => {
    queryClient.setQueryData(meKeys.all, null);
    const here = router.state.location;
    if (here.pathname === '/login') return;
    void router.navigate({ to: '/login', search: { redirect: here.href } });
  });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
