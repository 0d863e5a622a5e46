import { developmentTimeline, herFamilyDiagram, mechanismOverviewMap, type GeneratedDiagram } from '../lib/diagrams/generated.ts';
import type { SiteData } from './collections.ts';

/** The diagrams generated from the data, by the page that shows them. */
export function generatedFigures(data: SiteData): Record<'agents' | 'timeline' | 'mechanisms', GeneratedDiagram[]> {
  return {
    agents: [herFamilyDiagram(data.agents)],
    timeline: [developmentTimeline(data.agents)],
    mechanisms: [mechanismOverviewMap(data.mechanisms)],
  };
}
