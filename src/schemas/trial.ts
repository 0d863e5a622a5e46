import { z } from 'astro/zod';
import {
  diseaseContexts,
  evidenceLevels,
  outcomeMeasures,
  outcomeUnits,
  therapyLines,
  trialDesigns,
  trialPhases,
  trialStatuses,
  endpointResults,
  type OutcomeMeasure,
} from './vocab.ts';
import { NCT_PATTERN, aliases, changeLog, changeLogRules, interval, isoDate, slug, summary, title, type RefFactory, type RuleContext } from './common.ts';

/**
 * The longest median (months) the check accepts for each time-to-event measure before it asks
 * whether a figure was mistyped. Medians in advanced gastric cancer are months to a few years;
 * adjuvant breast trials report rates, not medians. Raise a limit here, with a reason, if a real
 * result exceeds it.
 */
export const PLAUSIBLE_MEDIAN_MONTHS: Partial<Record<OutcomeMeasure, number>> = { os: 72, pfs: 60, dor: 72 };

/** Measures reported as a proportion; the others are medians in months. */
export const percentMeasures: ReadonlySet<OutcomeMeasure> = new Set(['orr', 'dcr', 'cr', 'os-rate', 'pfs-rate', 'idfs-rate', 'pcr']);
const rateMeasures: ReadonlySet<OutcomeMeasure> = new Set(['os-rate', 'pfs-rate', 'idfs-rate']);

/** Provenance that every number on the site carries. */
const provenance = (ref: RefFactory) => ({
  source: ref('references'),
  /** True only when the number was seen in the primary record; false when only the review reports it. */
  verified: z.boolean(),
  /** When the number was last checked against its source. */
  checked: isoDate,
  /** What the figure covers, for a reader of the table (confirmed responses, its 95% CI, "17 of 92"). No words about how it was checked. */
  note: z.string().optional(),
  /** How the figure was checked: where it was read, what a record did not show. Shown under "How this page was checked", never beside the figure. */
  checkNote: z.string().min(10).max(700).optional(),
});

const scope = {
  /** Subgroup the number applies to, when not the whole arm (e.g. "PD-L1 CPS >= 1"). */
  population: z.string().optional(),
  /** Which analysis, when a trial reported several (e.g. "final OS analysis, 2024"). */
  analysis: z.string().optional(),
};

export const trialObject = (ref: RefFactory) =>
  z
    .object({
      /** Short name or acronym, e.g. "ToGA". */
      title,
      fullName: z.string().optional(),
      aliases,
      /** Registry ids (NCT numbers) seen in a stored record. */
      registry: z.array(z.string().regex(NCT_PATTERN, 'a ClinicalTrials.gov id looks like NCT01234567')).default([]),
      summary,
      agents: z.array(ref('agents')).default([]),
      phase: z.enum(trialPhases),
      design: z.enum(trialDesigns),
      line: z.enum(therapyLines),
      setting: z.string().min(5),
      disease: z.enum(diseaseContexts),
      evidenceLevel: z.enum(evidenceLevels),
      status: z.enum(trialStatuses),
      /**
       * The primary end point and whether it was met, as the primary publication states it.
       * `measure` is one of the outcome measures, or `other` with the end point named in `label`.
       */
      primaryEndpoint: z
        .object({
          measure: z.enum([...outcomeMeasures, 'other', 'safety']),
          /** The end point in the trial's words, short: "OS (dual primary with PFS)", "dose-limiting toxicity". */
          label: z.string().min(2).max(80),
          result: z.enum(endpointResults),
          source: ref('references'),
        })
        .strict()
        .optional(),
      /** A short population label for summary tables (the long `setting` stays on the trial page). */
      shortPopulation: z.string().min(5).max(70, 'a short label of at most 70 characters; the long description goes in `setting`').optional(),
      /**
       * When the trial's status was last checked against its registry record (or a later report),
       * and the record seen. Required for a trial the site calls ongoing or interim.
       */
      statusChecked: z
        .object({
          date: isoDate,
          source: ref('references'),
          /** What the record showed: "recruiting", "active, not recruiting", "primary completion 2027-06". */
          note: z.string().min(5).max(400),
        })
        .strict()
        .optional(),
      /** Total patients randomised or enrolled. */
      n: z.number().int().positive().optional(),
      /**
       * For a page that reports one subgroup of another trial (the Japanese patients of ToGA): that
       * trial. Its outcomes may all carry a `population`; any other trial leads with its whole population.
       */
      subgroupOf: ref('trials').optional(),
      /** Primary publication(s), main one first. */
      references: z.array(ref('references')).min(1, 'name the primary publication'),
      /** Why no figure could be verified against a primary record, when none could. */
      unverifiedReason: z.string().optional(),
      arms: z
        .array(
          z
            .object({
              id: slug,
              label: z.string().min(2),
              regimen: z.string().min(2),
              n: z.number().int().positive().optional(),
              outcomes: z
                .array(
                  z
                    .object({
                      measure: z.enum(outcomeMeasures),
                      value: z.number(),
                      unit: z.enum(outcomeUnits),
                      ci: interval.optional(),
                      timepoint: z.string().optional(),
                      ...scope,
                      ...provenance(ref),
                    })
                    .strict(),
                )
                .default([]),
            })
            .strict(),
        )
        .default([]),
      comparisons: z
        .array(
          z
            .object({
              measure: z.enum(outcomeMeasures),
              experimental: slug,
              control: slug,
              hr: z.number().positive().optional(),
              ci: interval.optional(),
              /** Stated absolute difference, experimental minus control, in the arms' unit. */
              difference: z.number().optional(),
              p: z.string().optional(),
              ...scope,
              ...provenance(ref),
            })
            .strict(),
        )
        .default([]),
      /** Where the review's figure differs from the primary record. */
      discrepancies: z
        .array(
          z
            .object({
              measure: z.enum(outcomeMeasures).optional(),
              review: z.string().min(5),
              primary: z.string().min(5),
              source: ref('references'),
            })
            .strict(),
        )
        .default([]),
      reviewed: isoDate,
      /** What changed and when, for /changes/. */
      changes: changeLog,
    })
    .strict();

export type TrialShape = z.output<ReturnType<typeof trialObject>>;

/** Rules across fields, kept apart from the shape so the content checker can report both kinds of problem at once. */
export function trialRules(trial: TrialShape, ctx: RuleContext): void {
  changeLogRules(trial, ctx);
  const armIds = new Set<string>();
  trial.arms.forEach((arm, a) => {
    if (armIds.has(arm.id)) ctx.addIssue({ code: 'custom', path: ['arms', a, 'id'], message: `duplicate arm id "${arm.id}"` });
    armIds.add(arm.id);
    arm.outcomes.forEach((outcome, o) => {
      const path = ['arms', a, 'outcomes', o];
      const expectedUnit = percentMeasures.has(outcome.measure) ? 'percent' : 'months';
      if (outcome.unit !== expectedUnit) {
        ctx.addIssue({ code: 'custom', path: [...path, 'unit'], message: `${outcome.measure} is reported in ${expectedUnit}, not ${outcome.unit}` });
      }
      if (outcome.unit === 'percent' && (outcome.value < 0 || outcome.value > 100)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: `a percentage must lie in 0-100 (got ${outcome.value})` });
      }
      if (outcome.value < 0) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: 'a value cannot be negative' });
      if (outcome.unit === 'percent' && outcome.ci && (outcome.ci[0] < 0 || outcome.ci[1] > 100)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'ci'], message: `a percentage's interval must lie in 0-100 (got [${outcome.ci.join(', ')}])` });
      }
      if ((outcome.measure === 'orr' || outcome.measure === 'dcr') && outcome.value > 0 && outcome.value < 1) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'value'],
          message: `${outcome.value}% looks like a fraction; write a response rate of ${Math.round(outcome.value * 1000) / 10}% as ${Math.round(outcome.value * 1000) / 10}`,
        });
      }
      const longest = PLAUSIBLE_MEDIAN_MONTHS[outcome.measure];
      if (longest !== undefined && outcome.unit === 'months' && outcome.value > longest) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'value'],
          message: `a median ${outcome.measure.toUpperCase()} of ${outcome.value} months is beyond the plausible ${longest}; check the figure (PLAUSIBLE_MEDIAN_MONTHS in src/schemas/trial.ts)`,
        });
      }
      if (outcome.ci && (outcome.value < outcome.ci[0] || outcome.value > outcome.ci[1])) {
        ctx.addIssue({ code: 'custom', path: [...path, 'ci'], message: `value ${outcome.value} lies outside its interval [${outcome.ci.join(', ')}]` });
      }
      if (rateMeasures.has(outcome.measure) && !outcome.timepoint) {
        ctx.addIssue({ code: 'custom', path: [...path, 'timepoint'], message: `${outcome.measure} needs a timepoint (e.g. "3 years")` });
      }
    });
  });
  if (trial.status === 'ongoing' || trial.status === 'interim') {
    if (trial.registry.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['registry'], message: `a trial called ${trial.status} needs its registry id, so readers can follow its status` });
    }
    if (!trial.statusChecked) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusChecked'],
        message: `a trial called ${trial.status} needs \`statusChecked\` (date, source, note): when its registry status was last checked and what it showed`,
      });
    }
  }
  const outcomes = trial.arms.flatMap((arm) => arm.outcomes);
  if (outcomes.length > 0 && outcomes.every((o) => o.population) && !trial.subgroupOf) {
    ctx.addIssue({
      code: 'custom',
      path: ['arms'],
      message:
        "every outcome names a subgroup (`population`), so the summary tables would show a subgroup as the trial's result: give the whole-population primary result first (a primary analysis set goes in `analysis`), or, for a page about one subgroup, set `subgroupOf`",
    });
  }
  const armTotal = trial.arms.reduce((sum, arm) => sum + (arm.n ?? 0), 0);
  // A multi-cohort study may report only some cohorts, so its arms need not add up to the total enrolled.
  if (trial.design !== 'multi-cohort' && trial.n !== undefined && trial.arms.length > 0 && trial.arms.every((arm) => arm.n !== undefined) && armTotal !== trial.n) {
    ctx.addIssue({ code: 'custom', path: ['n'], message: `arms add up to ${armTotal} patients but n is ${trial.n}` });
  }
  trial.comparisons.forEach((comparison, c) => {
    const path = ['comparisons', c];
    for (const side of ['experimental', 'control'] as const) {
      if (!armIds.has(comparison[side])) {
        ctx.addIssue({ code: 'custom', path: [...path, side], message: `unknown arm "${comparison[side]}"; arms: ${[...armIds].join(', ')}` });
      }
    }
    if (comparison.experimental === comparison.control) {
      ctx.addIssue({ code: 'custom', path: [...path, 'control'], message: `arm "${comparison.control}" is compared with itself` });
    }
    if (comparison.hr !== undefined && comparison.ci && comparison.ci[0] <= 0) {
      ctx.addIssue({ code: 'custom', path: [...path, 'ci'], message: `a hazard ratio's interval lies above 0 (got [${comparison.ci.join(', ')}])` });
    }
    const contradiction = comparison.hr !== undefined && comparison.ci && comparison.p ? pValueContradiction(comparison.ci, comparison.p) : undefined;
    if (contradiction) ctx.addIssue({ code: 'custom', path: [...path, 'p'], message: contradiction });
    if (comparison.hr !== undefined && comparison.ci && (comparison.hr < comparison.ci[0] || comparison.hr > comparison.ci[1])) {
      ctx.addIssue({ code: 'custom', path: [...path, 'hr'], message: `hazard ratio ${comparison.hr} lies outside its confidence interval [${comparison.ci.join(', ')}]` });
    }
    if (comparison.difference !== undefined) {
      const valueOf = (armId: string) =>
        trial.arms
          .find((arm) => arm.id === armId)
          ?.outcomes.find((o) => o.measure === comparison.measure && o.population === comparison.population && o.analysis === comparison.analysis)?.value;
      const experimental = valueOf(comparison.experimental);
      const control = valueOf(comparison.control);
      if (experimental !== undefined && control !== undefined && Math.abs(experimental - control - comparison.difference) > 0.15) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'difference'],
          message: `stated difference ${comparison.difference} does not equal the arm values ${experimental} - ${control} = ${(experimental - control).toFixed(1)}`,
        });
      }
    }
  });
  const items = [...trial.arms.flatMap((arm) => arm.outcomes), ...trial.comparisons];
  const primaryIds = new Set(trial.references.map((r) => r.id));
  const verifiedAgainstPrimary = items.some((item) => item.verified && primaryIds.has(item.source.id));
  if (items.length > 0 && !verifiedAgainstPrimary && !trial.unverifiedReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['unverifiedReason'],
      message: 'no figure is verified against a primary reference: verify one, or say why not in `unverifiedReason`',
    });
  }
}

/**
 * A two-sided p-value and a 95% interval of a hazard ratio tell the same story: an interval that
 * excludes 1 goes with p < 0.05, one that includes 1 with p >= 0.05. Only a clear contradiction is
 * reported (rounding near either boundary is allowed for).
 */
export function pValueContradiction([low, high]: readonly [number, number], p: string): string | undefined {
  const match = /^\s*(?:p\s*)?([<>=≤≥]*)\s*(0?\.\d+|\d(?:\.\d+)?(?:e-?\d+)?)\s*$/i.exec(p);
  if (!match) return undefined;
  const value = Number(match[2]);
  const below = match[1].includes('<') || match[1].includes('≤');
  const excludesOne = high < 1 || low > 1;
  const clearlyIncludesOne = low < 0.98 && high > 1.02;
  if (excludesOne && value > 0.06 && !below) return `p = ${value} contradicts the interval [${low}, ${high}], which excludes 1 (expected p < 0.05)`;
  if (clearlyIncludesOne && (value < 0.04 || (below && value <= 0.05)))
    return `p ${below ? '<' : '='} ${value} contradicts the interval [${low}, ${high}], which includes 1 (expected p >= 0.05)`;
  return undefined;
}

export const trialSchema = (ref: RefFactory) => trialObject(ref).superRefine(trialRules);
