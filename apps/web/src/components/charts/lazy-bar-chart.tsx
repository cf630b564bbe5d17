import type { BarChartProps } from '@mantine/charts';
import { Box } from '@mantine/core';
import { Suspense, lazy } from 'react';

const BarChartImpl = lazy(() => import('@mantine/charts').then((m) => ({ default: m.BarChart })));

/**
 * Mantine's BarChart, fetched when it is first drawn: recharts is about 110 KB gzipped, and a page
 * whose main content is figures (the dashboard) should paint them before the chart library arrives.
 * Until then a box of the chart's height keeps the layout still.
 */
export function LazyBarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Box h={props.h} aria-hidden />}>
      <BarChartImpl {...props} />
    </Suspense>
  );
}
