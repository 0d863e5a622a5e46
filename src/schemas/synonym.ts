import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';

/**
 * A group of interchangeable names that search treats as one: a query for any of them
 * also finds pages that use another. Agents' and mechanisms' titles and aliases are
 * groups already; these files add gene and protein names (HER2, ERBB2, neu).
 * Only real, standard names belong here, never a guessed code name.
 */
export const synonymSchema = (ref: RefFactory) =>
  z
    .object({
      /**
       * A glossary entry whose term, spelled-out form and every alias are names of one
       * thing; they all join the group, so keep that entry's aliases to true synonyms.
       */
      glossary: ref('glossary').optional(),
      /** Further names of the same thing that the glossary entry does not list. */
      terms: z.array(z.string().min(1)).default([]),
    })
    .strict()
    .refine((group) => group.glossary !== undefined || group.terms.length >= 2, {
      message: 'a synonym group needs a `glossary` entry or at least two `terms`',
      path: ['terms'],
    });
