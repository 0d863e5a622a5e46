import { formatHazardRatio, formatOutcomeValue, measureLabel } from './format.ts';
import { countStatements } from './statements.ts';
import { isStale } from './freshness.ts';
import type { PageKind } from './urls.ts';
import type { OutcomeMeasure } from '../schemas/vocab.ts';
import type { AgentEntry, MechanismEntry, TrialEntry } from './types.ts';

/**
 * The integrity page's numbers, counted from the collections. Four kinds of claim:
 *
 * - trial figures: every arm outcome and every between-arm comparison of a trial;
 * - evidence items: every evidence item of a mechanism;
 * - structured facts: every other sourced fact in the frontmatter (an agent's target,
 *   binding site and class; its ADC or construct block; its status in gastric cancer; each
 *   milestone; each biomarker and strategy of a mechanism; each discrepancy note of a trial);
 * - statements in text: every sentence of an entry's body (see statements.ts).
 *
 * A claim "cites a source" when it names at least one reference (structured claims) or carries
 * an in-text citation (sentences). Trial figures are "verified" when their `verified` flag says
 * the number was seen in the primary record.
 */
export type ClaimKind = 'trial-figures' | 'evidence-items' | 'structured-facts' | 'text-statements';
export const claimKinds: readonly ClaimKind[] = ['trial-figures', 'evidence-items', 'structured-facts', 'text-statements'];

/** What each kind counts, as the integrity page states it; kept beside the code that counts. */
export const claimDefinitions: Record<ClaimKind, { label: string; definition: string; cited: string }> = {
  'trial-figures': {
    label: 'Trial figures',
    definition: 'each outcome of a trial arm (a response rate, a median, a rate at a time point) and each between-arm comparison (a hazard ratio or difference)',
    cited: 'names the reference it was taken from',
  },
  'evidence-items': {
    label: 'Mechanism evidence items',
    definition: 'each evidence item of a resistance mechanism, with its level, disease context and stance',
    cited: 'names at least one reference',
  },
  'structured-facts': {
    label: 'Other structured facts',
    definition:
      "an agent's target and binding site, its ADC or construct details, its status in gastric cancer and each milestone; each biomarker and strategy of a mechanism; each discrepancy note of a trial",
    cited: 'names at least one reference',
  },
  'text-statements': {
    label: 'Statements in page text',
    definition:
      'each sentence of a paragraph or list item in the written text of an agent, mechanism or trial page (headings and diagrams excluded; sentences split at . ! or ? before a capital)',
    cited: 'carries an in-text citation',
  },
};

export interface ClaimCount {
  kind: ClaimKind;
  total: number;
  cited: number;
}

export interface UnverifiedFigures {
  trial: string;
  title: string;
  /** Total figures on the trial, to read the unverified ones against. */
  total: number;
  /** One line per unverified figure, e.g. "OS, Chemotherapy alone: 11.1 mo". */
  figures: string[];
}

export interface DiscrepancyRow {
  trial: string;
  title: string;
  measure?: OutcomeMeasure;
  review: string;
  primary: string;
  source: string;
}

export interface UncitedStatements {
  kind: PageKind;
  id: string;
  title: string;
  sentences: string[];
}

export interface StaleItems {
  kind: 'mechanisms' | 'trials';
  id: string;
  title: string;
  /** One line per item, e.g. "mOS, Chemo: 11.1 mo (checked 2023-01-05)". */
  items: string[];
}

export interface IntegrityReport {
  claims: ClaimCount[];
  total: number;
  cited: number;
  figures: { total: number; verified: number; unverified: UnverifiedFigures[] };
  discrepancies: DiscrepancyRow[];
  uncited: UncitedStatements[];
  /** Dated items (evidence items and trial figures) and those older than the limit at the as-of date. */
  freshness: { asOf: string; months: number; checked: number; stale: StaleItems[] };
}

export interface EntryBody {
  kind: PageKind;
  id: string;
  body: string;
}

const cites = (sources: readonly unknown[] | undefined) => (sources?.length ?? 0) > 0;

function structuredFacts(agents: readonly AgentEntry[], mechanisms: readonly MechanismEntry[], trials: readonly TrialEntry[]): boolean[] {
  return [
    ...agents.flatMap(({ data }) => [
      cites(data.targetSources),
      ...(data.adc ? [cites(data.adc.sources)] : []),
      ...(data.construct ? [cites(data.construct.sources)] : []),
      cites(data.gastricStatus.sources),
      ...data.milestones.map((m) => cites([m.source])),
    ]),
    ...mechanisms.flatMap(({ data }) => [...data.biomarkers.map((b) => cites(b.sources)), ...data.strategies.map((s) => cites(s.sources))]),
    ...trials.flatMap(({ data }) => data.discrepancies.map((d) => cites([d.source]))),
  ];
}

function scope(item: { population?: string; analysis?: string }): string {
  return [item.population, item.analysis].filter(Boolean).join('; ');
}

/** A trial's figures, each with a line that names it for the list of unverified ones. */
function trialFigures({ data }: TrialEntry): Array<{ verified: boolean; cited: boolean; checked: string; line: string }> {
  const armLabel = (id: string) => data.arms.find((a) => a.id === id)?.label ?? id;
  const withScope = (text: string, item: { population?: string; analysis?: string }) => (scope(item) ? `${text} (${scope(item)})` : text);
  return [
    ...data.arms.flatMap((arm) =>
      arm.outcomes.map((o) => ({
        verified: o.verified,
        cited: cites([o.source]),
        checked: o.checked,
        line: withScope(`${measureLabel(o.measure, o.timepoint)}, ${arm.label}: ${formatOutcomeValue(o)}`, o),
      })),
    ),
    ...data.comparisons.map((c) => ({
      verified: c.verified,
      cited: cites([c.source]),
      checked: c.checked,
      line: withScope(`${measureLabel(c.measure)}, ${armLabel(c.experimental)} vs ${armLabel(c.control)}: ${formatHazardRatio(c) || `difference ${c.difference}`}`, c),
    })),
  ];
}

/**
 * Counts every claim on the site and lists what is not verified, not cited, disputed or
 * old. Age is measured against `freshness.asOf`, the content's own date (freshness.ts).
 */
export function integrityReport(
  agents: readonly AgentEntry[],
  mechanisms: readonly MechanismEntry[],
  trials: readonly TrialEntry[],
  bodies: readonly EntryBody[],
  freshness: { asOf: string; months: number },
): IntegrityReport {
  const figures = trials.map((trial) => ({ trial, figures: trialFigures(trial) }));
  const allFigures = figures.flatMap((f) => f.figures);
  const evidence = mechanisms.flatMap((m) => m.data.evidence.map((e) => cites(e.sources)));
  const facts = structuredFacts(agents, mechanisms, trials);
  const titles = new Map<string, string>(
    (Object.entries({ agents, mechanisms, trials }) as Array<[PageKind, ReadonlyArray<{ id: string; data: { title: string } }>]>).flatMap(([kind, entries]) =>
      entries.map((e) => [`${kind}/${e.id}`, e.data.title] as const),
    ),
  );
  const statements = bodies.map((b) => ({ ...b, count: countStatements(b.body) }));
  const old = (checked: string) => isStale(checked, freshness.asOf, freshness.months);
  const dated = [
    ...mechanisms.map((m) => ({ kind: 'mechanisms' as const, id: m.id, title: m.data.title, items: m.data.evidence.map((e) => ({ checked: e.checked, line: e.claim })) })),
    ...figures.map(({ trial, figures: list }) => ({ kind: 'trials' as const, id: trial.id, title: trial.data.title, items: list })),
  ];

  const claims: ClaimCount[] = [
    { kind: 'trial-figures', total: allFigures.length, cited: allFigures.filter((f) => f.cited).length },
    { kind: 'evidence-items', total: evidence.length, cited: evidence.filter(Boolean).length },
    { kind: 'structured-facts', total: facts.length, cited: facts.filter(Boolean).length },
    { kind: 'text-statements', total: statements.reduce((n, s) => n + s.count.sentences, 0), cited: statements.reduce((n, s) => n + s.count.cited, 0) },
  ];
  return {
    claims,
    total: claims.reduce((n, c) => n + c.total, 0),
    cited: claims.reduce((n, c) => n + c.cited, 0),
    figures: {
      total: allFigures.length,
      verified: allFigures.filter((f) => f.verified).length,
      unverified: figures
        .map(({ trial, figures: list }) => ({ trial: trial.id, title: trial.data.title, total: list.length, figures: list.filter((f) => !f.verified).map((f) => f.line) }))
        .filter((t) => t.figures.length > 0),
    },
    discrepancies: trials.flatMap((t) =>
      t.data.discrepancies.map((d) => ({ trial: t.id, title: t.data.title, measure: d.measure, review: d.review, primary: d.primary, source: d.source.id })),
    ),
    uncited: statements
      .filter((s) => s.count.uncited.length > 0)
      .map((s) => ({ kind: s.kind, id: s.id, title: titles.get(`${s.kind}/${s.id}`) ?? s.id, sentences: s.count.uncited })),
    freshness: {
      ...freshness,
      checked: dated.reduce((n, entry) => n + entry.items.length, 0),
      stale: dated
        .map((entry) => ({ kind: entry.kind, id: entry.id, title: entry.title, items: entry.items.filter((i) => old(i.checked)).map((i) => `${i.line} (checked ${i.checked})`) }))
        .filter((entry) => entry.items.length > 0),
    },
  };
}
