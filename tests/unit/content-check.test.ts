import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCopy, problems, VALID_FIXTURE } from './fixture.ts';

let copy: ReturnType<typeof fixtureCopy> | undefined;
afterEach(() => copy?.remove());

/** Breaks the fixture with `change` and returns the problems reported. */
function brokenBy(file: string, change: (text: string) => string): string[] {
  copy = fixtureCopy();
  copy.edit(file, change);
  return problems(copy.root);
}

describe('content check on valid content', () => {
  it('reports nothing for the valid fixture', () => {
    expect(problems(VALID_FIXTURE)).toEqual([]);
  });
});

describe('bad input names the file and the field', () => {
  const cases: Array<[string, string, (t: string) => string, RegExp]> = [
    ['missing required field', 'agents/fixmab.mdx', (t) => t.replace(/^class: .*\n/m, ''), /agents\/fixmab\.mdx: class: /],
    ['wrong enum value', 'agents/fixmab.mdx', (t) => t.replace('class: monoclonal-antibody', 'class: antibody'), /agents\/fixmab\.mdx: class: must be one of: monoclonal-antibody/],
    ['unknown key', 'trials/fix-01.mdx', (t) => t.replace('status: completed', 'status: completed\nsponsor: Fixture Inc'), /trials\/fix-01\.mdx: sponsor: unknown field/],
    ['wrong type', 'trials/fix-01.mdx', (t) => t.replace('n: 200', 'n: "two hundred"'), /trials\/fix-01\.mdx: n: /],
    ['broken cross-link', 'trials/fix-01.mdx', (t) => t.replace('agents: [fixmab]', 'agents: [nomab]'), /trials\/fix-01\.mdx: agents\[0\]: "nomab" is not an entry in agents/],
    ['unknown citation key in the body', 'agents/fixmab.mdx', (t) => t.replace('[@doe-2020-alpha]', '[@nobody-1999-x]'), /agents\/fixmab\.mdx: body, line \d+: unknown citation key "@nobody-1999-x"/],
    ['unknown citation key in the frontmatter', 'trials/fix-01.mdx', (t) => t.replace('references: [doe-2020-alpha]', 'references: [ghost-2000-y]'), /trials\/fix-01\.mdx: references\[0\]: "ghost-2000-y" is not an entry in references/],
    ['hazard ratio outside its interval', 'trials/fix-01.mdx', (t) => t.replace('hr: 0.75', 'hr: 0.95'), /trials\/fix-01\.mdx: comparisons\[0\]\.hr: hazard ratio 0\.95 lies outside its confidence interval \[0\.6, 0\.9\]/],
    ['percentage over 100', 'trials/fix-01.mdx', (t) => t.replace('value: 50, unit: percent', 'value: 150, unit: percent'), /trials\/fix-01\.mdx: arms\[0\]\.outcomes\[0\]\.value: a percentage must lie in 0-100/],
    ['arms not adding up to n', 'trials/fix-01.mdx', (t) => t.replace('n: 200', 'n: 210'), /trials\/fix-01\.mdx: n: arms add up to 200 patients but n is 210/],
    ['stated difference not equal to the arms', 'trials/fix-01.mdx', (t) => t.replace('difference: 20', 'difference: 25'), /trials\/fix-01\.mdx: comparisons\[1\]\.difference: stated difference 25 does not equal the arm values 50 - 30/],
    ['comparison naming an unknown arm', 'trials/fix-01.mdx', (t) => t.replace('control: chemo, hr', 'control: placebo, hr'), /trials\/fix-01\.mdx: comparisons\[0\]\.control: unknown arm "placebo"/],
    ['wrong unit for a measure', 'trials/fix-01.mdx', (t) => t.replace('value: 14, unit: months', 'value: 14, unit: percent'), /trials\/fix-01\.mdx: arms\[0\]\.outcomes\[1\]\.unit: os is reported in months/],
    ['malformed NCT number', 'trials/fix-01.mdx', (t) => t.replace('NCT01234567', 'NCT123'), /trials\/fix-01\.mdx: registry\[0\]: a ClinicalTrials.gov id looks like NCT01234567/],
    ['malformed DOI', 'references/doe-2020-alpha.json', (t) => t.replace('10.1000/fixture.1', 'doi:fixture'), /references\/doe-2020-alpha\.json: DOI: a DOI starts with "10\."/],
    ['malformed PMID', 'references/doe-2020-alpha.json', (t) => t.replace('"12345678"', '"PMID12345678"'), /references\/doe-2020-alpha\.json: PMID: a PMID is digits only/],
    ['effect citing an unknown evidence id', 'mechanisms/fix-loss.mdx', (t) => t.replace('evidence: [cells, patients]', 'evidence: [cells, mice]'), /mechanisms\/fix-loss\.mdx: effects\[0\]\.evidence\[1\]: unknown evidence id "mice"/],
    ['diagram without accTitle', 'mechanisms/fix-loss.mdx', (t) => t.replace(/^\s*accTitle:.*\n/m, ''), /mechanisms\/fix-loss\.mdx: diagram at line \d+: accTitle: /],
    ['diagram without accDescr', 'mechanisms/fix-loss.mdx', (t) => t.replace(/^\s*accDescr:.*\n/m, ''), /mechanisms\/fix-loss\.mdx: diagram at line \d+: accDescr: /],
    ['diagram without a caption', 'mechanisms/fix-loss.mdx', (t) => t.replace(' caption="Fixture pathway"', ''), /mechanisms\/fix-loss\.mdx: diagram at line \d+: caption: /],
    ['MDX syntax error', 'agents/fixmab.mdx', (t) => t.replace('Fixmab binds HER2', 'Fixmab binds <HER2 {'), /agents\/fixmab\.mdx: body, line \d+: MDX syntax error/],
    ['invalid YAML', 'agents/fixmab.mdx', (t) => t.replace('aliases: [FX-1, Fixtra]', 'aliases: [FX-1, Fixtra'), /agents\/fixmab\.mdx: frontmatter: is not valid YAML/],
    ['bad date', 'agents/fixmab.mdx', (t) => t.replace('reviewed: 2026-01-02', 'reviewed: last week'), /agents\/fixmab\.mdx: reviewed: must be a date written YYYY-MM-DD/],
    ['ADC class without its ADC block', 'agents/fixmab.mdx', (t) => t.replace('class: monoclonal-antibody', 'class: antibody-drug-conjugate'), /agents\/fixmab\.mdx: adc: an antibody-drug conjugate needs an `adc` block/],
    ['missing change history', 'agents/fixmab.mdx', (t) => t.replace(/^changes:\n(?: {2}.*\n)+/m, ''), /agents\/fixmab\.mdx: changes: is required/],
    ['empty change history', 'mechanisms/fix-loss.mdx', (t) => t.replace(/^changes:\n(?: {2}.*\n)+/m, 'changes: []\n'), /mechanisms\/fix-loss\.mdx: changes: list at least one change/],
    ['change dated after the review', 'trials/fix-01.mdx', (t) => t.replace('  - date: 2026-01-02', '  - date: 2026-02-01'), /trials\/fix-01\.mdx: changes\[0\]\.date: 2026-02-01 is later than the reviewed date 2026-01-02/],
    ['change without a summary', 'trials/fix-01.mdx', (t) => t.replace(/^ {4}summary: .*\n/m, ''), /trials\/fix-01\.mdx: changes\[0\]\.summary: is required/],
    ['rate measure without timepoint', 'trials/fix-01.mdx', (t) => t.replace('measure: orr, value: 30', 'measure: os-rate, value: 30'), /trials\/fix-01\.mdx: arms\[1\]\.outcomes\[0\]\.timepoint: os-rate needs a timepoint/],
  ];
  it.each(cases)('%s', (_name, file, change, expected) => {
    const found = brokenBy(file, change);
    expect(found.some((message) => expected.test(message)), `expected ${expected} in:\n${found.join('\n')}`).toBe(true);
  });

  it('reports an empty file', () => {
    copy = fixtureCopy();
    copy.write('agents/empty.mdx', '\n');
    expect(problems(copy.root)).toContain('agents/empty.mdx: (file): is empty');
  });

  it('reports a file that is not UTF-8', () => {
    copy = fixtureCopy();
    copy.write('glossary/latin1.yaml', Buffer.from([0x74, 0x65, 0x72, 0x6d, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(problems(copy.root).some((m) => m.startsWith('glossary/latin1.yaml: (file): is not valid UTF-8'))).toBe(true);
  });

  it('reports a duplicate alias across entries', () => {
    copy = fixtureCopy();
    copy.edit('mechanisms/fix-loss.mdx', (t) => t.replace('aliases: [FIXL]', 'aliases: [FIXL, Fixtra]'));
    expect(problems(copy.root).some((m) => /mechanisms\/fix-loss\.mdx: aliases\[1\]: "Fixtra" is already the name or alias of .*agents\/fixmab\.mdx/.test(m))).toBe(true);
  });

  it('reports a duplicate figure id across pages', () => {
    copy = fixtureCopy();
    copy.edit('agents/fixmab.mdx', (t) => `${t}\n\`\`\`mermaid id="fix-loss-pathway" caption="Again"\nflowchart LR\n  accTitle: Again\n  accDescr: Again.\n  A --> B\n\`\`\`\n`);
    // Agents are checked first, so the mechanism's later use is the one reported.
    expect(problems(copy.root).some((m) => /mechanisms\/fix-loss\.mdx: diagram at line \d+: id: figure id "fix-loss-pathway" is already used in .*agents\/fixmab\.mdx/.test(m))).toBe(true);
  });

  it('reports a file id that collides or is not kebab-case, and a file of the wrong type', () => {
    copy = fixtureCopy();
    copy.write('agents/Fixmab.mdx', '---\ntitle: X\n---\n');
    copy.write('trials/fix-02.md', '---\ntitle: X\n---\n');
    const found = problems(copy.root);
    expect(found).toContain('agents/Fixmab.mdx: (file name): "Fixmab" is not a valid id: use lower-case kebab-case, which is also the page URL');
    expect(found.some((m) => m.startsWith('trials/fix-02.md: (file): is not a .mdx file'))).toBe(true);
  });

  it('reports an unused reference', () => {
    copy = fixtureCopy();
    copy.write('references/unused-2022-z.json', JSON.stringify({ type: 'article-journal', title: 'Unused source', issued: { 'date-parts': [[2022]] } }));
    expect(problems(copy.root)).toContain('references/unused-2022-z.json: (entry): is not cited by any page (cite it or delete the file)');
  });

  it('reports a trial with no figure verified against a primary reference and no reason', () => {
    const found = brokenBy('trials/fix-01.mdx', (t) => t.replace(/verified: true/g, 'verified: false'));
    expect(found).toContain('trials/fix-01.mdx: unverifiedReason: no figure is verified against a primary reference: verify one, or say why not in `unverifiedReason`');
  });
});
