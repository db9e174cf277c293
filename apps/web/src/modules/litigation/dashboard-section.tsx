import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { EChart, type ChartOption } from '../../platform/charts/chart';
import { LoadError } from '../../platform/common/load-error';
import { indicatorApi, type BreakdownItem, type IndicatorScope } from '../../platform/indicators/api';
import { receivedIndicator } from './indicators';
import { messages } from './messages';

const t = messages.dashboard;
const received = receivedIndicator;

function barOption(items: BreakdownItem[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: items.map((i) => i.label), inverse: true, axisLabel: { interval: 0 } },
    series: [
      {
        type: 'bar',
        data: items.map((i) => i.value),
        name: t.cases,
        itemStyle: { color: '#1677ff' },
        barMaxWidth: 20,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/**
 * 首页 section of 行政应诉: what only this module has, the 争议领域 of new cases (its figures, trend and by-unit
 * comparison come from the catalogue like every module's).
 */
export function LitigationDashboard({ scope }: { scope: IndicatorScope }) {
  const navigate = useNavigate();
  const key = `${scope.org}&${scope.from}&${scope.to}`;
  const byArea = useApi(`area:${key}`, (signal) => indicatorApi.breakdown(received, 'disputeArea', scope, signal));
  const areaOption = useMemo(() => barOption(byArea.data ?? []), [byArea.data]);

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
    <Card title={`${t.title} · ${t.byArea}`}>
      {byArea.error ? (
        <LoadError error={byArea.error} onRetry={byArea.reload} />
      ) : (
        <EChart aria-label={t.byArea} option={areaOption} style={{ height: Math.max(240, (byArea.data?.length ?? 0) * 30 + 40) }} onClick={(e) => openArea(byArea.data?.[e.dataIndex])} />
      )}
      <Typography.Text type="secondary" className="no-print">
        {t.clickHint}
      </Typography.Text>
    </Card>
  );
}
