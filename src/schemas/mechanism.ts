import { z } from 'astro/zod';
import { agentClasses, diseaseContexts, effectDirections, evidenceLevels, evidenceStances, mechanismCategories } from './vocab.ts';
import { aliases, changeLog, changeLogRules, isoDate, slug, summary, title, type RefFactory, type RuleContext } from './common.ts';

/** A mechanism of resistance to HER2-directed therapy. */
export const mechanismObject = (ref: RefFactory) => {
  const sources = z.array(ref('references')).min(1, 'cite at least one reference');
  return z
    .object({
      title,
      /** Gene and protein names and other names (p95HER2, CTF-611). Searchable. */
      aliases,
      /** Genes involved, by HGNC symbol (ERBB2, MET, PIK3CA). Searchable. */
      genes: z.array(z.string().min(1)).default([]),
      summary,
      category: z.enum(mechanismCategories),
      /** Evidence items; each effect and matrix cell points at one or more of them by id. */
      evidence: z
        .array(
          z
            .object({
              id: slug,
              claim: z.string().min(10),
              level: z.enum(evidenceLevels),
              disease: z.enum(diseaseContexts),
              stance: z.enum(evidenceStances).default('supports'),
              sources,
              /** When this item was last checked against its sources. */
              checked: isoDate,
            })
            .strict(),
        )
        .min(1, 'list at least one evidence item'),
      /** Which agents or classes the mechanism affects, and how. */
      effects: z
        .array(
          z
            .object({
              agentClass: z.enum(agentClasses),
              /** Set when the evidence names a specific agent. */
              agent: ref('agents').optional(),
              direction: z.enum(effectDirections),
              /** Ids of evidence items above. */
              evidence: z.array(slug).min(1),
            })
            .strict(),
        )
        .min(1, 'list at least one affected agent class'),
      biomarkers: z.array(z.object({ name: z.string(), detail: z.string().optional(), sources }).strict()).default([]),
      strategies: z
        .array(
          z
            .object({
              text: z.string().min(10),
              agents: z.array(ref('agents')).default([]),
              sources,
            })
            .strict(),
        )
        .default([]),
      references: z.array(ref('references')).default([]),
      reviewed: isoDate,
      /** What changed and when, for /changes/. */
      changes: changeLog,
    })
    .strict();
};

export type MechanismShape = z.output<ReturnType<typeof mechanismObject>>;

/** Rules across fields, kept apart from the shape so the content checker can report both kinds of problem at once. */
export function mechanismRules(mechanism: MechanismShape, ctx: RuleContext): void {
  changeLogRules(mechanism, ctx);
  const ids = new Set<string>();
  mechanism.evidence.forEach((item, index) => {
    if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['evidence', index, 'id'], message: `duplicate evidence id "${item.id}"` });
    ids.add(item.id);
  });
  mechanism.effects.forEach((effect, index) => {
    effect.evidence.forEach((id, j) => {
      if (!ids.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['effects', index, 'evidence', j], message: `unknown evidence id "${id}"; known: ${[...ids].join(', ')}` });
      }
    });
  });
}

export const mechanismSchema = (ref: RefFactory) => mechanismObject(ref).superRefine(mechanismRules);
