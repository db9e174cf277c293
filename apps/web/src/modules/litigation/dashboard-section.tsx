import { Card, Col, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { EChart, type ChartOption } from '../../platform/charts/echart';
import { LoadError } from '../../platform/common/load-error';
import { drillPath, indicatorApi, type BreakdownItem, type IndicatorScope } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { headlineIndicators, receivedIndicator } from './indicators';
import { messages } from './messages';

const t = messages.dashboard;
const received = receivedIndicator;

function barOption(items: BreakdownItem[], horizontal = false): ChartOption {
  const labels = items.map((i) => i.label);
  const values = items.map((i) => i.value);
  const category = { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: true } };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: values, name: t.cases, itemStyle: { color: '#1677ff' }, barMaxWidth: 32 }],
  };
}

/** Every month of the period, empty ones at zero, so the bars read as a time line (up to three years). */
function fillMonths(scope: IndicatorScope, items: BreakdownItem[]): BreakdownItem[] {
  const first = dayjs(scope.from).startOf('month');
  const last = dayjs(scope.to).startOf('month');
  if (!first.isValid() || !last.isValid() || last.diff(first, 'month') > 36) return items;
  const byKey = new Map(items.map((i) => [i.key, i]));
  const out: BreakdownItem[] = [];
  for (let m = first; !m.isAfter(last); m = m.add(1, 'month')) {
    const key = m.format('YYYY-MM');
    out.push(byKey.get(key) ?? { key, label: key, value: 0 });
  }
  return out;
}

/** One month of the scope, clipped to the chosen period. */
function monthScope(scope: IndicatorScope, key: string): IndicatorScope {
  const start = dayjs(`${key}-01`);
  if (!start.isValid()) return scope;
  const from = start.format('YYYY-MM-DD');
  const to = start.endOf('month').format('YYYY-MM-DD');
  return { org: scope.org, from: from < scope.from ? scope.from : from, to: to > scope.to ? scope.to : to };
}

/** 首页 section: headline litigation figures, each opening its records, and two clickable charts. */
export function LitigationDashboard({ scope }: { scope: IndicatorScope }) {
  const navigate = useNavigate();
  const key = `${scope.org}&${scope.from}&${scope.to}`;
  const values = useApi(`values:${key}`, (signal) => indicatorApi.values([...headlineIndicators], scope, signal));
  const byMonth = useApi(`month:${key}`, async (signal) => fillMonths(scope, await indicatorApi.breakdown(received, 'month', scope, signal)));
  const byArea = useApi(`area:${key}`, (signal) => indicatorApi.breakdown(received, 'disputeArea', scope, signal));
  const monthOption = useMemo(() => barOption(byMonth.data ?? []), [byMonth.data]);
  const areaOption = useMemo(() => barOption(byArea.data ?? [], true), [byArea.data]);

  // 争议领域 has no records filter on the indicator API; the case register filters exactly the same set.
  const openArea = (item: BreakdownItem | undefined) => {
    if (!item) return;
    const q = new URLSearchParams({
      'f.disputeArea': item.key,
      'f.orgUnitId': scope.org,
      'f.complaintReceivedOnFrom': scope.from,
      'f.complaintReceivedOnTo': scope.to,
    });
    navigate(`/litigation/cases?${q.toString()}`);
  };

  return (
    <Card title={t.title}>
      {values.error ? (
        <LoadError error={values.error} onRetry={values.reload} />
      ) : (
        <Row gutter={[12, 12]}>
          {(values.data ?? headlineIndicators.map((id) => ({ id, label: '', value: null, display: common.empty, unit: '' }))).map((v) => (
            <Col key={v.id} xs={12} sm={8} lg={6} xxl={3}>
              <Link to={drillPath(v.id, scope)} aria-label={v.label}>
                <Card hoverable size="small" loading={values.loading}>
                  {/* The number with its unit as a suffix reads better than the server's one-string display. */}
                  <Statistic title={v.label} value={v.value ?? v.display} suffix={v.value === null ? undefined : v.unit} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t.byMonth}</Typography.Title>
          {byMonth.error ? (
            <LoadError error={byMonth.error} onRetry={byMonth.reload} />
          ) : (
            <EChart
              aria-label={t.byMonth}
              option={monthOption}
              onClick={(e) => {
                const item = byMonth.data?.[e.dataIndex];
                if (item) navigate(drillPath(received, monthScope(scope, item.key)));
              }}
            />
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t.byArea}</Typography.Title>
          {byArea.error ? (
            <LoadError error={byArea.error} onRetry={byArea.reload} />
          ) : (
            <EChart aria-label={t.byArea} option={areaOption} onClick={(e) => openArea(byArea.data?.[e.dataIndex])} />
          )}
        </Col>
      </Row>
      <Typography.Text type="secondary">{t.clickHint}</Typography.Text>
    </Card>
  );
}
