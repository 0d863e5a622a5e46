import { z } from 'astro/zod';
import { DOI_PATTERN, PMID_PATTERN } from './common.ts';

const cslName = z
  .object({
    family: z.string().optional(),
    given: z.string().optional(),
    literal: z.string().optional(),
  })
  .strict()
  .refine((name) => Boolean(name.family || name.literal), 'an author needs a family name or a literal name');

/** [year], [year, month] or [year, month, day], each a real date. */
const dateParts = z
  .array(z.number().int())
  .min(1)
  .max(3)
  .refine(([year, month = 1, day = 1]) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1800 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a real date: [year, month 1-12, day of that month]');

const cslDate = z
  .object({
    'date-parts': z.array(dateParts).min(1).max(2),
  })
  .strict();

/**
 * A source, as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 * The file name is the citation key. DOI and PMID are recorded only when seen in a stored record.
 */
export const referenceSchema = z
  .object({
    type: z.enum(['article-journal', 'paper-conference', 'webpage', 'report', 'book', 'chapter', 'article-newspaper', 'legislation']),
    title: z.string().min(3).max(400, 'a title of at most 400 characters'),
    author: z.array(cslName).optional(),
    'container-title': z.string().optional(),
    'container-title-short': z.string().optional(),
    publisher: z.string().optional(),
    issued: cslDate,
    accessed: cslDate.optional(),
    volume: z.union([z.string(), z.number()]).transform(String).optional(),
    issue: z.union([z.string(), z.number()]).transform(String).optional(),
    page: z.string().optional(),
    DOI: z.string().regex(DOI_PATTERN, 'a DOI starts with "10." followed by a registrant code and a slash, with no spaces, quotes or angle brackets').optional(),
    PMID: z.string().regex(PMID_PATTERN, 'a PMID is digits only: a positive whole number without leading zeros').optional(),
    PMCID: z
      .string()
      .regex(/^PMC\d+$/, 'a PMCID looks like PMC1234567')
      .optional(),
    URL: z
      .string()
      .url()
      .refine((url) => /^https?:\/\//i.test(url), 'a web address starts with http:// or https://')
      .optional(),
    note: z.string().optional(),
  })
  .strict();
export type ReferenceData = z.output<typeof referenceSchema>;
