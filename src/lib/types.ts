import type { z } from 'astro/zod';
import type { agentSchema } from '../schemas/agent.ts';
import type { mechanismSchema } from '../schemas/mechanism.ts';
import type { trialSchema } from '../schemas/trial.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { glossarySchema } from '../schemas/glossary.ts';

/** Parsed entry data as the collections hold it; lib functions take these, never `astro:content`. */
export type AgentData = z.output<ReturnType<typeof agentSchema>>;
export type MechanismData = z.output<ReturnType<typeof mechanismSchema>>;
export type TrialData = z.output<ReturnType<typeof trialSchema>>;
export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
export type { ReferenceData };

export interface Entry<T> {
  id: string;
  data: T;
}
export type AgentEntry = Entry<AgentData>;
export type MechanismEntry = Entry<MechanismData>;
export type TrialEntry = Entry<TrialData>;
export type ReferenceEntry = Entry<ReferenceData>;

export type Outcome = TrialData['arms'][number]['outcomes'][number];
export type Comparison = TrialData['comparisons'][number];
export type EvidenceItem = MechanismData['evidence'][number];
