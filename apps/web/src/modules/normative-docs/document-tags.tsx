import { documentStates, validities } from '@fazhi/core/normative-docs/index';
import { Tag } from 'antd';

const stateColors: Record<string, string> = {
  proposed: 'default',
  drafting: 'blue',
  publicComment: 'cyan',
  underReview: 'geekblue',
  deliberated: 'purple',
  signed: 'purple',
  registered: 'gold',
  issued: 'gold',
  published: 'lime',
  filed: 'lime',
  inForce: 'green',
  amended: 'default',
  repealed: 'default',
  expired: 'default',
};

const validityColors: Record<string, string> = { inProgress: 'default', unregistered: 'red', notInForce: 'orange', valid: 'green', superseded: 'default', repealed: 'default', expired: 'default' };

export function DocumentStateTag({ state }: { state: unknown }) {
  const code = typeof state === 'string' ? state : '';
  return <Tag color={stateColors[code] ?? 'default'}>{documentStates.label(code)}</Tag>;
}

/** 未经统一登记 — 无效 stands out in red: such a document may not be relied on. */
export function ValidityTag({ validity }: { validity: unknown }) {
  const code = typeof validity === 'string' ? validity : '';
  return <Tag color={validityColors[code] ?? 'default'}>{validities.label(code)}</Tag>;
}
