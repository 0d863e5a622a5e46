import { diseaseContextLabels, diseaseContexts, effectDirections, evidenceLevelLabels, type DiseaseContext } from '../schemas/vocab.ts';
import { evidenceRank } from './evidence.ts';
import { formatHazardRatio, formatOutcomeValue } from './format.ts';
import { headlineComparison, headlineOutcome, sourcedCellText, type SourcedCell } from './tables/trials.ts';
import { citedIn, tableAnchor, withDetail, type TableModel } from './tables/table-model.ts';
import type { AgentMechanismLink } from './related.ts';
import type { EvidenceItem, Outcome, ReferenceData, TrialEntry } from './types.ts';

/**
 * How much a one-page teaching card holds. The card shortens an entry by these
 * limits (the rest stays on the full page), never by shrinking its text: the
 * browser suite prints every card on A4 and Letter and checks it fills one page.
 */
export const CARD_LIMITS = {
  /** Mechanism evidence items, and the characters of their claims together. */
  evidence: 3,
  evidenceChars: 700,
  /** An agent's trials. */
  trials: 3,
  /** Cross-links to affected agents or affecting mechanisms. */
  links: 4,
  references: 4,
} as const;

const MM_PX = 96 / 25.4;
/**
 * The frame a card's figure prints in (card.css, print): the usable width (190 mm, less the figure's
 * padding and border) and the height the one-page layout leaves it (32 mm).
 */
export const CARD_PRINT_FIGURE = { width: 185 * MM_PX, height: 32 * MM_PX } as const;

/** Part of a list shown on the card, and how many items only the full page shows. */
export interface Shortened<T> {
  shown: T[];
  omitted: number;
}

/** The card's figure: the entry's first diagram, the one its author put first. */
export function mainFigure<T>(diagrams: readonly T[] | undefined): T | undefined {
  return diagrams?.[0];
}

const diseaseRank = (disease: string) => (disease === 'gastric' ? 0 : 1);

/**
 * An entry's key evidence for its card. Ranked strongest level first, gastric before other
 * disease contexts at the same level, then in the authors' order; taken while within `max`
 * items and `budget` characters of claims (always at least one). If any item contradicts or
 * is mixed, the strongest such item stays on the card, in place of the weakest supporting
 * ones, so a card never hides that the evidence is disputed.
 */
export function keyEvidence(items: readonly EvidenceItem[], max: number = CARD_LIMITS.evidence, budget: number = CARD_LIMITS.evidenceChars): Shortened<EvidenceItem> {
  const ranked = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => evidenceRank(a.item.level) - evidenceRank(b.item.level) || diseaseRank(a.item.disease) - diseaseRank(b.item.disease) || a.index - b.index)
    .map(({ item }) => item);
  const chars = (list: readonly EvidenceItem[]) => list.reduce((sum, item) => sum + item.claim.length, 0);
  const fits = (list: readonly EvidenceItem[]) => list.length <= Math.max(1, max) && (list.length <= 1 || chars(list) <= budget);
  const shown: EvidenceItem[] = [];
  for (const item of ranked) {
    if (!fits([...shown, item])) break;
    shown.push(item);
  }
  const dissent = ranked.find((item) => item.stance !== 'supports');
  if (dissent && !shown.includes(dissent)) {
    while (shown.length > 0 && !fits([...shown, dissent])) shown.pop();
    shown.push(dissent);
    shown.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
  }
  return { shown, omitted: items.length - shown.length };
}

/** How many of all an entry's evidence items come from each disease context, in the vocabulary's order; contexts without items are left out. */
export function diseaseMix(items: ReadonlyArray<{ disease: DiseaseContext }>): Array<{ disease: DiseaseContext; count: number }> {
  return diseaseContexts.map((disease) => ({ disease, count: items.filter((i) => i.disease === disease).length })).filter((d) => d.count > 0);
}

/** Ids of the entries of one kind that a Markdown body links to (`/trials/toga/`), in order of first link. */
export function linkedIds(body: string, kind: 'agents' | 'mechanisms' | 'trials'): string[] {
  return [...new Set([...body.matchAll(new RegExp(`/${kind}/([a-z0-9]+(?:-[a-z0-9]+)*)/`, 'g'))].map((m) => m[1]))];
}

/**
 * An agent's key trials for its card: gastric trials first, then by evidence level, then in
 * the order the agent's own page first links to them (its authors' emphasis), then by title.
 */
export function keyTrials(trials: readonly TrialEntry[], bodyOrder: readonly string[], max: number = CARD_LIMITS.trials): Shortened<TrialEntry> {
  const mention = (id: string) => (bodyOrder.includes(id) ? bodyOrder.indexOf(id) : Number.POSITIVE_INFINITY);
  const ranked = [...trials].sort(
    (a, b) =>
      diseaseRank(a.data.disease) - diseaseRank(b.data.disease) ||
      evidenceRank(a.data.evidenceLevel) - evidenceRank(b.data.evidenceLevel) ||
      mention(a.id) - mention(b.id) ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
  return { shown: ranked.slice(0, max), omitted: Math.max(0, ranked.length - max) };
}

/** A trial's headline result on a card, with the provenance its table cells carry. */
export interface TrialHeadline {
  /** The arms it compares or reports on. */
  arms: string;
  /** The figure as the card prints it, e.g. "OS HR 0.74 (95% CI 0.6–0.91)" or "ORR 51% vs 35%". */
  text: string;
  cell: SourcedCell;
}

/**
 * The headline result of a trial. Its overall survival hazard ratio, else its progression-free
 * survival one; else the response rate, median PFS or median OS its arms report, in that order.
 * The whole-trial figure comes first, as in the trial tables; where a trial reports a measure only
 * for a named population (LOGiC's primary efficacy population), the first such figure is used
 * and the population is named. Undefined when the trial has no result on the site.
 */
export function trialHeadline(trial: TrialEntry): TrialHeadline | undefined {
  const { arms, comparisons, discrepancies } = trial.data;
  const differs = (measure: Outcome['measure']) => discrepancies.some((d) => d.measure === measure);
  const ratios = comparisons.filter((c) => c.hr !== undefined);
  const comparison = headlineComparison(comparisons) ?? ratios.find((c) => c.measure === 'os') ?? ratios.find((c) => c.measure === 'pfs');
  const armLabel = (id: string) => arms.find((arm) => arm.id === id)?.label ?? id;
  const inPopulation = (population: string | undefined) => (population ? `, ${population}` : '');
  if (comparison) {
    return {
      arms: `${armLabel(comparison.experimental)} vs ${armLabel(comparison.control)}`,
      text: `${comparison.measure.toUpperCase()} ${formatHazardRatio(comparison)}${inPopulation(comparison.population)}`,
      cell: { text: '', sources: [comparison.source.id], verified: comparison.verified, differsFromReview: differs(comparison.measure) },
    };
  }
  const measures = [
    ['orr', 'ORR'],
    ['pfs', 'Median PFS'],
    ['os', 'Median OS'],
  ] as const;
  for (const [measure, label] of measures) {
    const values = arms.map((arm) => headlineOutcome(arm.outcomes, measure) ?? arm.outcomes.find((o) => o.measure === measure));
    const present = values.filter((v): v is Outcome => v !== undefined);
    if (present.length === 0) continue;
    const shown = values.map((v) => (v ? formatOutcomeValue(v) : '—')).join(' vs ');
    return {
      arms: arms.map((arm) => (arm.n ? `${arm.label} (n=${arm.n})` : arm.label)).join(' vs '),
      text: `${label} ${shown}${inPopulation(present[0].population)}`,
      cell: { text: '', sources: [...new Set(present.map((v) => v.source.id))], verified: present.every((v) => v.verified), differsFromReview: differs(measure) },
    };
  }
  return undefined;
}

/**
 * At most `max` reference ids for a card. `groups` lists the sources of each item the card
 * shows, in card order; they are taken round by round (each item's first source, then each
 * item's second), so every shown item gets a reference before any gets two. Then `fallback`
 * (the entry's own reference order). Ids in `last` (the review the site starts from, whose
 * claims the primary literature should carry) come only after all others. No repeats.
 */
export function cardReferences(
  groups: ReadonlyArray<readonly string[]>,
  fallback: readonly string[],
  last: ReadonlySet<string> = new Set(),
  max: number = CARD_LIMITS.references,
): string[] {
  const rounds = Math.max(0, ...groups.map((g) => g.length));
  const candidates: string[] = [];
  for (let round = 0; round < rounds; round++) for (const group of groups) if (round < group.length) candidates.push(group[round]);
  candidates.push(...fallback);
  const unique = [...new Set(candidates)];
  return [...unique.filter((id) => !last.has(id)), ...unique.filter((id) => last.has(id))].slice(0, max);
}

/** The sources of a key trial, for `cardReferences`: its primary publication, then its headline figure's sources. */
export function trialSources(trial: TrialEntry, headline: TrialHeadline | undefined): string[] {
  return [trial.data.references[0].id, ...(headline?.cell.sources ?? [])];
}

/**
 * Cross-links for a card (mechanisms affecting an agent, or agents a mechanism affects): links the
 * evidence names specifically before links through an agent's class, then by effect (resistance
 * first), then by title; at most `max`.
 */
export function cardLinks(links: readonly AgentMechanismLink[], titleOf: (link: AgentMechanismLink) => string, max: number = CARD_LIMITS.links): Shortened<AgentMechanismLink> {
  const ranked = [...links].sort(
    (a, b) =>
      Number(b.specific) - Number(a.specific) || effectDirections.indexOf(a.direction) - effectDirections.indexOf(b.direction) || titleOf(a).localeCompare(titleOf(b), 'en'),
  );
  return { shown: ranked.slice(0, max), omitted: Math.max(0, ranked.length - max) };
}

/** "Hecht JR" from a CSL name; organisations keep their literal name. */
function authorName(name: NonNullable<ReferenceData['author']>[number]): string {
  if (name.literal) return name.literal;
  const initials = (name.given ?? '')
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase())
    .join('');
  return initials ? `${name.family} ${initials}` : (name.family ?? '');
}

/**
 * A reference shortened for a card: up to two authors (a third or more become "et al."), the full
 * title, the journal's short name (else its name, else the publisher) and the year. The entry
 * page keeps the full Vancouver form; the card adds the DOI or PMID so the work can be found.
 */
export function compactReference(reference: ReferenceData): string {
  const authors = reference.author ?? [];
  const names = authors.length > 2 ? `${authorName(authors[0])}, et al` : authors.map(authorName).join(', ');
  const source = reference['container-title-short'] ?? reference['container-title'] ?? reference.publisher;
  const year = reference.issued['date-parts'][0][0];
  const end = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  return [names, reference.title, source, String(year)]
    .filter(Boolean)
    .map((part) => end(part!))
    .join(' ');
}

/** The key-trials table of an agent's card: its rows (which the card renders) and its model (which the downloads hold). */
export function cardTrialsTable(agentTitle: string, rows: ReadonlyArray<{ trial: TrialEntry; headline: TrialHeadline | undefined }>): TableModel {
  const caption = `Key trials of ${agentTitle} with their headline results`;
  return {
    anchor: tableAnchor(caption),
    caption,
    header: ['Trial', 'Arms', 'Headline result'],
    rows: rows.map(({ trial, headline }) => [
      withDetail(trial.data.title, `${evidenceLevelLabels[trial.data.evidenceLevel]} · ${diseaseContextLabels[trial.data.disease]}`),
      headline ? headline.arms : '—',
      headline ? sourcedCellText({ ...headline.cell, text: headline.text }) : 'No result on the site yet',
    ]),
    sources: citedIn(...rows.map(({ headline }) => headline?.cell.sources ?? [])),
  };
}
