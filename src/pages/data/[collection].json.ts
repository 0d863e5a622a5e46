import type { APIRoute } from 'astro';
import { siteData } from '../../data/collections.ts';
import { cslOf } from '../../lib/cite.ts';
import { flattenLinks } from '../../lib/data-export.ts';

/** /data/agents.json, /data/mechanisms.json, /data/trials.json and /data/references.json (CSL-JSON). */
export function getStaticPaths() {
  return ['agents', 'mechanisms', 'trials', 'references'].map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const collection = params.collection as 'agents' | 'mechanisms' | 'trials' | 'references';
  const body = collection === 'references' ? data.references.map(cslOf) : data[collection].map((entry) => ({ id: entry.id, ...(flattenLinks(entry.data) as object) }));
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
