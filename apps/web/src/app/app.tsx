import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

// Fetched in parallel with the first route's code, evaluated on its own (not in the entry script's long task).
const NotificationsHost = lazy(() => import('./notifications-host'));

/** Providers in one place: theme, dates in the current language, notifications, queries, router. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  const { t, i18n } = useTranslation();
  // Every dialog's close button is named in the reader's language (axe button-name). A plain object, not
  // `Modal.extend`: importing Modal here would put it (focus trap, scroll lock, floating UI) in the entry chunk.
  const localTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: { Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } } } },
      }),
    [t],
  );
  return (
    <MantineProvider theme={localTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'ja', firstDayOfWeek: 0 }}>
        <Suspense fallback={null}>
          <NotificationsHost />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
