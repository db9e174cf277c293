import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only the parts we draw, to keep the chart chunk small.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export type ChartClick = { name: string; dataIndex: number; value: unknown; seriesIndex?: number };

type Props = {
  option: ChartOption;
  onClick?: (event: ChartClick) => void;
  style?: CSSProperties;
  'aria-label'?: string;
};

/** A thin wrapper around echarts.init: follows its container's size and disposes on unmount. */
export function EChart({ option, onClick, style, ...rest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // SVG: sharp on paper and in PDFs, light on phones.
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    // A viewBox lets the print stylesheet scale a chart wider than the paper down without distorting it.
    instance.on('finished', () => el.querySelector('svg')?.setAttribute('viewBox', `0 0 ${instance.getWidth()} ${instance.getHeight()}`));
    instance.on('click', (params) => {
      const p = params as unknown as ChartClick;
      clickRef.current?.({ name: p.name, dataIndex: p.dataIndex, value: p.value, seriesIndex: p.seriesIndex });
    });
    // The layout may collapse the sider or rotate a phone; charts follow their box, not the window.
    const observer = new ResizeObserver(() => instance.resize({ animation: { duration: 0 } }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    // New data or a new layout (a phone turned, the page laid out for paper) shows at once: a printed page must
    // never catch a chart half-way between two layouts. The first drawing still animates.
    chart.current?.setOption({ animationDurationUpdate: 0, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="echart-box" role="img" aria-label={rest['aria-label']} style={{ width: '100%', height: 320, cursor: onClick ? 'pointer' : undefined, ...style }} />;
}
