import { z } from 'astro/zod';
import { ContentError, fieldPath } from '../errors.ts';
import { findCitations, malformedCitations } from '../citations.ts';
import { closest } from '../edit-distance.ts';
import { extractDiagrams, lintDiagram } from '../diagrams/source.ts';
import { agentObject, agentRules } from '../../schemas/agent.ts';
import { mechanismObject, mechanismRules } from '../../schemas/mechanism.ts';
import { trialObject, trialRules } from '../../schemas/trial.ts';
import { referenceSchema } from '../../schemas/reference.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { synonymSchema } from '../../schemas/synonym.ts';
import { entryGroup, groupClashes, synonymGroup, type GroupSource } from '../search/groups.ts';
import type { CollectionName, RefFactory, RuleContext } from '../../schemas/common.ts';
import type { RawEntry, SiteFigureFile } from './files.ts';
import { collectLinks } from './links.ts';
import { unsafeMdxConstructs } from './safe-mdx.ts';
import { parseBody } from '../markdown/body-trees.ts';
import { processPhrase } from './process-words.ts';
import { reviewMentionProblem } from './review-mention.ts';

/** Cross-links checked by id here; Astro's `reference()` checks them again at build. */
const plainRef: RefFactory = (collection) =>
  z.string({ error: `expected the id of an entry in ${collection}` }).transform((id) => ({ id, collection })) as unknown as z.ZodType<{ id: string; collection: string }>;

/** Each collection's shape, and its cross-field rules run separately so both kinds of problem are reported together. */
const schemas: Record<CollectionName, { shape: z.ZodType; rules?: (data: never, ctx: RuleContext) => void }> = {
  agents: { shape: agentObject(plainRef), rules: agentRules },
  mechanisms: { shape: mechanismObject(plainRef), rules: mechanismRules },
  trials: { shape: trialObject(plainRef), rules: trialRules },
  references: { shape: referenceSchema },
  glossary: { shape: glossarySchema(plainRef) },
  synonyms: { shape: synonymSchema(plainRef) },
};

/** The value a field path points at in the raw data, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function zodErrors(file: string, error: z.ZodError, data: unknown): ContentError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => new ContentError(file, fieldPath([...issue.path, key]), 'unknown field', 'check the spelling against the schema in src/schemas/'));
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      return [new ContentError(file, fieldPath(issue.path), `must be one of: ${(issue.values as unknown[]).join(', ')}`)];
    }
    // A missing field reads "is required" whatever the field's type (a union's own message would say "Invalid input").
    const missing = (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) || (issue.path.length > 0 && valueAt(data, issue.path) === undefined);
    const received = missing ? 'is required' : issue.message;
    return [new ContentError(file, fieldPath(issue.path), received)];
  });
}

export interface CheckedEntry extends RawEntry {
  parsed: Record<string, unknown>;
}

/**
 * Checks all content together: schemas, cross-links, citation keys, diagrams,
 * MDX syntax, unused references, duplicate aliases and names in two synonym
 * groups. The site's own figures (src/figures/) are bodies like any other: their
 * citations must exist and count as citing. Returns every problem found, each
 * naming its file and field.
 */
export function checkContent(entries: readonly RawEntry[], siteFigures: readonly SiteFigureFile[] = []): { errors: ContentError[]; checked: CheckedEntry[] } {
  const errors: ContentError[] = [];
  const checked: CheckedEntry[] = [];
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    const set = ids.get(entry.collection) ?? new Set<string>();
    if (set.has(entry.id)) errors.push(new ContentError(entry.file, '(id)', `duplicate id "${entry.id}" in ${entry.collection}`));
    set.add(entry.id);
    ids.set(entry.collection, set);
  }
  const cited = new Set<string>();
  const aliasOwners = new Map<string, string>();
  const figureOwners = new Map<string, string>();

  const referenceKeys = [...(ids.get('references') ?? [])];
  /** The existing key a mistyped one was meant to be: same letters in another case, or a near miss. */
  const nearKey = (key: string): string | undefined => referenceKeys.find((k) => k === key.toLowerCase()) ?? closest(key.toLowerCase(), referenceKeys, 2)[0];
  /**
   * Citations, diagrams and MDX syntax of one body; `bodyLine` is the file line its first line is on.
   * The MDX parse is of the whole file (`source`), as the renderer parses it, which takes the tree from here.
   */
  const checkBody = (file: string, body: string, bodyLine: number, source: string) => {
    const lines = body.split('\n');
    let inFence = false;
    lines.forEach((line, i) => {
      if (/^\s*```/.test(line)) inFence = !inFence;
      const phrase = inFence ? undefined : processPhrase(line);
      if (phrase) errors.push(new ContentError(file, `body, line ${bodyLine + i}`, `"${phrase}" describes the site's own checking, not the medicine`, 'say what the literature shows; put how a figure was checked in the data (verified: false, a note, a discrepancy)'));
      for (const bad of malformedCitations(line, nearKey)) {
        errors.push(new ContentError(file, `body, line ${bodyLine + i}`, `${bad.text}: ${bad.problem}`, bad.advice));
      }
      for (const match of findCitations(line)) {
        for (const key of match.keys) {
          cited.add(key);
          if (!ids.get('references')?.has(key)) {
            errors.push(new ContentError(file, `body, line ${bodyLine + i}`, `unknown citation key "@${key}"`, `add content/references/${key}.json or correct the key`));
          }
        }
      }
    });
    for (const diagram of extractDiagrams(body)) {
      const where = `diagram at line ${bodyLine + diagram.line - 1}`;
      for (const problem of lintDiagram(diagram.meta, diagram.source)) errors.push(new ContentError(file, `${where}: ${problem.field}`, problem.problem));
      if (diagram.meta.id) {
        const owner = figureOwners.get(diagram.meta.id);
        if (owner) errors.push(new ContentError(file, `${where}: id`, `figure id "${diagram.meta.id}" is already used in ${owner}`));
        figureOwners.set(diagram.meta.id, file);
      }
    }
    // Positions in the parsed tree, and in a syntax error, are lines of the file.
    try {
      for (const unsafe of unsafeMdxConstructs(parseBody(file, source))) {
        errors.push(new ContentError(file, unsafe.line ? `body, line ${unsafe.line}` : 'body', `${unsafe.construct} is not allowed in content`, unsafe.advice));
      }
    } catch (error) {
      const place = (error as { line?: number }).line;
      errors.push(new ContentError(file, place ? `body, line ${place}` : 'body', `MDX syntax error: ${(error as Error).message.split('\n')[0]}`));
    }
  };

  for (const entry of entries) {
    const { shape, rules } = schemas[entry.collection];
    const result = shape.safeParse(entry.data);
    if (!result.success) errors.push(...zodErrors(entry.file, result.error, entry.data));
    else rules?.(result.data as never, { addIssue: (issue) => errors.push(new ContentError(entry.file, fieldPath(issue.path), issue.message)) });
    const parsed = (result.success ? result.data : {}) as Record<string, unknown>;
    if (result.success) checked.push({ ...entry, parsed });

    for (const link of collectLinks(parsed)) {
      if (link.collection === 'references') cited.add(link.id);
      if (!ids.get(link.collection)?.has(link.id)) {
        errors.push(new ContentError(entry.file, fieldPath(link.path), `"${link.id}" is not an entry in ${link.collection}`, `expected a file content/${link.collection}/${link.id}.*`));
      }
    }

    if (entry.collection === 'synonyms') continue;
    const names = [entry.collection === 'glossary' ? (parsed.term as string) : (parsed.title as string), ...((parsed.aliases as string[] | undefined) ?? [])];
    if (result.success && entry.collection !== 'references') {
      names.forEach((name, i) => {
        const key = `${entry.collection === 'glossary' ? 'glossary' : 'page'}:${name.toLowerCase()}`;
        const owner = aliasOwners.get(key);
        if (owner && owner !== entry.file) errors.push(new ContentError(entry.file, i === 0 ? 'title' : `aliases[${i - 1}]`, `"${name}" is already the name or alias of ${owner}`));
        aliasOwners.set(key, entry.file);
      });
    }

    // A figure's `note` stands beside it in the tables; how it was checked goes in its `checkNote`.
    if (entry.collection === 'trials') {
      for (const { path, note } of figureNotes(parsed)) {
        const phrase = processPhrase(note);
        if (phrase) errors.push(new ContentError(entry.file, `${path}.note`, `"${phrase}" describes the site's own checking, not the figure`, 'move that part to `checkNote`, shown under "How this page was checked"'));
      }
    }
    const summaryPhrase = typeof parsed.summary === 'string' ? processPhrase(parsed.summary) : undefined;
    if (summaryPhrase) errors.push(new ContentError(entry.file, 'summary', `"${summaryPhrase}" describes the site's own checking, not the medicine`, 'say what the literature shows; put how a figure was checked in the data'));
    if (entry.body) {
      checkBody(entry.file, entry.body, entry.bodyLine, entry.source);
      const mention = reviewMentionProblem(entry.body);
      if (mention) errors.push(new ContentError(entry.file, `body, line ${entry.bodyLine + mention.line}`, mention.problem));
    }
  }
  for (const figure of siteFigures) checkBody(figure.file, figure.body, 1, figure.body);

  errors.push(...synonymClashes(checked));
  errors.push(...verifiedAgainstSecondary(checked));
  for (const entry of entries) {
    if (entry.collection === 'references' && !cited.has(entry.id)) errors.push(new ContentError(entry.file, '(entry)', 'is not cited by any page', 'cite it or delete the file'));
  }
  return { errors, checked };
}

/** Reference types that report on a result rather than record it: a figure read there cannot be verified. */
const SECONDARY_TYPES: ReadonlySet<string> = new Set(['article-newspaper']);

/** `verified: true` means seen in the primary record; a news report is never that. */
function verifiedAgainstSecondary(checked: readonly CheckedEntry[]): ContentError[] {
  const types = new Map(checked.filter((e) => e.collection === 'references').map((e) => [e.id, String(e.parsed.type)]));
  const errors: ContentError[] = [];
  for (const entry of checked.filter((e) => e.collection === 'trials')) {
    const trial = entry.parsed as { arms: Array<{ outcomes: Array<{ verified: boolean; source: { id: string } }> }>; comparisons: Array<{ verified: boolean; source: { id: string } }> };
    const items = [
      ...trial.arms.flatMap((arm, a) => arm.outcomes.map((item, o) => ({ item, path: `arms[${a}].outcomes[${o}].verified` }))),
      ...trial.comparisons.map((item, c) => ({ item, path: `comparisons[${c}].verified` })),
    ];
    for (const { item, path } of items) {
      const type = types.get(item.source.id);
      if (item.verified && type && SECONDARY_TYPES.has(type)) {
        errors.push(new ContentError(entry.file, path, `is true, but its source ${item.source.id} is a ${type} (a secondary report)`, 'set verified: false, or cite the primary publication that shows the figure'));
      }
    }
  }
  return errors;
}

/**
 * Search expands a query to every name of its group, so a name in two groups would be
 * ambiguous. Clashes between two entries' names spelled alike are reported above already.
 */
function synonymClashes(checked: readonly CheckedEntry[]): ContentError[] {
  const glossary = new Map(checked.filter((e) => e.collection === 'glossary').map((e) => [e.id, e.parsed as { term: string; expansion?: string; aliases: string[] }]));
  const groups: GroupSource[] = [
    ...checked.filter((e) => e.collection === 'agents' || e.collection === 'mechanisms').map((e) => entryGroup(e.file, e.parsed as { title: string; aliases: string[] }, { url: `${e.collection}/${e.id}`, type: e.collection })),
    ...checked
      .filter((e) => e.collection === 'synonyms')
      .map((e) => {
        const group = e.parsed as { glossary?: { id: string }; terms: string[] };
        return synonymGroup(e.file, { glossary: group.glossary?.id, terms: group.terms }, group.glossary && glossary.get(group.glossary.id));
      }),
  ];
  return groupClashes(groups)
    .filter((c) => !(c.group.page && c.other.page && c.name.term.toLowerCase() === c.otherName.term.toLowerCase()))
    .map((c) => new ContentError(c.group.file, c.name.field, `"${c.name.term}" is already in the synonym group of ${c.other.file} (${c.otherName.field}: "${c.otherName.term}")`, 'a name may belong to one group only: remove it from one of them'));
}

/** Every outcome's and comparison's `note` in a trial's frontmatter, with its field path. */
export function figureNotes(data: Record<string, unknown>): Array<{ path: string; note: string }> {
  const notes: Array<{ path: string; note: string }> = [];
  const arms = Array.isArray(data.arms) ? (data.arms as Array<{ outcomes?: unknown }>) : [];
  arms.forEach((arm, i) =>
    (Array.isArray(arm.outcomes) ? (arm.outcomes as Array<{ note?: unknown }>) : []).forEach((o, j) => {
      if (typeof o.note === 'string') notes.push({ path: `arms[${i}].outcomes[${j}]`, note: o.note });
    }),
  );
  (Array.isArray(data.comparisons) ? (data.comparisons as Array<{ note?: unknown }>) : []).forEach((c, i) => {
    if (typeof c.note === 'string') notes.push({ path: `comparisons[${i}]`, note: c.note });
  });
  return notes;
}
