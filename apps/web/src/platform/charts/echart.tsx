import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only the parts we draw, to keep the chart chunk small.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

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
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as unknown as ChartClick;
      clickRef.current?.({ name: p.name, dataIndex: p.dataIndex, value: p.value, seriesIndex: p.seriesIndex });
    });
    // The layout may collapse the sider or rotate a phone; charts must follow their box, not the window.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={rest['aria-label']} style={{ width: '100%', height: 320, cursor: onClick ? 'pointer' : undefined, ...style }} />;
}
