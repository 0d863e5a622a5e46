import { getCollection } from 'astro:content';
import { agentClasses } from '../schemas/vocab.ts';
import { STALE_AFTER_MONTHS } from '../site.config.ts';
import { agentCardTablesOf } from '../lib/page-model/card-pages.ts';
import { changeRows } from '../lib/changes.ts';
import { integrityReport, type EntryBody } from '../lib/integrity.ts';
import { latestReview } from '../lib/site-version.ts';
import { agentComparisonTable } from '../lib/tables/agents.ts';
import { mechanismMatrixTable } from '../lib/tables/mechanism-matrix.ts';
import { changesTable, integrityTables, milestoneRows, milestonesTable } from '../lib/tables/site-tables.ts';
import { numberTables, type NumberedTable } from '../lib/tables/table-model.ts';
import { agentTablesOf, mechanismTablesOf, trialTablesOf } from '../lib/page-model/entry-pages.ts';
import type { SiteData } from '../lib/site-data.ts';
import { trialSummaryTable } from '../lib/tables/trials.ts';
import type { AgentEntry, MechanismEntry, TrialEntry } from '../lib/types.ts';
import { siteData } from './collections.ts';
import { generatedFigures } from './generated-figures.ts';

/**
 * Every table of every page, derived from the collections before anything renders: the page
 * renders its part of it, and the CSV and SVG downloads (src/pages/[...table].csv.ts and .svg.ts)
 * are written from the same model. One function per page; each runs once per build.
 */

const made = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as Promise<T>;
}

const everything = (data: SiteData) => [...data.agents, ...data.mechanisms, ...data.trials];

export const trialsIndexTables = () =>
  once('trials/', async () => {
    const data = await siteData();
    const [trials] = numberTables([trialSummaryTable(data.trials, { anchor: 'table-trials', caption: `Trials compared (${data.trials.length})` })]);
    return { reviewed: latestReview(data.trials), trials };
  });

export const agentsIndexTables = () =>
  once('agents/', async () => {
    const data = await siteData();
    const [agents, adcs] = numberTables([agentComparisonTable(data.agents, agentClasses, data.trials, 'all'), agentComparisonTable(data.agents, agentClasses, data.trials, 'adc')]);
    return { reviewed: latestReview(data.agents), agents, adcs };
  });

export const mechanismsIndexTables = () =>
  once('mechanisms/', async () => {
    const data = await siteData();
    const [matrix] = numberTables([mechanismMatrixTable(data.mechanisms, agentClasses, (id) => data.titleOf('agents', id))]);
    return { reviewed: latestReview(data.mechanisms), matrix };
  });

export const timelineTables = () =>
  once('timeline/', async () => {
    const data = await siteData();
    const [timeline] = generatedFigures(data).timeline;
    const milestones = milestoneRows(data.agents);
    const [table] = numberTables([milestonesTable(milestones, `Figure ${timeline.number}`)]);
    return { reviewed: latestReview(data.agents), timeline, milestones, table };
  });

export const changesTables = () =>
  once('changes/', async () => {
    const data = await siteData();
    const rows = changeRows(data);
    const [changes] = numberTables([changesTable(rows)]);
    return { reviewed: latestReview(everything(data)), rows, changes };
  });

export const integrityPageTables = () =>
  once('about/integrity/', async () => {
    const data = await siteData();
    const kinds = ['agents', 'mechanisms', 'trials'] as const;
    const bodyOf = new Map((await Promise.all(kinds.map(async (kind) => (await getCollection(kind)).map((e) => [`${kind}/${e.id}`, e.body ?? ''] as const)))).flat());
    const bodies: EntryBody[] = kinds.flatMap((kind) => data[kind].map((e) => ({ kind, id: e.id, body: bodyOf.get(`${kind}/${e.id}`) ?? '' })));
    const report = integrityReport(data.agents, data.mechanisms, data.trials, bodies, { asOf: data.asOf.date, months: STALE_AFTER_MONTHS });
    const { claims, unverified, discrepancies } = integrityTables(report);
    const [claimsTable, unverifiedTable, discrepanciesTable] = numberTables([claims, unverified, discrepancies]);
    return { reviewed: latestReview(everything(data)), report, claims: claimsTable, unverified: unverifiedTable, discrepancies: discrepanciesTable };
  });

export const agentPageTables = (agent: AgentEntry) => once(`agents/${agent.id}/`, async () => ({ reviewed: agent.data.reviewed, ...agentTablesOf(agent, await siteData()) }));

export const agentCardTables = (agent: AgentEntry, body: string) =>
  once(`agents/${agent.id}/card/`, async () => ({ reviewed: agent.data.reviewed, ...agentCardTablesOf(agent, await siteData(), body) }));

export const mechanismPageTables = (mechanism: MechanismEntry) =>
  once(`mechanisms/${mechanism.id}/`, async () => ({ reviewed: mechanism.data.reviewed, ...mechanismTablesOf(mechanism, await siteData(), STALE_AFTER_MONTHS) }));

export const trialPageTables = (trial: TrialEntry) =>
  once(`trials/${trial.id}/`, async () => ({ reviewed: trial.data.reviewed, ...trialTablesOf(trial, await siteData(), STALE_AFTER_MONTHS) }));

/** A page's tables for its downloads: where the page is (relative to the base) and the date its downloads carry. */
export interface TablesOfPage {
  path: string;
  reviewed: string;
  tables: NumberedTable[];
}

/** Every page that has tables, with them. */
export async function allPageTables(): Promise<TablesOfPage[]> {
  const data = await siteData();
  const pages: TablesOfPage[] = [];
  const add = (path: string, reviewed: string, tables: ReadonlyArray<NumberedTable | undefined>) => {
    const present = tables.filter((t): t is NumberedTable => t !== undefined);
    if (present.length > 0) pages.push({ path, reviewed, tables: present });
  };
  const trialsIndex = await trialsIndexTables();
  add('trials/', trialsIndex.reviewed, [trialsIndex.trials]);
  const agentsIndex = await agentsIndexTables();
  add('agents/', agentsIndex.reviewed, [agentsIndex.agents, agentsIndex.adcs]);
  const mechanismsIndex = await mechanismsIndexTables();
  add('mechanisms/', mechanismsIndex.reviewed, [mechanismsIndex.matrix]);
  const timeline = await timelineTables();
  add('timeline/', timeline.reviewed, [timeline.table]);
  const changes = await changesTables();
  add('changes/', changes.reviewed, [changes.changes]);
  const integrity = await integrityPageTables();
  add('about/integrity/', integrity.reviewed, [integrity.claims, integrity.unverified, integrity.discrepancies]);
  const bodies = new Map((await getCollection('agents')).map((e) => [e.id, e.body ?? '']));
  for (const agent of data.agents) {
    const page = await agentPageTables(agent);
    add(`agents/${agent.id}/`, page.reviewed, [page.trialTable]);
    const card = await agentCardTables(agent, bodies.get(agent.id) ?? '');
    add(`agents/${agent.id}/card/`, card.reviewed, [card.trialTable]);
  }
  for (const mechanism of data.mechanisms) {
    const page = await mechanismPageTables(mechanism);
    add(`mechanisms/${mechanism.id}/`, page.reviewed, page.evidence);
  }
  for (const trial of data.trials) {
    const page = await trialPageTables(trial);
    add(`trials/${trial.id}/`, page.reviewed, [...page.arms, page.comparisons]);
  }
  return pages;
}
