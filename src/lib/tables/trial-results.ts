import { outcomeMeasureLabels } from '../../schemas/vocab.ts';
import { formatHazardRatio, formatNumber, formatOutcomeValue } from '../format.ts';
import type { TrialData } from '../types.ts';
import { checkedText } from './evidence-tables.ts';
import { citedIn, withFlags, type TableModel } from './table-model.ts';

/** Where a figure stands: at what time point, in which population, in which analysis. */
export function figureScope(item: { population?: string; analysis?: string; timepoint?: string }): string {
  return [item.timepoint && `at ${item.timepoint}`, item.population, item.analysis].filter(Boolean).join('; ');
}

export interface TrialTableContext {
  /** The content's as-of date and the age past which a check is flagged. */
  asOf: string;
  staleAfterMonths: number;
  /** A reference's short name, "Bang et al., 2010". */
  sourceName: (id: string) => string;
}

type Figure = { note?: string; source: { id: string }; verified: boolean; checked: string } & Parameters<typeof figureScope>[0];

const scopeText = (item: Figure) => [figureScope(item), item.note].filter(Boolean).join(' ');
const sourceText = (item: Figure, context: TrialTableContext) =>
  `${withFlags(context.sourceName(item.source.id), [item.verified ? 'verified' : 'not verified'])}, ${checkedText(item.checked, context.asOf, context.staleAfterMonths, 'checked ')}`;

/** A trial's results: one table per arm, then the between-arm comparisons when it reports any. */
export function trialResultTables(trial: TrialData, context: TrialTableContext): { arms: Array<TableModel & { arm: TrialData['arms'][number] }>; comparisons?: TableModel } {
  const armLabel = (id: string) => trial.arms.find((a) => a.id === id)?.label ?? id;
  const arms = trial.arms.map((arm) => ({
    anchor: `table-arm-${arm.id}`,
    caption: `${arm.label}${arm.n !== undefined ? ` (n=${arm.n})` : ''}: ${arm.regimen}`,
    header: ['Outcome', 'Value', 'Scope', 'Source'],
    rows:
      arm.outcomes.length === 0
        ? [['No outcome recorded for this arm.', '', '', '']]
        : arm.outcomes.map((o) => [outcomeMeasureLabels[o.measure], formatOutcomeValue(o), scopeText(o), sourceText(o, context)]),
    sources: citedIn(arm.outcomes.map((o) => o.source)),
    arm,
  }));
  if (trial.comparisons.length === 0) return { arms };
  return {
    arms,
    comparisons: {
      anchor: 'table-comparisons',
      caption: 'Between-arm comparisons',
      header: ['Outcome', 'Comparison', 'Result', 'Scope', 'Source'],
      rows: trial.comparisons.map((c) => [
        outcomeMeasureLabels[c.measure],
        `${armLabel(c.experimental)} vs ${armLabel(c.control)}`,
        `${formatHazardRatio(c)}${c.difference !== undefined ? ` (difference ${formatNumber(c.difference)})` : ''}`,
        scopeText(c),
        sourceText(c, context),
      ]),
      sources: citedIn(trial.comparisons.map((c) => c.source)),
    },
  };
}
