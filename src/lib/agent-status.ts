import { strongestLevel } from './evidence.ts';
import { gastricStatusLabels, type ApprovalRegion, type EvidenceLevel, type GastricStatus } from '../schemas/vocab.ts';

/** What a reader of the agents table needs first: where it stands in gastric cancer, on one scale. */
export type StatusKind = 'approved' | 'positive-phase-3' | 'negative-phase-3' | 'phase-3-ongoing' | GastricStatus;

export interface AgentStatus {
  kind: StatusKind;
  /** "Approved", "Positive phase 3", "Negative phase 3" ... */
  label: string;
  /** Where and when, or which trials: "USA 2021 · Japan 2020" or "GATSBY, JACOB". */
  detail: string;
  /** For sorting: strongest first. */
  rank: number;
}

interface StatusAgent {
  id: string;
  data: {
    gastricStatus: { stage: GastricStatus; detail: string };
    regulatory?: { approvals: ReadonlyArray<Approval> };
  };
}
interface StatusTrial {
  data: {
    title: string;
    agents: ReadonlyArray<{ id: string }>;
    disease: string;
    evidenceLevel: string;
    subgroupOf?: unknown;
    primaryEndpoint?: { result: 'met' | 'not-met' | 'not-powered' | 'ongoing' };
    status: string;
  };
}

interface Approval {
  region: ApprovalRegion;
  gastric: boolean;
  date: string;
  verified?: boolean;
}

const SHORT_REGION: Record<ApprovalRegion, string> = { usa: 'USA', eu: 'EU', uk: 'UK', japan: 'Japan', china: 'China', korea: 'Korea', other: 'other' };
const RANK: Record<StatusKind, number> = {
  approved: 0,
  'positive-phase-3': 1,
  'phase-3-ongoing': 2,
  'phase-3': 2,
  'negative-phase-3': 3,
  'phase-2': 4,
  'phase-1': 5,
  preclinical: 6,
  'not-developed': 7,
};

/**
 * "Japan 2020 · USA 2021 · EU 2022": each region's first gastric approval, in date order; one seen
 * only in a secondary report says "(unverified)".
 */
export function approvalSummary(approvals: ReadonlyArray<Approval>): string {
  const first = new Map<ApprovalRegion, Approval>();
  for (const approval of approvals.filter((a) => a.gastric)) {
    const known = first.get(approval.region);
    if (!known || approval.date < known.date) first.set(approval.region, approval);
  }
  return [...first.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.region.localeCompare(b.region))
    .map((a) => `${SHORT_REGION[a.region]} ${a.date.slice(0, 4)}${a.verified === false ? ' (unverified)' : ''}`)
    .join(' · ');
}

/**
 * An agent's status in gastric cancer from the data: approved where a regulator approved a gastric
 * indication (regions and years); otherwise the verdict of its randomised phase 3 trials in gastric
 * cancer (positive if any met its primary end point, negative if all reported ones did not); otherwise
 * the development stage the entry records.
 */
/** The trials of an agent in gastric cancer, each a trial of its own (a subgroup page is part of its parent). */
function gastricTrialsOf(agentId: string, trials: readonly StatusTrial[]): StatusTrial[] {
  return trials.filter((t) => t.data.agents.some((a) => a.id === agentId) && t.data.disease === 'gastric' && !t.data.subgroupOf);
}

export function agentGastricStatus(agent: StatusAgent, trials: readonly StatusTrial[]): AgentStatus {
  const approvals = agent.data.regulatory?.approvals ?? [];
  if (approvals.some((a) => a.gastric)) return { kind: 'approved', label: 'Approved', detail: approvalSummary(approvals), rank: RANK.approved };
  const phase3 = gastricTrialsOf(agent.id, trials).filter((t) => t.data.evidenceLevel === 'phase-3');
  const names = (result: string) =>
    phase3
      .filter((t) => t.data.primaryEndpoint?.result === result)
      .map((t) => t.data.title)
      .join(', ');
  if (names('met')) return { kind: 'positive-phase-3', label: 'Positive phase 3', detail: names('met'), rank: RANK['positive-phase-3'] };
  const ongoing = phase3.filter((t) => t.data.primaryEndpoint?.result === 'ongoing' || (!t.data.primaryEndpoint && t.data.status === 'ongoing'));
  if (ongoing.length > 0) return { kind: 'phase-3-ongoing', label: 'Phase 3 ongoing', detail: ongoing.map((t) => t.data.title).join(', '), rank: RANK['phase-3-ongoing'] };
  if (names('not-met')) return { kind: 'negative-phase-3', label: 'Negative phase 3', detail: names('not-met'), rank: RANK['negative-phase-3'] };
  const stage = agent.data.gastricStatus.stage;
  return { kind: stage, label: gastricStatusLabels[stage], detail: '', rank: RANK[stage] };
}

/**
 * The strongest evidence for an agent's use in gastric cancer, on the scale trials and mechanisms
 * use: the highest level among the gastric trials on the site that test it and have reported
 * results (a running trial is no evidence yet; a subgroup report is not a trial of its own), with
 * those trials named; undefined when no such trial exists.
 */
export function agentGastricEvidence(agentId: string, trials: readonly StatusTrial[]): { level: EvidenceLevel; trials: string[] } | undefined {
  const reported = (t: StatusTrial) => t.data.status !== 'ongoing' && t.data.primaryEndpoint?.result !== 'ongoing';
  const gastric = gastricTrialsOf(agentId, trials).filter(reported);
  const level = strongestLevel(gastric.map((t) => t.data.evidenceLevel as EvidenceLevel));
  if (!level) return undefined;
  return { level, trials: gastric.filter((t) => t.data.evidenceLevel === level).map((t) => t.data.title) };
}
