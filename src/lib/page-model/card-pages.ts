import { cardLinks, cardReferences, cardTrialsTable, diseaseMix, keyEvidence, keyTrials, linkedIds, mainFigure, trialHeadline, trialSources } from '../cards.ts';
import { strongestLevel } from '../evidence.ts';
import { pageFigures } from '../page-figures.ts';
import type { AgentMechanismLink } from '../related.ts';
import { trialsOfAgent, type SiteData } from '../site-data.ts';
import { numberTables } from '../tables/table-model.ts';
import type { AgentEntry, MechanismEntry } from '../types.ts';
import { entryPath, type PageKind } from '../urls.ts';
import { referenceOrder, type ModelContext, type RenderedBody } from './entry-pages.ts';

/**
 * The model of each one-page teaching card: the selections that fit on one page (key trials or key
 * evidence, the links shown and how many were left out), the references those selections cite
 * numbered in card order, and the card's figures and tables. Pure, like the entry page models.
 */

export interface CardContext extends ModelContext {
  /** References every card lists last (the source review), whatever its selections cite. */
  lastReferences: ReadonlySet<string>;
}

/** The links a card shows to the other kind of page, with their titles and addresses. */
function shownLinks(links: readonly AgentMechanismLink[], other: Extract<PageKind, 'agents' | 'mechanisms'>, { site, base }: ModelContext) {
  const otherId = (l: AgentMechanismLink) => (other === 'agents' ? l.agent : l.mechanism);
  const titleOf = (l: AgentMechanismLink) => site.titleOf(other, otherId(l));
  const chosen = cardLinks(links, titleOf);
  return { ...chosen, shown: chosen.shown.map((l) => ({ ...l, href: entryPath(base, other, otherId(l)), title: titleOf(l) })) };
}

/** A card's trials table: the agent's key trials, those its page discusses first. */
export function agentCardTablesOf(agent: AgentEntry, site: SiteData, body: string) {
  const trials = keyTrials(trialsOfAgent(agent, site), linkedIds(body, 'trials'));
  const rows = { shown: trials.shown.map((trial) => ({ trial, headline: trialHeadline(trial) })), omitted: trials.omitted };
  const [trialTable] = rows.shown.length > 0 ? numberTables([cardTrialsTable(agent.data.title, rows.shown)]) : [];
  return { rows, trialTable };
}

export function agentCardModel(entry: AgentEntry, context: CardContext, body: RenderedBody, tables: ReturnType<typeof agentCardTablesOf>) {
  const order = referenceOrder(entry, body);
  const diagram = mainFigure(body.diagrams);
  const references = cardReferences(
    [...tables.rows.shown.map((r) => trialSources(r.trial, r.headline)), entry.data.gastricStatus.sources.map((s) => s.id)],
    order,
    context.lastReferences,
  );
  return {
    diagram,
    references,
    totalReferences: order.length,
    referenceById: context.site.referenceById,
    trials: tables.rows,
    trialTable: tables.trialTable,
    mechanismLinks: shownLinks(
      context.site.links.filter((l) => l.agent === entry.id),
      'mechanisms',
      context,
    ),
    figures: pageFigures(diagram ? [diagram] : [], [tables.trialTable]),
  };
}

export function mechanismCardModel(entry: MechanismEntry, context: CardContext, body: RenderedBody) {
  const mechanism = entry.data;
  const order = referenceOrder(entry, body);
  const diagram = mainFigure(body.diagrams);
  const evidence = keyEvidence(mechanism.evidence);
  return {
    diagram,
    references: cardReferences(
      evidence.shown.map((e) => e.sources.map((s) => s.id)),
      order,
      context.lastReferences,
    ),
    totalReferences: order.length,
    referenceById: context.site.referenceById,
    strongest: strongestLevel(mechanism.evidence.map((e) => e.level))!,
    diseaseMix: diseaseMix(mechanism.evidence),
    evidence,
    agentLinks: shownLinks(
      context.site.links.filter((l) => l.mechanism === entry.id),
      'agents',
      context,
    ),
    figures: pageFigures(diagram ? [diagram] : []),
  };
}
