import type { APIRoute } from 'astro';
import { siteData } from '../data/collections.ts';
import { changeRows } from '../lib/changes.ts';
import { changesFeed } from '../lib/changes-feed.ts';
import { entryPath, permalink, withBase } from '../lib/urls.ts';
import { SITE_LICENSE, SITE_NAME } from '../site.config.ts';

/** /changes.xml: every recorded change as an Atom feed, linked from every page head. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const href = site!.href;
  const xml = changesFeed(
    changeRows(await siteData()),
    {
      root: permalink(href, base),
      self: permalink(href, withBase(base, 'changes.xml')),
      changesPage: permalink(href, withBase(base, 'changes/')),
      title: SITE_NAME,
      description: 'What changed on the site and when: every agent, mechanism and trial entry’s recorded history.',
      license: `Text and data: ${SITE_LICENSE.name}`,
    },
    (row) => permalink(href, entryPath(base, row.kind, row.id)),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
