import { createFileRoute } from '@tanstack/react-router';
import { portalQueries } from '@/features/portal/api/portal-queries';
import { HomePage } from '@/features/portal/pages/home-page';

export const Route = createFileRoute('/portal/')({
  // The summary is asked for while the page's code loads, not after its first render (not awaited: the
  // page shows its own loading and error states). The query module is imported statically (half a KB):
  // fetching it first would put one more round trip before the portal's first data.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(portalQueries.summary());
  },
  component: function HomePageRoute() {
    const { me } = Route.useRouteContext();
    return <HomePage me={me} />;
  },
});
