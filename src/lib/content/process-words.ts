/**
 * Phrases about how the site checked its sources. They belong in the data (`verified: false`,
 * notes, discrepancy records) and in the page's "How this page was checked" section, never in
 * clinical prose: a reader of a sentence about survival needs the medicine, not our search log.
 * The content check refuses them in bodies and summaries; add a phrase here to refuse it too.
 */
export const PROCESS_PHRASES: readonly RegExp[] = [
  /\bstored (record|copy|copies|abstract|page|corpus)s?\b/i,
  /\bin the store\b/i,
  /\bre-?searched\b/i,
  /\bseen only in\b/i,
  /\bonly the review gives\b/i,
  /\b(abstract|copy|copies|record|page)s? (stops?|ends?) (before|after)\b/i,
  /\b(was|were) cut off\b/i,
  /\bthis (check|site's check)\b/i,
  /\b(for|on) this (page|site)\b.*\b(found|checked|verified|identified|confirmed|read)\b/i,
  /\b(could|can) ?not be (traced|verified|confirmed|matched|identified|checked|read)\b/i,
  /\bwe could( not|n't)?\b/i,
  /\bwas not (seen|visible)\b/i,
  /\bmirror (site|page|copy)\b/i,
  /\bsources? checked\b/i,
  /\bwhen this page was (checked|written|reviewed)\b/i,
];

/** The first process phrase in a text, if any. */
export function processPhrase(text: string): string | undefined {
  for (const pattern of PROCESS_PHRASES) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
