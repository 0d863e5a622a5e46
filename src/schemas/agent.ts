import { z } from 'astro/zod';
import { agentClasses, approvalRegions, bindingSites, gastricStatuses } from './vocab.ts';
import { aliases, changeLog, changeLogRules, isoDate, partialDate, summary, title, type RefFactory, type RuleContext } from './common.ts';

/** An agent: a HER2-directed therapy or a checkpoint-inhibitor partner. */
export const agentObject = (ref: RefFactory) => {
  const sources = z.array(ref('references')).min(1, 'cite at least one reference');
  return z
    .object({
      /** Display name: the INN (international non-proprietary name), or a descriptive name for cell therapies and vaccines. */
      title,
      /** Code names, brands and abbreviations (T-DXd, DS-8201, Enhertu). Searchable and shown in the infobox. */
      aliases,
      summary,
      class: z.enum(agentClasses),
      /** Molecular targets, e.g. ["HER2"], ["EGFR", "HER2"], ["PD-1", "LAG-3"]. */
      targets: z.array(z.string().min(1)).min(1),
      bindingSite: z.enum(bindingSites),
      /** Facts in the target/class rows of the infobox rest on these. */
      targetSources: sources,
      /** Antibody-drug conjugates only. */
      adc: z
        .object({
          antibody: z.string(),
          payload: z.string(),
          payloadClass: z.string(),
          linker: z.enum(['cleavable', 'non-cleavable']),
          linkerDetail: z.string().optional(),
          /** Drug-to-antibody ratio, e.g. 8 or 3.5; left out when no verified source gives it. */
          dar: z.number().positive().optional(),
          bystander: z.boolean(),
          sources,
        })
        .strict()
        .optional(),
      /** Cell therapies and vaccines: the construct or platform. */
      construct: z.object({ description: z.string(), sources }).strict().optional(),
      gastricStatus: z
        .object({
          stage: z.enum(gastricStatuses),
          /** e.g. "Approved first line with chemotherapy (FDA, EMA, 2010)". */
          detail: z.string(),
          sources,
        })
        .strict(),
      /**
       * Regulatory status as data: every approval in every region the site tracks (USA, EU,
       * Japan, China at least), gastric or not, so that "its only approval is ..." can be
       * derived and checked. `checked` is the day all regions were last re-checked.
       */
      regulatory: z
        .object({
          checked: isoDate,
          /** What the re-check found where it found no approval, or could not confirm one. */
          note: z.string().max(600).optional(),
          approvals: z
            .array(
              z
                .object({
                  region: z.enum(approvalRegions),
                  /** Indication in the regulator's terms, shortened: "HER2-positive gastric or GEJ adenocarcinoma after a trastuzumab-based regimen". */
                  indication: z.string().min(10).max(300),
                  /** True when the indication is gastric or gastro-oesophageal junction cancer. */
                  gastric: z.boolean(),
                  /** The decision date: YYYY-MM-DD, or YYYY-MM when the record gives only the month. */
                  date: partialDate,
                  /** The regulator's record, or the primary report of the decision. */
                  source: ref('references'),
                  /** True only when the decision was seen in the regulator's or sponsor's own record. */
                  verified: z.boolean(),
                  note: z.string().max(400).optional(),
                })
                .strict(),
            )
            .default([]),
        })
        .strict()
        .optional(),
      /** Dated milestones for the development timeline. */
      milestones: z
        .array(
          z
            .object({
              year: z.number().int().min(1980).max(2100),
              event: z.string().min(5),
              source: ref('references'),
            })
            .strict(),
        )
        .default([]),
      /** General references for the page that the body may not cite inline. */
      references: z.array(ref('references')).default([]),
      reviewed: isoDate,
      /** What changed and when, for /changes/. */
      changes: changeLog,
    })
    .strict();
};

export type AgentShape = z.output<ReturnType<typeof agentObject>>;

/** Rules across fields, kept apart from the shape so the content checker can report both kinds of problem at once. */
export function agentRules(agent: AgentShape, ctx: RuleContext): void {
  changeLogRules(agent, ctx);
  if (agent.class === 'antibody-drug-conjugate' && !agent.adc) {
    ctx.addIssue({ code: 'custom', path: ['adc'], message: 'an antibody-drug conjugate needs an `adc` block (antibody, payload, linker, dar, bystander)' });
  }
  if (agent.class !== 'antibody-drug-conjugate' && agent.adc) {
    ctx.addIssue({ code: 'custom', path: ['adc'], message: 'only an antibody-drug conjugate may have an `adc` block' });
  }
}

export const agentSchema = (ref: RefFactory) => agentObject(ref).superRefine(agentRules);
