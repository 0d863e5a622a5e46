import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteData } from '../data/collections.ts';
import { entryGroup, searchTerms, synonymGroup } from '../lib/search/groups.ts';
import { entryPath, PAGE_KIND_LABELS } from '../lib/urls.ts';

/**
 * /search-terms.json: the synonym groups the search page expands a query with, each agent's
 * and mechanism's title and aliases (with its page) and each group in content/synonyms/.
 * Loaded only when a reader searches.
 */
export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const data = await siteData();
  const glossary = new Map((await getCollection('glossary')).map((entry) => [entry.id, entry.data]));
  const synonyms = await getCollection('synonyms');
  const groups = [
    ...data.agents.map((e) => entryGroup(`content/agents/${e.id}.mdx`, e.data, { url: entryPath(base, 'agents', e.id), type: PAGE_KIND_LABELS.agents })),
    ...data.mechanisms.map((e) => entryGroup(`content/mechanisms/${e.id}.mdx`, e.data, { url: entryPath(base, 'mechanisms', e.id), type: PAGE_KIND_LABELS.mechanisms })),
    ...synonyms.map((e) =>
      synonymGroup(`content/synonyms/${e.id}.yaml`, { glossary: e.data.glossary?.id, terms: e.data.terms }, e.data.glossary && glossary.get(e.data.glossary.id)),
    ),
  ];
  const vocabulary = [
    ...new Set(
      [
        ...data.agents.flatMap((e) => [e.data.title, ...e.data.aliases]),
        ...data.mechanisms.flatMap((e) => [e.data.title, ...e.data.aliases, ...e.data.genes]),
        ...data.trials.flatMap((e) => [e.data.title, ...e.data.aliases]),
        ...[...glossary.values()].flatMap((g) => [g.term, ...(g.expansion ? [g.expansion] : []), ...g.aliases]),
        ...synonyms.flatMap((e) => e.data.terms),
      ].filter((term) => term.length > 0),
    ),
  ];
  return new Response(JSON.stringify({ ...searchTerms(groups), vocabulary }) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
