// citation-js ships no types; this module is the one typed wrapper around it.
// @ts-expect-error untyped package
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { ReferenceEntry } from './types.ts';

/** A CSL-JSON item with its citation key as id. */
export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

/** A reference entry as a CSL item whose id is its citation key. */
export function cslOf(reference: ReferenceEntry): CslItem {
  return { ...(reference.data as Record<string, unknown>), id: reference.id } as CslItem;
}

interface CiteInstance {
  format(kind: string, options?: Record<string, unknown>): string;
}

function cite(item: CslItem): CiteInstance {
  return new (Cite as new (data: unknown) => CiteInstance)([item]);
}

/** Formatting runs a full CSL engine and each reference appears on many pages, so results are kept for the build. */
const formatted = new Map<string, string>();

/** One reference formatted in a CSL style ("apa" or "vancouver"), as plain text or HTML. */
export function formatReference(item: CslItem, style: 'apa' | 'vancouver', format: 'text' | 'html' = 'text'): string {
  const key = JSON.stringify([style, format, item]);
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const out = formatUncached(item, style, format);
  formatted.set(key, out);
  return out;
}

function formatUncached(item: CslItem, style: 'apa' | 'vancouver', format: 'text' | 'html'): string {
  const out = cite(item).format('bibliography', { format, template: style, lang: 'en-US' }).trim();
  // Vancouver output starts with its list number; a page's own list numbers it instead.
  return style === 'vancouver' ? out.replace(/^(<div class="csl-entry">)?\s*1\.\s*/, '$1') : out;
}

/** A reference formatted without its identifiers (DOI, PMID, PMCID, URL), which pages give as links instead. */
export function formatReferenceWithoutIds(item: CslItem, style: 'apa' | 'vancouver'): string {
  const { DOI: _doi, PMID: _pmid, PMCID: _pmcid, URL: _url, ...rest } = item;
  return formatReference({ ...rest, id: item.id, type: item.type, title: item.title }, style);
}
