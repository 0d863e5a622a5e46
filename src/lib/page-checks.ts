/**
 * "How this page was checked": what the data records about how each figure and statement was
 * checked (verified or not, where it was read, what a record did not show, when), gathered in one
 * section at the end of the page so that the clinical text and tables carry only the medicine.
 */
import { formatDate } from './format.ts';
import { approvalRegionLabels, outcomeMeasureLabels, type ApprovalRegion, type OutcomeMeasure } from '../schemas/vocab.ts';

/** One checked item: what it is, what the check found, the source it rests on and when it was checked. */
export interface CheckItem {
  what: string;
  text: string;
  source?: string;
  checked?: string;
}

export interface PageChecks {
  /** One sentence of counts: "12 figures: 9 verified against a primary record, 3 not verified." */
  summary: string;
  items: CheckItem[];
}

interface Ref {
  id: string;
}
interface CheckedFigure {
  measure: OutcomeMeasure;
  timepoint?: string;
  population?: string;
  verified: boolean;
  checked: string;
  source: Ref;
  checkNote?: string;
}
interface CheckedTrial {
  arms: ReadonlyArray<{ id: string; label: string; outcomes: readonly CheckedFigure[] }>;
  comparisons: ReadonlyArray<CheckedFigure & { experimental: string; control: string }>;
  unverifiedReason?: string;
  statusChecked?: { date: string; source: Ref; note: string };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const measure = (f: CheckedFigure) => [outcomeMeasureLabels[f.measure], f.timepoint && `at ${f.timepoint}`, f.population && `(${f.population})`].filter(Boolean).join(' ');

/** A trial: each figure's verification and check note, the registry check, and why nothing could be verified when nothing could. */
export function trialChecks(trial: CheckedTrial): PageChecks {
  const labelOf = (armId: string) => trial.arms.find((a) => a.id === armId)?.label ?? armId;
  const figures: Array<{ what: string; figure: CheckedFigure }> = [
    ...trial.arms.flatMap((arm) => arm.outcomes.map((figure) => ({ what: `${measure(figure)}, ${arm.label}`, figure }))),
    ...trial.comparisons.map((figure) => ({ what: `${measure(figure)}, ${labelOf(figure.experimental)} vs ${labelOf(figure.control)} (comparison)`, figure })),
  ];
  const unverified = figures.filter((f) => !f.figure.verified).length;
  const items: CheckItem[] = figures
    .filter(({ figure }) => figure.checkNote || !figure.verified)
    .map(({ what, figure }) => ({
      what,
      text: [figure.verified ? 'Verified against the primary record.' : 'Not verified against a primary record.', figure.checkNote].filter(Boolean).join(' '),
      source: figure.source.id,
      checked: figure.checked,
    }));
  if (trial.unverifiedReason) items.unshift({ what: 'All figures', text: trial.unverifiedReason });
  if (trial.statusChecked) items.push({ what: 'Trial status', text: trial.statusChecked.note, source: trial.statusChecked.source.id, checked: trial.statusChecked.date });
  const summary =
    figures.length === 0
      ? 'This page reports no figures yet.'
      : `${plural(figures.length, 'figure')}: ${figures.length - unverified} verified against a primary record${unverified ? `, ${unverified} not verified (each named below)` : ''}.`;
  return { summary, items };
}

interface CheckedAgent {
  regulatory?: {
    checked: string;
    note?: string;
    approvals: ReadonlyArray<{ region: ApprovalRegion; date: string; gastric: boolean; verified: boolean; source: Ref; note?: string }>;
  };
}

/** An agent: when its approvals were last checked, which rest on a secondary report, and what the check noted. */
export function agentChecks(agent: CheckedAgent): PageChecks {
  const regulatory = agent.regulatory;
  if (!regulatory) return { summary: 'Regulatory status not yet checked region by region.', items: [] };
  const items: CheckItem[] = [];
  if (regulatory.note) items.push({ what: 'Regulatory status', text: regulatory.note, checked: regulatory.checked });
  for (const approval of regulatory.approvals) {
    if (approval.verified && !approval.note) continue;
    const what = `${approvalRegionLabels[approval.region]} ${approval.date}${approval.gastric ? ' (gastric)' : ''}`;
    items.push({
      what,
      text: [approval.verified ? '' : 'Seen in a secondary report, not in the regulator’s own record.', approval.note].filter(Boolean).join(' '),
      source: approval.source.id,
    });
  }
  const unverified = regulatory.approvals.filter((a) => !a.verified).length;
  return {
    summary: `${plural(regulatory.approvals.length, 'approval')} recorded, checked on ${formatDate(regulatory.checked)}${unverified ? `; ${unverified} not verified in the regulator’s own record` : ''}.`,
    items,
  };
}

/** A mechanism: how many evidence items, and the span of days they were last checked against their sources. */
export function mechanismChecks(mechanism: { evidence: ReadonlyArray<{ checked: string }> }): PageChecks {
  const dates = mechanism.evidence.map((e) => e.checked).sort();
  const span = dates.length === 0 ? '' : dates[0] === dates.at(-1) ? ` on ${formatDate(dates[0])}` : ` between ${formatDate(dates[0])} and ${formatDate(dates.at(-1)!)}`;
  return { summary: `${plural(dates.length, 'evidence item')}, each checked against its cited sources${span}.`, items: [] };
}
