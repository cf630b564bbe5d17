import { Notifications } from '@mantine/notifications';

/**
 * Where notify()'s messages show, loaded after the first screen (app.tsx): the component, its transitions
 * and its styles are not needed to paint a page. Messages shown before it arrives wait in Mantine's
 * notifications store and appear when it mounts.
 */
export default function NotificationsHost() {
  return <Notifications position="top-right" />;
}
