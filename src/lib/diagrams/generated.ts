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

/** Where each group of agents binds, top to bottom along the receptor, and the node each group attaches to. */
const BINDING_GROUPS: ReadonlyArray<{ node: string; domain: string; sites: readonly string[] }> = [
  { node: 'B2', domain: 'D2', sites: ['her2-domain-ii', 'her2-domains-ii-and-iv'] },
  { node: 'B4', domain: 'D4', sites: ['her2-domain-iv', 'her2-domains-ii-and-iv'] },
  { node: 'BK', domain: 'KD', sites: ['kinase-domain'] },
];

/**
 * The HER family and HER2's domains, with the HER2-directed agents (from the agent pages) grouped
 * at the domain they bind: one box and one line per domain, so which drug binds where can be read
 * at a glance (an agent per line made some 25 crossing edges). The receptor runs top to bottom,
 * from outside the cell to inside, the drugs above it and the pathways below.
 */
export function herFamilyDiagram(agents: readonly AgentEntry[]): GeneratedDiagram {
  const binders = agents
    .filter((a) => a.data.targets.includes('HER2') && BINDING_GROUPS.some((g) => g.sites.includes(a.data.bindingSite)))
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  const lines = [
    'flowchart TD',
    '  accTitle: The HER receptor family, HER2 domains and where HER2-directed drugs bind',
    `  accDescr: EGFR, HER3 and HER4 pair with HER2 through its domain II. HER2 runs from extracellular domains I to IV through the membrane to an intracellular kinase that signals to PI3K/AKT, RAS/MEK/MAPK, SRC/FAK and JAK/STAT. ${binders.length} agents are grouped at the domain they bind.`,
    '  PARTNERS["EGFR (HER1), HER3, HER4"] -- pair with --> D2',
    '  subgraph HER2["HER2 receptor, outside the cell to inside"]',
    '    direction TB',
    '    D1["Domain I"] --- D2["Domain II (dimerisation arm)"] --- D3["Domain III"] --- D4["Domain IV (near the membrane)"] --- TM["Cell membrane"] --- KD["Tyrosine kinase domain"]',
    '  end',
  ];
  for (const group of BINDING_GROUPS) {
    const names = binders.filter((a) => group.sites.includes(a.data.bindingSite)).map((a) => label(a.data.title));
    if (names.length > 0) lines.push(`  ${group.node}["${names.join(', ')}"] -. bind .-> ${group.domain}`);
  }
  for (const [id, name] of [
    ['PI3K', 'PI3K, AKT, mTOR'],
    ['MAPK', 'RAS, RAF, MEK, ERK'],
    ['SRC', 'SRC, FAK'],
    ['JAK', 'JAK, STAT'],
  ])
    lines.push(`  KD --> ${id}["${name}"]`);
  return {
    id: 'her-family-signalling',
    caption: 'The HER family, the domains of HER2 and the downstream pathways, with the HER2-directed agents grouped at the domain they bind',
    sources: [...new Set(binders.flatMap((a) => a.data.targetSources.map((s) => s.id)))].sort(),
    source: lines.join('\n'),
  };
}
