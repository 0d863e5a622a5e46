import { outcomeMeasureAbbreviations } from '../schemas/vocab.ts';
import type { Comparison, Outcome } from './types.ts';

/** Numbers as printed in papers: no trailing zeros beyond what was reported. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** "51%" or "12.5 mo", with the 95% CI when given. */
export function formatOutcomeValue(outcome: Pick<Outcome, 'value' | 'unit' | 'ci'>): string {
  const unit = outcome.unit === 'percent' ? '%' : ' mo';
  const ci = outcome.ci ? ` (95% CI ${formatNumber(outcome.ci[0])}–${formatNumber(outcome.ci[1])})` : '';
  return `${formatNumber(outcome.value)}${unit}${ci}`;
}

/** "HR 0.74 (0.60–0.91); p = 0.0046". */
export function formatHazardRatio(comparison: Pick<Comparison, 'hr' | 'ci' | 'p'>): string {
  if (comparison.hr === undefined) return comparison.p ? `p ${formatP(comparison.p)}` : '';
  const ci = comparison.ci ? ` (95% CI ${formatNumber(comparison.ci[0])}–${formatNumber(comparison.ci[1])})` : '';
  const p = comparison.p ? `; p ${formatP(comparison.p)}` : '';
  return `HR ${formatNumber(comparison.hr)}${ci}${p}`;
}

function formatP(p: string): string {
  return /^[<>=≤≥]/.test(p.trim()) ? p.trim() : `= ${p.trim()}`;
}

export function measureLabel(measure: Outcome['measure'], timepoint?: string): string {
  return timepoint ? `${outcomeMeasureAbbreviations[measure]} at ${timepoint}` : outcomeMeasureAbbreviations[measure];
}

/** A date string YYYY-MM-DD as "25 November 2026", independent of the build machine's locale and zone. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[month - 1]} ${year}`;
}

/** Longest <title> search engines show in full. */
export const MAX_TITLE_LENGTH = 70;

/** "<page> · <site>", falling back to the short site name, then the page title alone, to stay within MAX_TITLE_LENGTH. */
export function pageTitle(title: string, siteName: string, shortSiteName: string): string {
  for (const candidate of [`${title} · ${siteName}`, `${title} · ${shortSiteName}`]) if (candidate.length <= MAX_TITLE_LENGTH) return candidate;
  return title;
}
