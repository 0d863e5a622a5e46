import { describe, expect, it } from 'vitest';
import { agent, effect, mechanism, outcome, trial } from '../../../tests/fixtures/entries.ts';
import { siteDataOf } from '../site-data.ts';
import { agentPageModel, mechanismPageModel, trialPageModel, type RenderedBody } from './entry-pages.ts';

const herceptin = agent('trastuzumab', { aliases: ['Herceptin'], references: [{ id: 'x-2022', collection: 'references' }] });
const lonely = agent('lonely', { class: 'tyrosine-kinase-inhibitor' });
const bypass = mechanism('met', [effect('monoclonal-antibody', ['cells'], 'trastuzumab')]);
const arm = (id: string, agentIds: string[]) => ({ id, label: id, agents: agentIds.map((a) => ({ id: a, collection: 'agents' })), n: 100, outcomes: [outcome('os', 13.8)] });
const toga = trial('toga', ['trastuzumab'], { arms: [arm('t', ['trastuzumab']), arm('c', [])] as never });
const site = siteDataOf({ agents: [herceptin, lonely], mechanisms: [bypass], trials: [toga], references: [] });
const context = { site, base: '/base/', staleAfterMonths: 24 };
const body = (over: Partial<RenderedBody> = {}): RenderedBody => ({ headings: [{ depth: 2, slug: 'use', text: 'Use' }], citations: ['b-2021', 'z-2030'], diagrams: [], ...over });

describe('entry page models', () => {
  it('an agent page: body citations first, then the frontmatter sources; its trials and mechanisms as sections; filters as name:value pairs', () => {
    const { layout, trialTable, mechanisms } = agentPageModel(herceptin, context, body());
    expect(layout.order).toEqual(['b-2021', 'z-2030', 'a-2020', 'x-2022']);
    expect(layout.card).toBe('/base/agents/trastuzumab/card/');
    expect(layout.filters).toEqual(['type:Agent', 'class:Monoclonal antibody', 'status:Approved']);
    expect(layout.sections.map((s) => s.id)).toEqual(['use', 'agent-trials-heading', 'agent-mechanisms-heading', 'checked-heading', 'references-heading', 'cite-heading']);
    expect(trialTable?.label).toBe('Table 1');
    expect(layout.figures.map((f) => f.label)).toEqual(['Table 1']);
    expect(mechanisms.links.map((l) => l.mechanism)).toEqual(['met']);
  });

  it('an agent with no trial or mechanism has neither section, no table and no figure', () => {
    const { layout, trialTable } = agentPageModel(lonely, context, body({ headings: [], citations: [] }));
    expect(trialTable).toBeUndefined();
    expect(layout.sections.map((s) => s.id)).toEqual(['checked-heading', 'references-heading', 'cite-heading']);
    expect(layout.figures).toEqual([]);
  });

  it('a trial page numbers its result tables before the body diagrams, and names its agents by title', () => {
    const diagram = { id: 'design', caption: 'Design', number: 1, keys: { light: 'l', dark: 'd' } };
    const { layout, infobox, results } = trialPageModel(toga, context, body({ diagrams: [diagram] }));
    expect(results.arms.map((t) => t.label)).toEqual(['Table 1', 'Table 2']);
    expect(layout.figures.map((f) => f.label)).toEqual(['Table 1', 'Table 2', 'Figure 1']);
    expect(layout.sections[0].id).toBe('results-heading');
    expect(layout.filters).toContain('class:Monoclonal antibody');
    expect(infobox.agentTitle('trastuzumab')).toBe('Trastuzumab');
  });

  it('a mechanism page lists its genes apart from its aliases and files it under its strongest evidence', () => {
    const met = mechanism('met', [effect('monoclonal-antibody', ['cells'])], { aliases: ['MET'], genes: ['MET', 'HGF'] });
    const { layout, evidence } = mechanismPageModel(met, { ...context, site: siteDataOf({ agents: [], mechanisms: [met], trials: [], references: [] }) }, body());
    expect(layout.genes).toEqual(['HGF']);
    expect(layout.filters).toContain('evidence:Observational');
    expect(evidence.tables.map((t) => t.label)).toEqual(['Table 1', 'Table 2']);
    expect(layout.sections.map((s) => s.id)).toContain('evidence-heading');
  });
});
