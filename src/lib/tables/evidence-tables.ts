import { diseaseContextLabels, evidenceLevelLabels, evidenceStanceLabels, type EvidenceStance } from '../../schemas/vocab.ts';
import { groupByStance } from '../evidence.ts';
import { formatMonth, isStale } from '../freshness.ts';
import type { EvidenceItem, MechanismData } from '../types.ts';
import { citedIn, withFlags, type TableModel } from './table-model.ts';

/** When a figure or item was checked, as a download gives it: "Nov 2026", flagged when it is old against the content's as-of date. */
export function checkedText(checked: string, asOf: string, staleAfterMonths: number, prefix = ''): string {
  return withFlags(`${prefix}${formatMonth(checked)}`, [isStale(checked, asOf, staleAfterMonths) && 'may be out of date']);
}

/** A mechanism's key evidence: one table per stance (supports, contradicts, mixed), strongest first. */
export function mechanismEvidenceTables(mechanism: MechanismData, asOf: string, staleAfterMonths: number): Array<TableModel & { stance: EvidenceStance; items: EvidenceItem[] }> {
  return groupByStance(mechanism.evidence).map((group) => ({
    anchor: `table-evidence-${group.stance}`,
    caption: `${evidenceStanceLabels[group.stance]} (${group.items.length})`,
    header: ['Claim', 'Level', 'Disease context', 'Checked'],
    rows: group.items.map((item) => [item.claim, evidenceLevelLabels[item.level], diseaseContextLabels[item.disease], checkedText(item.checked, asOf, staleAfterMonths)]),
    sources: citedIn(...group.items.map((item) => item.sources)),
    stance: group.stance,
    items: group.items,
  }));
}
