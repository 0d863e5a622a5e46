import { z } from 'astro/zod';

/**
 * Builds a cross-link field. In Astro this is `reference(collection)` (checked
 * against the loaded collection); the standalone content checker passes a
 * plain-id version and checks existence itself, so one schema serves both.
 */
export type CollectionName = 'agents' | 'mechanisms' | 'trials' | 'references' | 'glossary' | 'synonyms';
export type RefFactory = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

/** Kebab-case identifiers used for ids of entries, arms and evidence items. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9 and single hyphens)');

/** A calendar date written YYYY-MM-DD in frontmatter; kept as that string so output never depends on the time zone. */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a day of the calendar` })
      .refine((value) => notInTheFuture(value), { error: (issue) => `${String(issue.input)} is in the future; a review, check or change is dated the day it happened` }),
  );

/** True for a real day: 2026-02-30 and 2026-13-01 are not. A YYYY-MM value is checked as the month's first day. */
export function isCalendarDate(value: string): boolean {
  const [year, month, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Dates of reviews, checks and changes may run a little ahead of the build machine's clock (time
 * zones, a review dated for tomorrow's release), never further: a date in 2099 would flag every
 * other item on the site as out of date.
 */
export const FUTURE_MARGIN_DAYS = 31;
export function notInTheFuture(value: string, today: Date = new Date()): boolean {
  const limit = new Date(today.getTime() + FUTURE_MARGIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  return value.slice(0, 10) <= limit;
}

/** A date known to the month or the day: YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known')
      .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a day of the calendar` }),
  );

/**
 * The entry's history, shown on /changes/: one item per change a reader should know about
 * (published, figures re-checked, a result updated). Required, not defaulted: a default
 * would have to invent a date and a summary, and an entry whose history nobody wrote
 * should stop the build rather than look unchanged. Items are in any order; /changes/ sorts them.
 */
export const changeLog = z
  .array(
    z
      .object({
        date: isoDate,
        /** One sentence: what changed and, for figures, against which record it was checked. */
        summary: z.string().min(10, 'say in a sentence what changed (at least 10 characters)').max(300),
      })
      .strict(),
  )
  .min(1, 'list at least one change, e.g. { date: <the reviewed date>, summary: "Entry published." }');

/** History dates cannot run ahead of the last review: a change is part of a review. */
export function changeLogRules(entry: { changes: ReadonlyArray<{ date: string }>; reviewed: string }, ctx: RuleContext): void {
  entry.changes.forEach((change, index) => {
    if (change.date > entry.reviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', index, 'date'],
        message: `${change.date} is later than the reviewed date ${entry.reviewed}; a change is part of a review, so update \`reviewed\` too`,
      });
    }
  });
}

/** A 95% confidence interval [low, high]. */
export const interval = z.tuple([z.number(), z.number()]).refine(([low, high]) => low <= high, 'the lower bound must not exceed the upper bound');

/** One-paragraph summary shown under the title, in search results and in citations. */
export const summary = z.string().min(40, 'write a one-paragraph summary of at least 40 characters').max(900, 'a summary is one paragraph of at most 900 characters');

/** A page title: a name, not a paragraph (it heads the page, the search result and every citation). */
export const title = z.string().min(2).max(120, 'a title is a name of at most 120 characters; put the rest in the summary');

/** Alternative names: code names, brands, acronyms, gene and protein names. Searchable. */
export const aliases = z.array(z.string().min(1).max(60, 'an alias is a name of at most 60 characters')).max(30, 'at most 30 aliases').default([]);

export const NCT_PATTERN = /^NCT\d{8}$/;
/** DOI syntax as Crossref recommends matching it: no spaces, quotes or angle brackets. */
export const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9[\]+]+$/;
/** A PMID is a positive whole number, written without leading zeros. */
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;

/** What a cross-field rule needs to report a problem: zod's refinement context, or the content checker's collector. */
export interface RuleContext {
  addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void;
}
