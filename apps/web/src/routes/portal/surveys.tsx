import { createFileRoute } from '@tanstack/react-router';
import { SurveysPage } from '@/features/portal/pages/surveys-page';

export const Route = createFileRoute('/portal/surveys')({
  component: function SurveysPageRoute() {
    const { me } = Route.useRouteContext();
    return <SurveysPage me={me} />;
  },
});
