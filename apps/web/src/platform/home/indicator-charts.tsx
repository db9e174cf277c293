import { Card, Col, Grid, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { EChart, type ChartOption } from '../charts/chart';
import { LoadError } from '../common/load-error';
import { drillPath, indicatorApi, type BreakdownItem, type IndicatorDef, type IndicatorScope } from '../indicators/api';
import { fillMonths, monthLabels, monthScope } from '../indicators/periods';
import { messages } from '../messages';

const t = messages.dashboard;
const blue = '#1677ff';

function valueAxis(def: IndicatorDef) {
  return def.unit === '%' ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 };
}

function trendOption(def: IndicatorDef, items: BreakdownItem[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined || v === '-' ? messages.empty : `${String(v)}${def.unit}`) },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: monthLabels(items.map((i) => i.key)), axisLabel: { hideOverlap: true } },
    yAxis: valueAxis(def),
    series: [
      {
        type: 'line',
        name: def.label,
        data: items.map((i) => i.value),
        symbolSize: 9,
        itemStyle: { color: blue },
        areaStyle: { opacity: 0.08 },
        label: { show: items.length <= 12, position: 'top', fontSize: 11, formatter: def.unit === '%' ? '{c}%' : '{c}' },
        emphasis: { scale: 1.6 },
      },
    ],
  };
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Highest first; units without a value (a rate with nothing to divide) last. */
function sortedUnits(items: BreakdownItem[]): BreakdownItem[] {
  return [...items].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

function unitOption(def: IndicatorDef, items: BreakdownItem[], phone: boolean): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (v === null || v === undefined ? messages.empty : `${String(v)}${def.unit}`) },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: valueAxis(def),
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((i) => i.label),
      // Shortened here rather than by ECharts' `overflow: 'truncate'`, which mis-lays the bars when the chart is
      // redrawn at another size (e.g. for printing).
      axisLabel: { interval: 0, formatter: (name: string) => shorten(name, phone ? 6 : 12) },
    },
    series: [
      {
        type: 'bar',
        name: def.label,
        data: items.map((i) => i.value),
        itemStyle: { color: blue },
        barMaxWidth: 20,
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => items[p.dataIndex]?.display ?? '' },
      },
    ],
  };
}

/** Trend by month and comparison by unit for one indicator of the catalogue; every point and bar opens its records. */
export function IndicatorCharts({ catalogue, scope }: { catalogue: IndicatorDef[]; scope: IndicatorScope }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const phone = Grid.useBreakpoint().md === false;
  const def = catalogue.find((d) => d.id === params.get('chart')) ?? catalogue[0];
  const id = def?.id;
  const key = `${id}@${scope.org}&${scope.from}&${scope.to}`;
  const trend = useApi(id ? `trend:${key}` : null, async (signal) => fillMonths(scope, await indicatorApi.breakdown(id!, 'month', scope, signal), def?.kind === 'rate' ? null : 0));
  const byUnit = useApi(id ? `unit:${key}` : null, async (signal) => sortedUnits(await indicatorApi.breakdown(id!, 'orgUnit', scope, signal)));
  const trendChart = useMemo(() => (def ? trendOption(def, trend.data ?? []) : {}), [def, trend.data]);
  const unitChart = useMemo(() => (def ? unitOption(def, byUnit.data ?? [], phone) : {}), [def, byUnit.data, phone]);

  // Options grouped by module, like the figures above.
  const options = useMemo(() => {
    const groups = new Map<string, { label: string; value: string }[]>();
    for (const d of catalogue) groups.set(d.module, [...(groups.get(d.module) ?? []), { label: d.label, value: d.id }]);
    return [...groups.entries()].map(([m, items]) => ({ label: messages.modules[m] ?? m, title: m, options: items }));
  }, [catalogue]);

  if (!def) return null;
  const unitCount = byUnit.data?.length ?? 0;

  const choose = (value: string) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        next.set('chart', value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const picker = (
    <Select
      aria-label={t.chartIndicator}
      value={def.id}
      options={options}
      onChange={choose}
      style={{ width: phone ? '100%' : 220 }}
      popupMatchSelectWidth={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );

  // On a phone the title needs the whole width; the picker moves into the body.
  return (
    <Card title={`${def.label} · ${t.trend}与${t.byUnit}`} extra={phone ? undefined : picker}>
      {phone && <div style={{ marginBottom: 12 }}>{picker}</div>}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t.trend}</Typography.Title>
          {trend.error ? (
            <LoadError error={trend.error} onRetry={trend.reload} />
          ) : (
            <EChart
              aria-label={`${def.label}${t.trend}`}
              option={trendChart}
              onClick={(e) => {
                const item = trend.data?.[e.dataIndex];
                if (item) navigate(drillPath(def.id, monthScope(scope, item.key)));
              }}
            />
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t.byUnit}</Typography.Title>
          {byUnit.error ? (
            <LoadError error={byUnit.error} onRetry={byUnit.reload} />
          ) : (
            <EChart
              aria-label={`${def.label}${t.byUnit}`}
              option={unitChart}
              style={{ height: Math.max(320, unitCount * 30 + 40) }}
              onClick={(e) => {
                const item = byUnit.data?.[e.dataIndex];
                if (item) navigate(drillPath(def.id, { ...scope, org: item.key }));
              }}
            />
          )}
        </Col>
      </Row>
      <Typography.Text type="secondary" className="no-print">
        {t.clickHint}
      </Typography.Text>
    </Card>
  );
}
