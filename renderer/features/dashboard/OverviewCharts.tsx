import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';

// Recharts (under Mantine Charts) is some 400 kB minified: a chunk of its own, loaded when the
// overview first shows, keeps it out of the bundle every other page starts with.
const OverviewChartCards = lazy(() => import('./OverviewChartCards').then((m) => ({ default: m.OverviewChartCards })));

/** The overview's completeness figure and small charts (activities, agreements, sub-processors). */
export function OverviewCharts() {
  return (
    <Suspense fallback={<Skeleton h={180} />}>
      <OverviewChartCards />
    </Suspense>
  );
}
