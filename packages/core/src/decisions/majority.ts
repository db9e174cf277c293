import type { DecisionOutcome, Stance } from './codes.js';

/**
 * Whether the head's decision goes against the majority of the stated opinions (条例第三十条: 主要负责人拟作出的决定
 * 与会议组成人员多数人的意见不一致的，应当在会上说明理由). A tie or a meeting of abstentions has no majority.
 */
export function departsFromMajority(stancesStated: readonly Stance[], outcome: DecisionOutcome): boolean {
  const support = stancesStated.filter((s) => s === 'agree' || s === 'agreeWithChanges').length;
  const oppose = stancesStated.filter((s) => s === 'disagree').length;
  if (support === oppose) return false;
  const adopting = outcome === 'adopted' || outcome === 'adoptedWithChanges';
  return support > oppose ? !adopting : adopting;
}
