import { z } from 'astro/zod';
import { aliases, type RefFactory } from './common.ts';

/** A term or abbreviation used on the site, spelled out once here. */
export const glossarySchema = (ref: RefFactory) =>
  z
    .object({
      /** The term as readers meet it, e.g. "ADC". */
      term: z.string().min(1),
      /** The spelled-out form of an abbreviation. */
      expansion: z.string().optional(),
      definition: z.string().min(10),
      aliases,
      sources: z.array(ref('references')).default([]),
    })
    .strict();
