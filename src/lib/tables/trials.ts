import { endpointResultLabels, therapyLineLabels, type EndpointResult } from '../../schemas/vocab.ts';
import { citedIn, withDetail, withFlags, type TableModel } from './table-model.ts';
import { formatHazardRatio, formatOutcomeValue } from '../format.ts';
import type { Comparison, Outcome, TrialEntry } from '../types.ts';

/** A table cell that carries the source of its number. */
export interface SourcedCell {
  text: string;
  /** Reference ids behind the value(s). */
  sources: string[];
  /** False when any value in the cell is not verified against a primary record. */
  verified: boolean;
  /** Numeric value for sorting (first arm's value). */
  sortValue?: number;
  /** The review reports this measure differently; the trial page explains how. */
  differsFromReview?: boolean;
}

export interface TrialOutcomeRow {
  id: string;
  title: string;
  phase: string;
  line: string;
  lineId: string;
  setting: string;
  disease: string;
  /** A short population label for the table: the entry's `shortPopulation`, else its setting. */
  population: string;
  /** The primary end point and whether it was met, when the entry records it. */
  endpoint?: { label: string; result: EndpointResult; resultLabel: string };
  n?: number;
  arms: string;
  orr: SourcedCell;
  pfs: SourcedCell;
  os: SourcedCell;
  hr: SourcedCell;
  agentIds: string[];
}

/**
 * The headline value of a measure in an arm: the first whole-arm value listed
 * (entries list the primary analysis first; subgroups carry a `population`).
 */
export function headlineOutcome(outcomes: readonly Outcome[], measure: Outcome['measure'], subgroupPage = false): Outcome | undefined {
  // A page about one subgroup of a trial (ToGA's Japanese patients) has only subgroup figures; they are shown, labelled.
  return outcomes.find((o) => o.measure === measure && !o.population) ?? (subgroupPage ? outcomes.find((o) => o.measure === measure) : undefined);
}

/** " (subgroup)" after a value that is not the whole trial population's. */
const scopeNote = (items: ReadonlyArray<{ population?: string }>) => (items.some((item) => item.population) ? ' (subgroup)' : '');

const differs = (trial: TrialEntry, measure: Outcome['measure']) => trial.data.discrepancies.some((d) => d.measure === measure);

function armCell(trial: TrialEntry, measure: Outcome['measure']): SourcedCell {
  const values = trial.data.arms.map((arm) => headlineOutcome(arm.outcomes, measure, Boolean(trial.data.subgroupOf)));
  const present = values.filter((v): v is Outcome => v !== undefined);
  if (present.length === 0) return { text: '—', sources: [], verified: true };
  return {
    differsFromReview: differs(trial, measure),
    text: values.map((v) => (v ? formatOutcomeValue({ value: v.value, unit: v.unit }) : '—')).join(' vs ') + scopeNote(present),
    sources: [...new Set(present.map((v) => v.source.id))],
    verified: present.every((v) => v.verified),
    sortValue: present[0].value,
  };
}

/** The headline comparison: overall survival first, then progression-free survival. */
export function headlineComparison(comparisons: readonly Comparison[], subgroupPage = false): Comparison | undefined {
  const whole = comparisons.filter((c) => (subgroupPage || !c.population) && c.hr !== undefined);
  return whole.find((c) => c.measure === 'os') ?? whole.find((c) => c.measure === 'pfs');
}

function hrCell(trial: TrialEntry): SourcedCell {
  const comparison = headlineComparison(trial.data.comparisons, Boolean(trial.data.subgroupOf));
  if (!comparison) return { text: '—', sources: [], verified: true };
  return {
    differsFromReview: differs(trial, comparison.measure),
    text: `${comparison.measure.toUpperCase()} ${formatHazardRatio(comparison)}${scopeNote([comparison])}`,
    sources: [comparison.source.id],
    verified: comparison.verified,
    sortValue: comparison.hr,
  };
}

/** Rows of the trial comparison table, generated from the trial entries. */
export function trialOutcomeRows(trials: readonly TrialEntry[]): TrialOutcomeRow[] {
  return trials.map((trial) => ({
    id: trial.id,
    title: trial.data.title,
    phase: trial.data.phase === 'not-applicable' ? '—' : trial.data.phase,
    line: therapyLineLabels[trial.data.line],
    lineId: trial.data.line,
    setting: trial.data.setting,
    disease: trial.data.disease,
    population: trial.data.shortPopulation ?? trial.data.setting,
    endpoint: trial.data.primaryEndpoint && {
      label: trial.data.primaryEndpoint.label,
      result: trial.data.primaryEndpoint.result,
      resultLabel: endpointResultLabels[trial.data.primaryEndpoint.result],
    },
    n: trial.data.n,
    arms: trial.data.arms.map((arm) => arm.label).join(' vs '),
    orr: armCell(trial, 'orr'),
    pfs: armCell(trial, 'pfs'),
    os: armCell(trial, 'os'),
    hr: hrCell(trial),
    agentIds: trial.data.agents.map((a) => a.id),
  }));
}

/** A sourced cell's text as a download gives it: the value, then its flags. */
export function sourcedCellText(cell: SourcedCell): string {
  return withFlags(cell.text, [!cell.verified && 'not verified', cell.differsFromReview && 'differs from review']);
}

export const TRIAL_TABLE_HEADER = ['Trial', 'Population', 'n', 'Arms', 'Primary end point', 'ORR', 'Median PFS', 'Median OS', 'HR (95% CI)'] as const;
/** The columns a reader can sort as numbers. */
export const TRIAL_TABLE_NUMERIC: ReadonlySet<string> = new Set<(typeof TRIAL_TABLE_HEADER)[number]>(['n', 'ORR', 'Median PFS', 'Median OS', 'HR (95% CI)']);

/** The trial comparison table of a page: its rows (which the page renders) and its model (which the downloads hold). */
export function trialSummaryTable(trials: readonly TrialEntry[], table: { anchor: string; caption: string }): TableModel & { outcomeRows: TrialOutcomeRow[] } {
  const outcomeRows = trialOutcomeRows(trials);
  return {
    ...table,
    header: [...TRIAL_TABLE_HEADER],
    rows: outcomeRows.map((row) => [
      withDetail(row.title, `Phase ${row.phase} · ${row.line}`),
      row.population,
      row.n === undefined ? '—' : String(row.n),
      row.arms,
      row.endpoint ? withDetail(row.endpoint.label, row.endpoint.resultLabel) : '—',
      ...[row.orr, row.pfs, row.os, row.hr].map(sourcedCellText),
    ]),
    sources: citedIn(...outcomeRows.flatMap((row) => [row.orr, row.pfs, row.os, row.hr].map((cell) => cell.sources))),
    outcomeRows,
  };
}
