import { Suspense, type ComponentProps } from 'react';
import { lazyPage } from '../common/lazy-page';
import type { EChart as EagerChart } from './echart';

export type { ChartClick, ChartOption } from './echart';

// ECharts is the largest library of the app: it loads with the first chart drawn, never with a page that has none.
const LazyChart = lazyPage(
  () => import('./echart'),
  (m) => m.EChart,
);

/** A chart; until ECharts has loaded, an empty box of the chart's size keeps the page from jumping. */
export function EChart(props: ComponentProps<typeof EagerChart>) {
  return (
    <Suspense fallback={<div className="echart-box" style={{ width: '100%', height: 320, ...props.style }} />}>
      <LazyChart {...props} />
    </Suspense>
  );
}
