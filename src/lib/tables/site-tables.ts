import { outcomeMeasureLabels } from '../../schemas/vocab.ts';
import type { ChangeRow } from '../changes.ts';
import { formatDate } from '../format.ts';
import { claimDefinitions, type IntegrityReport } from '../integrity.ts';
import type { AgentEntry } from '../types.ts';
import { PAGE_KIND_LABELS } from '../urls.ts';
import { citedIn, type TableModel } from './table-model.ts';

/** "40%", or a dash for nothing counted. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

/** Every milestone on the agents' pages, oldest first, with its agent. */
export function milestoneRows(agents: readonly AgentEntry[]) {
  return agents.flatMap((agent) => agent.data.milestones.map((m) => ({ ...m, agent }))).sort((a, b) => a.year - b.year || a.agent.data.title.localeCompare(b.agent.data.title));
}

/** The timeline's table of milestones, which `figureLabel` ("Figure 1") draws. */
export function milestonesTable(milestones: ReturnType<typeof milestoneRows>, figureLabel: string): TableModel {
  return {
    anchor: 'table-milestones',
    caption: `Milestones shown in ${figureLabel}, with their sources`,
    header: ['Year', 'Agent', 'Milestone'],
    rows: milestones.map((m) => [String(m.year), m.agent.data.title, m.event]),
    sources: citedIn(milestones.map((m) => m.source)),
  };
}

export function changesTable(rows: readonly ChangeRow[]): TableModel {
  return {
    anchor: 'table-changes',
    caption: `Changes to entries, newest first (${rows.length})`,
    header: ['Date', 'Entry', 'Type', 'Change'],
    rows: rows.map((row) => [formatDate(row.date), row.title, PAGE_KIND_LABELS[row.kind], row.summary]),
    sources: [],
  };
}

/** The integrity page's tables: claims by kind, unverified trial figures, discrepancies with the review. */
export function integrityTables(report: IntegrityReport): { claims: TableModel; unverified: TableModel; discrepancies: TableModel } {
  return {
    claims: {
      anchor: 'table-claims',
      caption: 'Claims by kind',
      header: ['Kind', 'What counts as one', 'It cites a source when it', 'Claims', 'Cite a source'],
      rows: report.claims.map((c) => [
        claimDefinitions[c.kind].label,
        claimDefinitions[c.kind].definition,
        claimDefinitions[c.kind].cited,
        String(c.total),
        `${c.cited} (${percent(c.cited, c.total)})`,
      ]),
      sources: [],
    },
    unverified: {
      anchor: 'table-unverified',
      caption: `Trial figures not verified against a primary record, by trial (${report.figures.unverified.length} trials)`,
      header: ['Trial', "Not verified (of the trial's figures)"],
      rows: report.figures.unverified.map((t) => [t.title, `${t.figures.length} of ${t.total}: ${t.figures.join('; ')}`]),
      sources: [],
    },
    discrepancies: {
      anchor: 'table-discrepancies',
      caption: 'Every discrepancy between the review and the primary record',
      header: ['Trial', 'Measure', 'The review', 'The primary record'],
      rows: report.discrepancies.map((d) => [d.title, d.measure ? outcomeMeasureLabels[d.measure] : '—', d.review, d.primary]),
      sources: citedIn(report.discrepancies.map((d) => d.source)),
    },
  };
}
