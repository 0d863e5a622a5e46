import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';

/**
 * A group of interchangeable names that search treats as one: a query for any of them
 * also finds pages that use another. Agents' and mechanisms' titles and aliases are
 * groups already; these files add gene and protein names (HER2, ERBB2, neu).
 * Only real, standard names belong here, never a guessed code name.
 */
/**
 * Words too common to join a group: search would expand every query containing one of them
 * (a synonym "the" turned a 6-result search into 76).
 */
export const SYNONYM_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by cancer cell cells disease drug for from gene in is it of on or protein the therapy to tumour tumor with'.split(' '),
);

const term = z
  .string()
  .min(2, 'a name of at least 2 characters')
  .max(60, 'a name of at most 60 characters')
  .refine((name) => !SYNONYM_STOP_WORDS.has(name.trim().toLowerCase()), {
    error: (issue) => `"${String(issue.input)}" is a common word, not a name of one thing; search would expand every query that contains it`,
  });

export const synonymSchema = (ref: RefFactory) =>
  z
    .object({
      /**
       * A glossary entry whose term, spelled-out form and every alias are names of one
       * thing; they all join the group, so keep that entry's aliases to true synonyms.
       */
      glossary: ref('glossary').optional(),
      /** Further names of the same thing that the glossary entry does not list. */
      terms: z.array(term).default([]),
    })
    .strict()
    .refine((group) => group.glossary !== undefined || group.terms.length >= 2, {
      message: 'a synonym group needs a `glossary` entry or at least two `terms`',
      path: ['terms'],
    });
