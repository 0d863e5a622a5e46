import { agentGastricEvidence, agentGastricStatus } from '../agent-status.ts';
import { pageReferenceOrder } from '../citations.ts';
import { frontmatterReferenceIds } from '../content/links.ts';
import { strongestLevel } from '../evidence.ts';
import type { PageDiagram } from '../markdown/remark-mermaid.ts';
import { agentChecks, mechanismChecks, trialChecks, type PageChecks } from '../page-checks.ts';
import { pageFigures, type PageFigure } from '../page-figures.ts';
import { pageSections, type BodyHeading, type PageSection } from '../page-sections.ts';
import { relatedPages, type RelatedPages } from '../related.ts';
import { trialsOfAgent, type SiteData } from '../site-data.ts';
import { mechanismEvidenceTables } from '../tables/evidence-tables.ts';
import { numberTables, tableAnchor } from '../tables/table-model.ts';
import { trialResultTables } from '../tables/trial-results.ts';
import { trialSummaryTable } from '../tables/trials.ts';
import type { AgentEntry, MechanismEntry, ReferenceEntry, TrialEntry } from '../types.ts';
import { cardPath, PAGE_KIND_LABELS } from '../urls.ts';
import { agentClassLabels, diseaseContextLabels, evidenceLevelLabels, gastricStatusLabels, mechanismCategoryLabels, therapyLineLabels } from '../../schemas/vocab.ts';

/**
 * The model of each entry page (agent, mechanism, trial), derived once per page before it renders,
 * in the spirit of Starlight's route data: the entry, its references in citation order, its numbered
 * figures and tables, related pages, search filters, sections and checks. The page hands each
 * component its part; no component looks anything up. Pure, so it is tested on the real content
 * (tests/unit/snapshots.test.ts) without Astro.
 */

/** What rendering the body tells the model: its headings, the keys it cites in order, its diagrams (numbered). */
export interface RenderedBody {
  headings: readonly BodyHeading[];
  citations: readonly string[];
  diagrams: readonly PageDiagram[];
}

export interface ModelContext {
  site: SiteData;
  /** The site's base path (import.meta.env.BASE_URL). */
  base: string;
  /** How old a checked figure may be before it is flagged (STALE_AFTER_MONTHS). */
  staleAfterMonths: number;
}

/** What EntryLayout renders around the page's own parts. */
export interface EntryLayoutModel {
  kindLabel: string;
  title: string;
  /** A longer name shown under the title; not weighted in search, so it never outranks an agent's own aliases. */
  subtitle?: string;
  aliases: readonly string[];
  /** Genes and proteins the page is about (a mechanism's `genes`): weighted in search like aliases, but shown as what they are, not as other names. */
  genes: readonly string[];
  summary: string;
  reviewed: string;
  /** The page's references in citation order: body citations first, then frontmatter sources. */
  order: readonly string[];
  referenceById: ReadonlyMap<string, ReferenceEntry>;
  related: RelatedPages;
  /** Search filters for this page, as Pagefind's name:value pairs ("type:Agent"). */
  filters: readonly string[];
  /** Path of the entry's one-page teaching card, when it has one. */
  card?: string;
  /** The "On this page" list: the sections before the body, its headings, the sections after it. */
  sections: readonly PageSection[];
  /** What the data records about how the page's figures and statements were checked. */
  checks: PageChecks;
  changes: ReadonlyArray<{ date: string; summary: string }>;
  /** The page's numbered figures and tables, in page order. */
  figures: readonly PageFigure[];
}

/** The tables of an agent's page: its trials, when it has any. */
export function agentTablesOf(agent: AgentEntry, site: SiteData) {
  const trials = trialsOfAgent(agent, site);
  const caption = `Trials of ${agent.data.title}: design and headline results (${trials.length})`;
  const [trialTable] = trials.length > 0 ? numberTables([trialSummaryTable(trials, { anchor: tableAnchor(caption), caption })]) : [];
  return { trialTable };
}

/** The tables of a mechanism's page: one per stance of its evidence. */
export function mechanismTablesOf(mechanism: MechanismEntry, site: SiteData, staleAfterMonths: number) {
  return { evidence: numberTables(mechanismEvidenceTables(mechanism.data, site.asOf.date, staleAfterMonths)) };
}

/** The tables of a trial's page: one per arm, then the comparisons, numbered in that order. */
export function trialTablesOf(trial: TrialEntry, site: SiteData, staleAfterMonths: number) {
  const { arms, comparisons } = trialResultTables(trial.data, { asOf: site.asOf.date, staleAfterMonths, sourceName: site.sourceName });
  const numberedArms = numberTables(arms);
  return { arms: numberedArms, comparisons: comparisons && numberTables([comparisons], numberedArms.length + 1)[0] };
}

const filterPairs = (filters: Record<string, string | readonly string[]>) =>
  Object.entries(filters).flatMap(([name, values]) => (typeof values === 'string' ? [values] : values).map((value) => `${name}:${value}`));

/** The parts every entry page shares. */
function entryLayout(
  kind: 'agents' | 'mechanisms' | 'trials',
  entry: AgentEntry | MechanismEntry | TrialEntry,
  { site }: ModelContext,
  body: RenderedBody,
  parts: {
    order: readonly string[];
    filters: Record<string, string | readonly string[]>;
    sectionsBefore?: readonly PageSection[];
    sectionsAfter?: readonly PageSection[];
  },
) {
  const related = relatedPages(kind, entry.id, site);
  return {
    title: entry.data.title,
    summary: entry.data.summary,
    reviewed: entry.data.reviewed,
    order: parts.order,
    referenceById: site.referenceById,
    related,
    filters: filterPairs({ type: PAGE_KIND_LABELS[kind], ...parts.filters }),
    sections: pageSections({
      before: parts.sectionsBefore,
      body: body.headings,
      after: parts.sectionsAfter,
      hasRelated: related.length > 0,
      hasReferences: parts.order.length > 0,
    }),
    changes: entry.data.changes,
  };
}

/** The page's references in citation order: body citations first, then frontmatter sources. */
export const referenceOrder = (entry: AgentEntry | MechanismEntry | TrialEntry, body: RenderedBody) => pageReferenceOrder(body.citations, frontmatterReferenceIds(entry.data));

export function agentPageModel(entry: AgentEntry, context: ModelContext, body: RenderedBody, tables = agentTablesOf(entry, context.site)) {
  const { site, base } = context;
  const agent = entry.data;
  const order = referenceOrder(entry, body);
  const mechanismLinks = site.links.filter((l) => l.agent === entry.id);
  const layout: EntryLayoutModel = {
    kindLabel: 'Agent',
    aliases: agent.aliases,
    genes: [],
    card: cardPath(base, 'agents', entry.id),
    checks: agentChecks(agent),
    figures: pageFigures(body.diagrams, [tables.trialTable]),
    ...entryLayout('agents', entry, context, body, {
      order,
      filters: { class: agentClassLabels[agent.class], status: gastricStatusLabels[agent.gastricStatus.stage] },
      sectionsAfter: [
        ...(tables.trialTable ? [{ id: 'agent-trials-heading', label: 'Trials' }] : []),
        ...(mechanismLinks.length > 0 ? [{ id: 'agent-mechanisms-heading', label: 'Resistance mechanisms' }] : []),
      ],
    }),
  };
  return {
    layout,
    infobox: { agent, order, status: agentGastricStatus(entry, site.trials), evidence: agentGastricEvidence(entry.id, site.trials) },
    trialTable: tables.trialTable,
    mechanisms: { links: mechanismLinks, mechanisms: site.mechanisms },
  };
}

export function mechanismPageModel(entry: MechanismEntry, context: ModelContext, body: RenderedBody, tables = mechanismTablesOf(entry, context.site, context.staleAfterMonths)) {
  const { site, base } = context;
  const mechanism = entry.data;
  const order = referenceOrder(entry, body);
  const strongest = strongestLevel(mechanism.evidence.map((e) => e.level))!;
  const agentTitle = (id: string) => site.titleOf('agents', id);
  const layout: EntryLayoutModel = {
    kindLabel: 'Resistance mechanism',
    aliases: mechanism.aliases,
    genes: mechanism.genes.filter((g) => !mechanism.aliases.includes(g)),
    card: cardPath(base, 'mechanisms', entry.id),
    checks: mechanismChecks(mechanism),
    figures: pageFigures(body.diagrams, tables.evidence),
    ...entryLayout('mechanisms', entry, context, body, {
      order,
      filters: {
        category: mechanismCategoryLabels[mechanism.category],
        evidence: evidenceLevelLabels[strongest],
        class: [...new Set(mechanism.effects.map((e) => agentClassLabels[e.agentClass]))],
      },
      sectionsAfter: [
        { id: 'evidence-heading', label: 'Key evidence' },
        ...(mechanism.strategies.length > 0 ? [{ id: 'strategies-heading', label: 'Strategies to overcome it' }] : []),
      ],
    }),
  };
  return {
    layout,
    infobox: { mechanism, order, agentTitle },
    evidence: { mechanism, tables: tables.evidence, order, agentTitle, asOf: site.asOf.date },
  };
}

export function trialPageModel(entry: TrialEntry, context: ModelContext, body: RenderedBody, tables = trialTablesOf(entry, context.site, context.staleAfterMonths)) {
  const { site } = context;
  const trial = entry.data;
  const order = referenceOrder(entry, body);
  const agentClass = new Map(site.agents.map((a) => [a.id, a.data.class]));
  const layout: EntryLayoutModel = {
    kindLabel: 'Trial',
    aliases: [...trial.aliases, ...trial.registry],
    subtitle: trial.fullName,
    genes: [],
    checks: trialChecks(trial),
    figures: pageFigures([...tables.arms, tables.comparisons], body.diagrams),
    ...entryLayout('trials', entry, context, body, {
      order,
      filters: {
        evidence: evidenceLevelLabels[trial.evidenceLevel],
        disease: diseaseContextLabels[trial.disease],
        line: therapyLineLabels[trial.line],
        class: [...new Set(trial.agents.flatMap((a) => (agentClass.has(a.id) ? [agentClassLabels[agentClass.get(a.id)!]] : [])))],
      },
      sectionsBefore: [{ id: 'results-heading', label: 'Results as reported' }],
    }),
  };
  return {
    layout,
    infobox: {
      trial,
      order,
      agentTitle: (id: string) => site.titleOf('agents', id),
      publications: trial.references.map((r) => ({ id: r.id, label: site.sourceName(r.id) })),
    },
    results: { trial, arms: tables.arms, comparisons: tables.comparisons, order, asOf: site.asOf.date },
  };
}
