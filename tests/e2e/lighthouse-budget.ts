/**
 * Budgets for the Lighthouse test and the pure logic that reads a Lighthouse result (LHR) against them:
 * which categories miss their budget, which audits cause it, and a compact table for the console.
 * Kept apart from the browser so the unit tests can feed it small hand-made results.
 */

/** The part of a Lighthouse result this module reads; the real `Result` from 'lighthouse' fits it. */
export interface LighthouseReport {
  finalDisplayedUrl: string;
  lighthouseVersion?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { title: string; score: number | null; auditRefs: Array<{ id: string; weight: number; group?: string }> }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>;
  /** Lighthouse's measure of the host CPU at the start of the run (higher is faster). */
  environment?: { benchmarkIndex?: number };
  configSettings?: { throttling?: { cpuSlowdownMultiplier?: number } };
}

/**
 * Lighthouse's default 4x CPU slowdown is calibrated for a high-end desktop, benchmark index
 * 1500-2000 (Lighthouse's docs/throttling.md), to model a mid-tier phone. On a slower or busier host
 * the same 4x models a slower phone than intended, so Lighthouse says to lower the multiplier there.
 * This keeps the modelled phone where the default puts it for the slowest high-end desktop: the
 * host's benchmark index divided by 375, never above the default 4 nor below 1 (no slowdown).
 */
export const DEFAULT_CPU_SLOWDOWN = 4;
export const HIGH_END_DESKTOP_INDEX = 1500;
/** Never below 1: the audit never models a phone faster than the host it runs on. */
export const MIN_CPU_SLOWDOWN = 1;
export function calibratedCpuSlowdown(benchmarkIndex: number | undefined): number {
  if (benchmarkIndex === undefined || !(benchmarkIndex > 0)) return DEFAULT_CPU_SLOWDOWN;
  const multiplier = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / HIGH_END_DESKTOP_INDEX;
  return Math.round(Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(MIN_CPU_SLOWDOWN, multiplier)) * 100) / 100;
}

/** Minimum category scores, 0-100. */
export const BUDGETS: Record<string, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export const CATEGORY_LABELS: Record<string, string> = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };

/** The metrics printed beside the scores, in the order shown. */
export const KEY_METRICS = [
  { id: 'first-contentful-paint', label: 'FCP' },
  { id: 'largest-contentful-paint', label: 'LCP' },
  { id: 'total-blocking-time', label: 'TBT' },
  { id: 'cumulative-layout-shift', label: 'CLS' },
  { id: 'total-byte-weight', label: 'Bytes' },
] as const;

/** A category score on Lighthouse's 0-100 scale; null when the category could not be scored. */
export function categoryScore(lhr: LighthouseReport, category: string): number | null {
  const score = lhr.categories[category]?.score;
  return score == null ? null : Math.round(score * 100);
}

/** Modes whose score says nothing about pass or fail. */
const UNSCORED_MODES = new Set(['notApplicable', 'manual', 'informative']);

/**
 * The audits of a category that did not pass, as "id (title): detail" lines, the ones that
 * weigh in the score first. An audit that errored counts as failing: it may hide a real fault.
 */
export function failingAudits(lhr: LighthouseReport, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing = refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && !UNSCORED_MODES.has(audit.scoreDisplayMode) && (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1)));
  failing.sort((a, b) => b.ref.weight - a.ref.weight);
  return failing.map(({ ref, audit }) => {
    const detail = [
      audit.scoreDisplayMode === 'error' ? 'audit error' : `score ${Math.round(audit.score! * 100)}`,
      audit.displayValue,
      ref.weight > 0 ? `weight ${ref.weight}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    return `${audit.id} (${audit.title}): ${detail}`;
  });
}

/**
 * One message per category under its budget, each listing the audits that pulled it down;
 * empty when the page meets every budget.
 */
export function budgetFailures(lhr: LighthouseReport, budgets: Record<string, number> = BUDGETS): string[] {
  if (lhr.runtimeError) return [`Lighthouse could not audit ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`];
  const failures: string[] = [];
  for (const [category, minimum] of Object.entries(budgets)) {
    const score = categoryScore(lhr, category);
    if (score !== null && score >= minimum) continue;
    const title = lhr.categories[category]?.title ?? category;
    const audits = failingAudits(lhr, category);
    failures.push(`${title} ${score ?? 'not scored'} < ${minimum}` + (audits.length ? `; failing audits:\n  - ${audits.join('\n  - ')}` : ''));
  }
  return failures;
}

function formatMetric(lhr: LighthouseReport, id: string): string {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) return '-';
  if (id === 'cumulative-layout-shift') return value.toFixed(3);
  if (id === 'total-byte-weight') return `${Math.round(value / 1024)} KiB`;
  return `${Math.round(value)} ms`;
}

/** One run's performance score with the host's benchmark index and the CPU slowdown it ran with, e.g. "100 (BI 1210, 4x)". */
export function performanceRun(lhr: LighthouseReport): string {
  const bi = lhr.environment?.benchmarkIndex;
  const slowdown = lhr.configSettings?.throttling?.cpuSlowdownMultiplier;
  return `${categoryScore(lhr, 'performance') ?? '-'} (BI ${bi === undefined ? '?' : Math.round(bi)}, ${slowdown ?? '?'}x)`;
}

/**
 * A fixed-width table, one row per audited page, of the category scores and key metrics of the
 * run kept, and every run made (a retried page shows two), with its benchmark index and CPU slowdown.
 */
export function scoreTable(rows: Array<{ path: string; lhr: LighthouseReport; runs: LighthouseReport[] }>): string {
  const header = ['Page', ...Object.keys(BUDGETS).map((c) => CATEGORY_LABELS[c] ?? c), ...KEY_METRICS.map((m) => m.label), 'Perf runs'];
  const body = rows.map(({ path, lhr, runs }) => [
    path,
    ...Object.keys(BUDGETS).map((c) => String(categoryScore(lhr, c) ?? '-')),
    ...KEY_METRICS.map((m) => formatMetric(lhr, m.id)),
    runs.map(performanceRun).join('; '),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
