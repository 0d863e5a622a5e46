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

const cslDate = z
  .object({
    'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
  })
  .strict();

/**
 * A source, as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 * The file name is the citation key. DOI and PMID are recorded only when seen in a stored record.
 */
export const referenceSchema = z
  .object({
    type: z.enum(['article-journal', 'paper-conference', 'webpage', 'report', 'book', 'chapter', 'article-newspaper', 'legislation']),
    title: z.string().min(3),
    author: z.array(cslName).optional(),
    'container-title': z.string().optional(),
    'container-title-short': z.string().optional(),
    publisher: z.string().optional(),
    issued: cslDate,
    accessed: cslDate.optional(),
    volume: z.union([z.string(), z.number()]).transform(String).optional(),
    issue: z.union([z.string(), z.number()]).transform(String).optional(),
    page: z.string().optional(),
    DOI: z.string().regex(DOI_PATTERN, 'a DOI starts with "10." followed by a registrant code and a slash').optional(),
    PMID: z.string().regex(PMID_PATTERN, 'a PMID is digits only').optional(),
    PMCID: z.string().regex(/^PMC\d+$/, 'a PMCID looks like PMC1234567').optional(),
    URL: z.string().url().optional(),
    note: z.string().optional(),
  })
  .strict();
export type ReferenceData = z.output<typeof referenceSchema>;
