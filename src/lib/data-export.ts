import type { TrialEntry } from './types.ts';

/** Columns of /data/trials.csv: one row per arm per outcome, then one per between-arm comparison. */
export const trialCsvColumns = [
  'trial',
  'title',
  'phase',
  'line',
  'disease',
  'evidence_level',
  'row_kind',
  'arm',
  'arm_label',
  'arm_n',
  'control_arm',
  'measure',
  'value',
  'unit',
  'ci_low',
  'ci_high',
  'hr',
  'difference',
  'p',
  'timepoint',
  'population',
  'analysis',
  'reference',
  'verified',
  'checked',
] as const;

export type TrialCsvRow = Partial<Record<(typeof trialCsvColumns)[number], string | number | boolean>>;

export function trialCsvRows(trials: readonly TrialEntry[]): TrialCsvRow[] {
  return trials.flatMap(({ id, data }) => {
    const common = { trial: id, title: data.title, phase: data.phase, line: data.line, disease: data.disease, evidence_level: data.evidenceLevel };
    const outcomes = data.arms.flatMap((arm) =>
      arm.outcomes.map((o) => ({
        ...common,
        row_kind: 'outcome',
        arm: arm.id,
        arm_label: arm.label,
        arm_n: arm.n,
        measure: o.measure,
        value: o.value,
        unit: o.unit,
        ci_low: o.ci?.[0],
        ci_high: o.ci?.[1],
        timepoint: o.timepoint,
        population: o.population,
        analysis: o.analysis,
        reference: o.source.id,
        verified: o.verified,
        checked: o.checked,
      })),
    );
    const comparisons = data.comparisons.map((c) => ({
      ...common,
      row_kind: 'comparison',
      arm: c.experimental,
      control_arm: c.control,
      measure: c.measure,
      hr: c.hr,
      ci_low: c.ci?.[0],
      ci_high: c.ci?.[1],
      difference: c.difference,
      p: c.p,
      population: c.population,
      analysis: c.analysis,
      reference: c.source.id,
      verified: c.verified,
      checked: c.checked,
    }));
    return [...outcomes, ...comparisons];
  });
}

/** Entry data for JSON export: cross-links flattened to ids so the files read as plain data. */
export function flattenLinks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenLinks);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.collection === 'string' && Object.keys(record).length === 2) return record.id;
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, flattenLinks(v)]));
  }
  return value;
}
