import { developmentTimeline, herFamilyDiagram, mechanismOverviewMap, type GeneratedDiagram } from '../lib/diagrams/generated.ts';
import type { SiteData } from '../lib/site-data.ts';

/** A generated diagram with its figure number on the page that shows it. */
export type NumberedDiagram = GeneratedDiagram & { number: number };

/** The diagrams generated from the data, by the page that shows them, numbered in the order the page shows them. */
export function generatedFigures(data: SiteData): Record<'agents' | 'timeline' | 'mechanisms', NumberedDiagram[]> {
  const numbered = (diagrams: GeneratedDiagram[]) => diagrams.map((diagram, i) => ({ ...diagram, number: i + 1 }));
  return {
    agents: numbered([herFamilyDiagram(data.agents)]),
    timeline: numbered([developmentTimeline(data.agents)]),
    mechanisms: numbered([mechanismOverviewMap(data.mechanisms)]),
  };
}
