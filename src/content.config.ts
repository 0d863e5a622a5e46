import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { agentSchema } from './schemas/agent.ts';
import { mechanismSchema } from './schemas/mechanism.ts';
import { trialSchema } from './schemas/trial.ts';
import { referenceSchema } from './schemas/reference.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { synonymSchema } from './schemas/synonym.ts';
import type { RefFactory } from './schemas/common.ts';

const ref = reference as unknown as RefFactory;
const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
  agents: defineCollection({ loader: mdx('agents'), schema: agentSchema(ref) }),
  mechanisms: defineCollection({ loader: mdx('mechanisms'), schema: mechanismSchema(ref) }),
  trials: defineCollection({ loader: mdx('trials'), schema: trialSchema(ref) }),
  references: defineCollection({ loader: glob({ pattern: '*.json', base: './content/references' }), schema: referenceSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/glossary' }), schema: glossarySchema(ref) }),
  synonyms: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/synonyms' }), schema: synonymSchema(ref) }),
};
