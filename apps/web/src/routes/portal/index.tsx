import { createFileRoute } from '@tanstack/react-router';
import { HomePage } from '@/features/portal/pages/home-page';

export const Route = createFileRoute('/portal/')({
  // The summary is asked for while the page's code loads, not after its first render (not awaited: the
  // page shows its own loading and error states).
  loader: async ({ context }) => {
    const { portalQueries } = await import('@/features/portal/api/portal-queries');
    void context.queryClient.prefetchQuery(portalQueries.summary());
  },
  component: function HomePageRoute() {
    const { me } = Route.useRouteContext();
    return <HomePage me={me} />;
  },
});
