import { defineCollection, reference } from 'astro:content';
import { checkedCollection } from './data/content-loader.ts';
import { agentSchema } from './schemas/agent.ts';
import { mechanismSchema } from './schemas/mechanism.ts';
import { trialSchema } from './schemas/trial.ts';
import { referenceSchema } from './schemas/reference.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { synonymSchema } from './schemas/synonym.ts';
import type { RefFactory } from './schemas/common.ts';

const ref = reference as unknown as RefFactory;

export const collections = {
  agents: defineCollection({ loader: checkedCollection('agents'), schema: agentSchema(ref) }),
  mechanisms: defineCollection({ loader: checkedCollection('mechanisms'), schema: mechanismSchema(ref) }),
  trials: defineCollection({ loader: checkedCollection('trials'), schema: trialSchema(ref) }),
  references: defineCollection({ loader: checkedCollection('references'), schema: referenceSchema }),
  glossary: defineCollection({ loader: checkedCollection('glossary'), schema: glossarySchema(ref) }),
  synonyms: defineCollection({ loader: checkedCollection('synonyms'), schema: synonymSchema(ref) }),
};
