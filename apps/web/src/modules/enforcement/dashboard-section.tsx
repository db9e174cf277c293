import { useMemo } from 'react';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { ModuleFigures } from '../../platform/home/module-figures';
import { indicatorApi, type IndicatorScope } from '../../platform/indicators/api';
import { messages } from './messages';

/** The figures a supervisor watches, in this order; each opens its drill-down like every figure on 首页. */
const watched = [
  'enforcement.onlineRate',
  'enforcement.disclosureOnTimeRate',
  'enforcement.legalReviewRate',
  'enforcement.decisionOnTimeRate',
  'enforcement.officersShortOfTraining',
  'enforcement.openRectifications',
];

/** 首页 section 执法监督: the 三项制度 rates, officers short of training and open 整改. */
export function EnforcementDashboard({ scope }: { scope: IndicatorScope }) {
  const catalogue = useApi('indicators', (signal) => indicatorApi.catalogue(signal));
  const defs = useMemo(() => watched.flatMap((id) => catalogue.data?.filter((d) => d.id === id) ?? []), [catalogue.data]);
  if (catalogue.error) return <LoadError error={catalogue.error} onRetry={catalogue.reload} />;
  if (!defs.length) return null;
  return <ModuleFigures module="enforcement" title={messages.dashboard.title} defs={defs} scope={scope} />;
}
