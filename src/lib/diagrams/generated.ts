import { mechanismCategoryLabels, type MechanismCategory } from '../../schemas/vocab.ts';
import type { AgentEntry, MechanismEntry } from '../types.ts';

/** A diagram generated from the data rather than written in a page. */
export interface GeneratedDiagram {
  id: string;
  caption: string;
  source: string;
  /** References the diagram's content rests on, for the page's reference list. */
  sources: string[];
}

/** Mermaid label text: no characters that end a label or a timeline field. */
function label(text: string): string {
  return text.replace(/["#;:]/g, (c) => ({ '"': "'", '#': 'no. ', ';': ',', ':': ' -' })[c] ?? c);
}

/** The timeline of HER2 drug development, one entry per dated milestone, grouped by year. */
export function developmentTimeline(agents: readonly AgentEntry[]): GeneratedDiagram {
  const byYear = new Map<number, string[]>();
  const sources = new Set<string>();
  for (const agent of agents) {
    for (const milestone of agent.data.milestones) {
      // The diagram names only the agents of each year; the table beside it gives each event with its source.
      const list = byYear.get(milestone.year) ?? [];
      if (!list.includes(label(agent.data.title))) list.push(label(agent.data.title));
      byYear.set(milestone.year, list);
      sources.add(milestone.source.id);
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const lines = years.map((year) => `    ${year} : ${byYear.get(year)!.sort().join(' : ')}`);
  return {
    id: 'her2-development-timeline',
    caption: 'Years in which HER2-directed drugs reached a milestone (approval or key trial result); the table below gives each event and its source',
    sources: [...sources].sort(),
    source: [
      'timeline',
      '    accTitle: Timeline of HER2-directed drug development',
      `    accDescr: ${years.length} years with dated milestones, from ${years[0]} to ${years[years.length - 1]}, each taken from an agent page where it is cited.`,
      ...lines,
    ].join('\n'),
  };
}

/** Where along the path of a HER2-directed drug each category of mechanism acts. */
const STAGES: Array<{ id: string; label: string; categories: MechanismCategory[] }> = [
  { id: 'bind', label: 'Drug reaches and binds HER2', categories: ['target-expression', 'target-heterogeneity', 'epitope-access'] },
  { id: 'signal', label: 'HER2 signalling is blocked', categories: ['bypass-signalling'] },
  { id: 'enter', label: 'ADC is internalised', categories: ['adc-internalisation'] },
  { id: 'lyso', label: 'Lysosome frees the payload', categories: ['adc-lysosome'] },
  { id: 'payload', label: 'Payload kills the cell', categories: ['adc-efflux', 'metabolism'] },
  { id: 'immune', label: 'Immune cells and CAR-T attack', categories: ['microenvironment', 'cell-therapy-escape'] },
];

/** The overview map: the stages a HER2-directed drug goes through, and the mechanisms that block each, linked to their pages. */
export function mechanismOverviewMap(mechanisms: readonly MechanismEntry[]): GeneratedDiagram {
  const lines = ['flowchart TB', '  accTitle: Where resistance mechanisms act on HER2-directed therapy'];
  lines.push(
    `  accDescr: ${STAGES.length} stages from binding HER2 to killing the cell, with the ${mechanisms.length} resistance mechanisms on the site attached to the stage they block. Each mechanism links to its page.`,
  );
  STAGES.forEach((stage, i) => {
    lines.push(`  ${stage.id}["${label(stage.label)}"]`);
    if (i > 0) lines.push(`  ${STAGES[i - 1].id} --> ${stage.id}`);
  });
  const clicks: string[] = [];
  for (const stage of STAGES) {
    const members = mechanisms.filter((m) => stage.categories.includes(m.data.category)).sort((a, b) => a.data.title.localeCompare(b.data.title));
    for (const m of members) {
      const node = `m_${m.id.replace(/-/g, '_')}`;
      lines.push(`  ${node}("${label(m.data.title)}") -.->|blocks| ${stage.id}`);
      clicks.push(`  click ${node} href "/mechanisms/${m.id}/" "${label(mechanismCategoryLabels[m.data.category])}"`);
    }
  }
  return {
    id: 'mechanism-overview-map',
    caption: 'Where each resistance mechanism acts along the path of a HER2-directed drug (select a mechanism to open its page)',
    sources: [],
    source: [...lines, ...clicks].join('\n'),
  };
}

const DOMAIN_NODES: Record<string, string[]> = {
  'her2-domain-ii': ['D2'],
  'her2-domain-iv': ['D4'],
  'her2-domains-ii-and-iv': ['D2', 'D4'],
  'kinase-domain': ['KD'],
};

/** The HER family and HER2's domains, with each HER2-directed agent attached to the domain it binds (from the agent pages). */
export function herFamilyDiagram(agents: readonly AgentEntry[]): GeneratedDiagram {
  const binders = agents.filter((a) => DOMAIN_NODES[a.data.bindingSite] && a.data.targets.includes('HER2')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const lines = [
    'flowchart LR',
    '  accTitle: The HER receptor family, HER2 domains and where HER2-directed drugs bind',
    `  accDescr: EGFR, HER3 and HER4 pair with HER2. HER2 has extracellular domains I to IV, a transmembrane part and an intracellular kinase that signals to PI3K/AKT, RAS/MEK/MAPK, SRC/FAK and JAK/STAT. ${binders.length} agents are shown at the domain they bind.`,
    '  subgraph HER2["HER2 receptor"]',
    '    direction TB',
    '    D1["Domain I"] --- D2["Domain II (dimerisation arm)"] --- D3["Domain III"] --- D4["Domain IV (near the membrane)"] --- TM["Transmembrane segment"] --- KD["Tyrosine kinase domain"]',
    '  end',
    '  EGFR["EGFR (HER1)"] -- pairs with --> D2',
    '  HER3["HER3"] -- pairs with --> D2',
    '  HER4["HER4"] -- pairs with --> D2',
    '  KD --> PI3K["PI3K/AKT/mTOR"]',
    '  KD --> MAPK["RAS/RAF/MEK/ERK"]',
    '  KD --> SRC["SRC/FAK"]',
    '  KD --> JAK["JAK/STAT"]',
  ];
  const clicks: string[] = [];
  for (const agent of binders) {
    const node = `a_${agent.id.replace(/-/g, '_')}`;
    lines.push(`  ${node}["${label(agent.data.title)}"]`);
    for (const domain of DOMAIN_NODES[agent.data.bindingSite]) lines.push(`  ${node} -. binds .-> ${domain}`);
    clicks.push(`  click ${node} href "/agents/${agent.id}/"`);
  }
  return {
    id: 'her-family-signalling',
    caption: 'The HER family, the domains of HER2 and the downstream pathways, with each HER2-directed agent at the domain it binds',
    sources: [...new Set(binders.flatMap((a) => a.data.targetSources.map((s) => s.id)))].sort(),
    source: [...lines, ...clicks].join('\n'),
  };
}
