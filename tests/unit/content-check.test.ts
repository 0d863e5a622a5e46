import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { fixtureCopy, problems, VALID_FIXTURE } from './fixture.ts';
import { BAD_INPUT_CASES as cases } from './bad-input-cases.ts';

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
  it.each(cases)('%s', (_name, file, change, expected) => {
    const found = brokenBy(file, change);
    expect(
      found.some((message) => expected.test(message)),
      `expected ${expected} in:\n${found.join('\n')}`,
    ).toBe(true);
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

  it('reports a duplicate alias across entries once', () => {
    copy = fixtureCopy();
    copy.edit('mechanisms/fix-loss.mdx', (t) => t.replace('aliases: [FIXL]', 'aliases: [FIXL, Fixtra]'));
    expect(problems(copy.root).filter((m) => m.includes('"Fixtra"'))).toHaveLength(1);
  });

  it("reports an alias spelled like another entry's as a name in two synonym groups", () => {
    copy = fixtureCopy();
    copy.edit('mechanisms/fix-loss.mdx', (t) => t.replace('aliases: [FIXL]', 'aliases: [FIXL, fx 1]'));
    expect(problems(copy.root)).toContainEqual(
      expect.stringMatching(/^mechanisms\/fix-loss\.mdx: aliases\[1\]: "fx 1" is already in the synonym group of .*agents\/fixmab\.mdx \(aliases\[0\]: "FX-1"\)/),
    );
  });

  it("reports a synonym that is already an entry's alias, naming the file and field", () => {
    copy = fixtureCopy();
    copy.write('synonyms/fx.yaml', 'terms: ["Fixture X", "FX1"]\n');
    expect(problems(copy.root)).toContainEqual(
      expect.stringMatching(/^synonyms\/fx\.yaml: terms\[1\]: "FX1" is already in the synonym group of .*agents\/fixmab\.mdx \(aliases\[0\]: "FX-1"\)/),
    );
  });

  it("reports a glossary name a synonym group takes in that is already an entry's alias", () => {
    const found = brokenBy('mechanisms/fix-loss.mdx', (t) => t.replace('aliases: [FIXL]', 'aliases: [FIXL, Objective Response Rate]'));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^synonyms\/orr\.yaml: glossary \(orr: expansion\): "objective response rate" is already in the synonym group of .*mechanisms\/fix-loss\.mdx \(aliases\[1\]/,
      ),
    );
  });

  it('reports a synonym group with too few names, an unknown glossary entry and an unknown field', () => {
    copy = fixtureCopy();
    copy.write('synonyms/one.yaml', 'terms: ["Fixture X"]\n');
    copy.write('synonyms/ghost.yaml', 'glossary: ghost\nnote: "x"\n');
    const found = problems(copy.root);
    expect(found).toContain('synonyms/one.yaml: terms: a synonym group needs a `glossary` entry or at least two `terms`');
    expect(found).toContainEqual(expect.stringMatching(/^synonyms\/ghost\.yaml: note: unknown field/));
  });

  it('reports a synonym group pointing at a glossary entry that does not exist', () => {
    copy = fixtureCopy();
    copy.write('synonyms/ghost.yaml', 'glossary: ghost\n');
    expect(problems(copy.root)).toContainEqual(expect.stringMatching(/^synonyms\/ghost\.yaml: glossary: "ghost" is not an entry in glossary/));
  });

  it('reports a duplicate figure id across pages', () => {
    copy = fixtureCopy();
    copy.edit('agents/fixmab.mdx', (t) => `${t}\n\`\`\`mermaid id="fix-loss-pathway" caption="Again"\nflowchart LR\n  accTitle: Again\n  accDescr: Again.\n  A --> B\n\`\`\`\n`);
    // Agents are checked first, so the mechanism's later use is the one reported.
    expect(
      problems(copy.root).some((m) => /mechanisms\/fix-loss\.mdx: diagram at line \d+: id: figure id "fix-loss-pathway" is already used in .*agents\/fixmab\.mdx/.test(m)),
    ).toBe(true);
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

describe("the site's own figures (src/figures/)", () => {
  /** The fixture with one more reference that no content page cites, checked with the given site figure. */
  function withFigure(body: string): string[] {
    copy = fixtureCopy();
    copy.write('references/figure-only-2022.json', JSON.stringify({ type: 'article-journal', title: 'Cited by a site figure only', issued: { 'date-parts': [[2022]] } }));
    return checkContent(loadContent(copy.root).entries, [{ file: 'src/figures/test-figure.mdx', body }]).errors.map((e) => e.message.replace(`${copy!.root}/`, ''));
  }

  it('count as citing: a reference only a site figure cites is not reported as unused', () => {
    expect(withFigure('IHC first [@figure-only-2022].\n')).toEqual([]);
    expect(withFigure('No citation here.\n')).toContainEqual(expect.stringMatching(/^references\/figure-only-2022\.json: \(entry\): is not cited by any page/));
  });

  it('have their citation keys and diagrams checked, naming the figure file and line', () => {
    const found = withFigure('Text [@figure-only-2022].\n\nMore [@no-such-key].\n');
    expect(found).toContainEqual(expect.stringMatching(/^src\/figures\/test-figure\.mdx: body, line 3: unknown citation key "@no-such-key"/));
  });
});
