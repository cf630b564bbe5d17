import { createFileRoute } from '@tanstack/react-router';
import { HomePage } from '@/features/portal/pages/home-page';

export const Route = createFileRoute('/portal/')({
  component: function HomePageRoute() {
    const { me } = Route.useRouteContext();
    return <HomePage me={me} />;
  },
});
