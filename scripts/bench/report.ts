/** Turns benchmark results into bench/results.md. Pure: everything it prints comes in as data. */
import { judgeGrowth, linearFit, marginalCosts, type Growth, type Point } from './fit.ts';
import type { MachineInfo } from './machine.ts';
import type { Totals } from './weight.ts';
import type { AsYouTypeTiming, SearchTiming } from './search.ts';
import { median } from './search.ts';

export interface BuildResult {
  /** HTML pages in dist/. */
  pages: number;
  astroSeconds: number;
  pagefindSeconds: number;
  /** User + system CPU seconds of both steps, when GNU time is installed. */
  cpuSeconds: number | undefined;
  /** Largest single process during the build steps. */
  maxRssBytes: number | undefined;
  /** Bytes of dist/pagefind. */
  indexBytes: number;
  search: SearchTiming[];
}

export interface SizeResult extends BuildResult {
  entries: number;
  counts: Record<string, number>;
  diagrams: number;
  /** Wall time of every build of this size; the other figures are those of the build with the median wall time. */
  wallRuns?: number[];
}

export interface PageWeight {
  type: string;
  path: string;
  totals: Totals;
  /** Gzipped HTML of every page of this type, when there are many. */
  htmlSpread?: { count: number; min: number; median: number; max: number };
}

export interface Skipped {
  entries: number;
  reason: string;
}

export interface BenchResults {
  date: string;
  machine: MachineInfo;
  /** Load average when the run started: the machine is shared. */
  loadAverage: number[];
  /** Sizes asked for (BENCH_SIZES); any neither measured nor skipped was not reached when the report was written. */
  planned: number[];
  /** Builds of each size (BENCH_REPEAT). */
  repeat?: number;
  sizes: SizeResult[];
  skipped: Skipped[];
  real?: {
    entries: number;
    warm?: BuildResult;
    cold?: BuildResult & { diagramsRendered: number; pngsRendered: number };
    /** BENCH_REAL=dist: the project's own dist/, measured without building (no build time or memory). */
    existing?: { pages: number; indexBytes: number; search: SearchTiming[] };
    weights: PageWeight[];
    /** Search as you type in the header and in Pagefind's default UI, on the real site. */
    asYouType?: AsYouTypeTiming[];
  };
  /** Queries timed on every site. */
  queries: string[];
  /** Measurements that failed, with their error, so a partial report says what is missing. */
  problems: string[];
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1e6)} MB`);
// Per-page costs are tens of milliseconds, so a time under a second reads in ms.
export const secs = (s: number) => (Math.abs(s) < 1 && s !== 0 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(1)} s`);
const ms = (value: number) => `${Math.round(value)} ms`;

/** Median wall time, with the spread when the size was built more than once. */
export function wallCell(s: SizeResult): string {
  const total = secs(s.astroSeconds + s.pagefindSeconds);
  const runs = s.wallRuns ?? [];
  if (runs.length < 2) return total;
  return `${total} (${runs.length} builds: ${secs(Math.min(...runs))} to ${secs(Math.max(...runs))})`;
}
const cpu = (s: number | undefined) => (s === undefined ? 'n/a' : secs(s));

export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const GROWTH_WORDS: Record<Growth, string> = {
  'too-few-points': 'cannot be judged: fewer than three sizes were measured, and two points always lie on a line',
  linear: 'grows linearly: the cost of each added page stayed within 25 % from the smallest interval to the largest',
  'faster-than-linear': 'grows faster than linearly: each added page cost more than 25 % more in the largest interval than in the smallest',
  'slower-than-linear': 'grows slower than linearly: each added page cost more than 25 % less in the largest interval than in the smallest',
};

/** One paragraph on how a cost grows with the page count, from the measured points only. */
export function growthParagraph(what: string, unit: string, points: readonly Point[], format: (y: number) => string): string {
  const growth = judgeGrowth(points);
  if (points.length === 0) return `${what}: no size measured.`;
  if (points.length < 2) return `${what}: only one size measured, no fit.`;
  const fit = linearFit(points);
  const marginal = marginalCosts(points)
    .map((c) => format(c))
    .join(', then ');
  return `${what} ${GROWTH_WORDS[growth]}. Least-squares fit: ${format(fit.intercept)} + ${format(fit.slope)} per ${unit} (R² = ${fit.r2.toFixed(4)}, largest residual ${(fit.maxRelativeResidual * 100).toFixed(1)} % of the measured value). Cost per added ${unit} between consecutive sizes: ${marginal}.`;
}

function searchCell(search: readonly SearchTiming[], query: string): string {
  const timing = search.find((s) => s.query === query);
  if (!timing || timing.runs.length === 0) return 'n/a';
  return `${ms(median(timing.runs))} (${timing.results} results)`;
}

const UI_NAMES: Record<AsYouTypeTiming['ui'], string> = { header: "The site's header box", 'pagefind-default': "Pagefind's default UI" };

/** How often the expected page came first, over every run of a query. */
function firstCell(t: AsYouTypeTiming): string {
  const right = t.firsts.filter((path) => path === t.expected).length;
  if (right === t.firsts.length) return 'yes';
  const other = t.firsts.find((path) => path !== t.expected);
  return `${right} of ${t.firsts.length} (${other ? `\`${other}\`` : 'nothing found'})`;
}

/** The as-you-type table: one row per interface and query, cold and warm medians, and whether the right page led. */
export function asYouTypeSection(timings: readonly AsYouTypeTiming[]): string[] {
  const spread = (runs: readonly number[], after: readonly number[] = []) =>
    runs.length === 0 ? 'n/a' : `${ms(median(runs))} (${ms(Math.min(...runs))} to ${ms(Math.max(...runs))})${after.length ? `; ${ms(median(after))} after the last key` : ''}`;
  const runs = Math.max(...timings.map((t) => t.cold.length));
  return [
    '### Search as you type',
    '',
    `Time from the first keystroke to the first result under the box, with the query typed at once after a click in the box, in headless Chromium at 1366 x 900; median of ${runs} runs, range in brackets. Cold: a fresh browser opens a content page (the header) or the page of Pagefind's default UI, so the search code and index start loading on that click. Warm: the same browser then opens a second page and searches again, with the index files in its HTTP cache (the bench server sends what the README asks of a host: hashed files cached for a year, the rest revalidated). Index loaded: on that page, after a first search ("HER2") and an emptied box, the query again: the search code and index are already in the page. Both include each interface's debounce: 80 ms in the header, 300 ms (Pagefind's default) in the default UI. The header counts only results for the whole query (it marks its list with the words it answers; one for the first letters may appear earlier). Typing the query itself takes the browser 30 to 300 ms, so each cell also gives the median time from the last keystroke, which is what a reader waits once they stop typing. Targets (issue 22): 1 s cold, 300 ms once the index is cached.`,
    '',
    table(
      ['Interface', 'Query', 'Expected first', 'Cold', 'Warm', 'Index loaded', 'Expected page first'],
      timings.map((t) => [
        UI_NAMES[t.ui],
        `"${t.query}"`,
        `\`${t.expected}\``,
        spread(t.cold, t.afterTyping.cold),
        spread(t.warm, t.afterTyping.warm),
        spread(t.loaded, t.afterTyping.loaded),
        firstCell(t),
      ]),
    ),
    '',
  ];
}

export function formatReport(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push('# Build and search benchmark', '');
  out.push(`Generated by \`npm run bench\` (scripts/bench/) on ${r.date}, at commit ${m.commit}.`, '');
  out.push('## Machine', '');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.cpus} × ${m.cpuModel}`],
        ['RAM', `${(m.ramBytes / 2 ** 30).toFixed(1)} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Astro', m.astro],
        ['Pagefind', m.pagefind],
        ['Chromium', m.chromium],
        ['Load average at start', r.loadAverage.map((l) => l.toFixed(2)).join(', ')],
      ],
    ),
  );
  out.push(
    '',
    'The machine is shared with other builds and every build step runs under `nice -n 10`, so times include waiting for the CPU; compare them with each other, not with another machine.',
    '',
  );

  out.push('## Synthetic corpora', '');
  out.push(
    'Each corpus is grown from the real `content/`: entry *i* of a collection is a copy of real entry *i* mod *n*, so agents, mechanisms, trials, references and glossary terms keep the real proportions, schemas, Mermaid blocks and `[@key]` citations. Copies get new ids, tagged titles and aliases, and every cross-link, citation, body link and figure id is rewritten to stay inside the corpus; a reference that no copied page cites gets a "Further reading" citation on some page, because the content check rejects uncited references. The body text is the real text, so the vocabulary does not grow with the corpus the way new writing would. Each corpus is checked with the same content check as the build, then built in a temporary copy of the project (src/, scripts/, public/, config, diagram-cache/, packages linked so Astro and Vite caches start empty).',
    '',
  );
  out.push(
    "Diagrams: **diagrams in page bodies reuse real diagram sources byte for byte**, so they are read from the committed cache (no rendering), except where a node link (`click X href`) names an entry the corpus does not have: that link is pointed at an entry of the same collection in the corpus, which changes the source. The entries diagrams link to are copied first, so this happens only in corpora too small to hold them all. The three diagrams the site generates from the data (HER family, development timeline, mechanism overview map) change with the corpus too, so they and the changed page diagrams are **rendered into the copy's cache in headless Chromium before the build is timed**; the timed build itself renders nothing. Slide PNGs are rasterised during every build (resvg, no browser), so they are part of the timed build.",
    '',
  );
  out.push(
    `Time to first result: /search/ opened in headless Chromium (fresh context each run), the box clicked (which starts loading Pagefind) and the query typed; the time runs from the click to the first result in the list, and includes the page's 250 ms input debounce. Median of 3 runs per query; queries: ${r.queries.map((q) => `"${q}"`).join(', ')}.`,
    '',
  );
  if ((r.repeat ?? 1) > 1)
    out.push(
      `Each size was built ${r.repeat} times (BENCH_REPEAT), each time from a fresh copy of the project; a row gives the build with the median wall time (its CPU time, memory, index size and search times) and the range of the wall times of all its builds. The growth judgements below use those median builds.`,
      '',
    );

  if (r.sizes.length > 0) {
    out.push(
      table(
        [
          'Entries',
          'Agents / mechanisms / trials / references / glossary',
          'Body diagrams',
          'HTML pages',
          'astro build',
          'Pagefind',
          'Total (wall)',
          'CPU time',
          'Wall per page',
          'CPU per page',
          'Peak memory',
          'Pagefind index',
          ...r.queries.map((q) => `First result "${q}"`),
        ],
        r.sizes.map((s) => [
          String(s.entries),
          ['agents', 'mechanisms', 'trials', 'references', 'glossary'].map((c) => s.counts[c]).join(' / '),
          String(s.diagrams),
          String(s.pages),
          secs(s.astroSeconds),
          secs(s.pagefindSeconds),
          wallCell(s),
          cpu(s.cpuSeconds),
          ms(((s.astroSeconds + s.pagefindSeconds) * 1000) / s.pages),
          s.cpuSeconds === undefined ? 'n/a' : ms((s.cpuSeconds * 1000) / s.pages),
          mb(s.maxRssBytes),
          `${kb(s.indexBytes)} (${s.indexBytes} B)`,
          ...r.queries.map((q) => searchCell(s.search, q)),
        ]),
      ),
    );
    out.push('');
  }
  for (const skipped of r.skipped) out.push(`**Not measured: ${skipped.entries} entries.** ${skipped.reason}`, '');
  const accounted = new Set([...r.sizes, ...r.skipped].map((s) => s.entries));
  for (const entries of r.planned.filter((n) => !accounted.has(n)))
    out.push(`**Not measured: ${entries} entries.** The run had not reached this size when this report was written (it was stopped, or is still going).`, '');

  out.push('### Does cost grow linearly?', '');
  if (r.sizes.length === 0) out.push('No corpus size was measured in this run, so there is nothing to fit.', '');
  else {
    const points = (y: (s: SizeResult) => number) => r.sizes.map((s) => ({ x: s.pages, y: y(s) }));
    out.push(
      `- ${growthParagraph(
        'Wall time (astro build + Pagefind)',
        'page',
        points((s) => s.astroSeconds + s.pagefindSeconds),
        secs,
      )}`,
    );
    if (r.sizes.every((s) => s.cpuSeconds !== undefined))
      out.push(
        `- ${growthParagraph(
          'CPU time (user + system, steadier than wall time on a shared machine)',
          'page',
          points((s) => s.cpuSeconds ?? 0),
          secs,
        )}`,
      );
    out.push(
      `- ${growthParagraph(
        'Pagefind index size',
        'page',
        points((s) => s.indexBytes),
        kb,
      )}`,
    );
    if (r.sizes.every((s) => s.maxRssBytes !== undefined))
      out.push(
        `- ${growthParagraph(
          'Peak memory',
          'page',
          points((s) => s.maxRssBytes ?? 0),
          mb,
        )}`,
      );
    out.push('', 'The fits use only the sizes measured above; nothing in this report is extrapolated.', '');
  }

  if (r.real) {
    out.push(`## The real site (${r.real.entries} entries)`, '');
    const builds: Array<[string, BuildResult | undefined]> = [
      ['Warm diagram cache (the committed diagram-cache/)', r.real.warm],
      [
        `Cold: empty diagram-cache/, \`DIAGRAMS=render\`${r.real.cold ? ` (${r.real.cold.diagramsRendered} SVGs and ${r.real.cold.pngsRendered} slide PNGs rendered)` : ''}`,
        r.real.cold,
      ],
    ];
    out.push(
      table(
        ['Build', 'HTML pages', 'astro build', 'Pagefind', 'Total (wall)', 'CPU time', 'Peak memory', 'Pagefind index', ...r.queries.map((q) => `First result "${q}"`)],
        builds
          .filter((b): b is [string, BuildResult] => b[1] !== undefined)
          .map(([label, b]) => [
            label,
            String(b.pages),
            secs(b.astroSeconds),
            secs(b.pagefindSeconds),
            secs(b.astroSeconds + b.pagefindSeconds),
            cpu(b.cpuSeconds),
            mb(b.maxRssBytes),
            kb(b.indexBytes),
            ...r.queries.map((q) => searchCell(b.search, q)),
          ]),
      ),
    );
    out.push('');
    if (r.real.existing) {
      const e = r.real.existing;
      out.push("The project's existing `dist/` (from `npm run build`), measured without building it again, so it has no build time or memory:", '');
      out.push(
        table(
          ['Build', 'HTML pages', 'Pagefind index', ...r.queries.map((q) => `First result "${q}"`)],
          [['Existing dist/', String(e.pages), `${kb(e.indexBytes)} (${e.indexBytes} B)`, ...r.queries.map((q) => searchCell(e.search, q))]],
        ),
      );
      out.push('');
    }
    if (!r.real.warm) out.push('The warm build was not measured (not asked for with BENCH_REAL, stopped, or not reached when this report was written).', '');
    if (!r.real.cold) out.push('The cold build was not run (not asked for with BENCH_REAL, or not reached when this report was written).', '');
    if (r.real.weights.length > 0) {
      out.push('### Weight per page type', '');
      out.push(
        "What a reader downloads before searching, gzipped (level 6): every same-origin request while the page loads in headless Chromium, sizes read from dist/. Diagrams are inline SVG, so they count as HTML. Pagefind's files load only when someone uses the search box, so they are not in the search page's row.",
        '',
      );
      out.push(
        table(
          ['Page type', 'Page', 'HTML', 'CSS', 'JS', 'Other', 'Total gzipped', 'Files', 'HTML of every page of this type (min / median / max)'],
          r.real.weights.map((w) => {
            const t = w.totals;
            const total = t.html.gzipBytes + t.css.gzipBytes + t.js.gzipBytes + t.other.gzipBytes;
            const files = t.html.files + t.css.files + t.js.files + t.other.files;
            const spread = w.htmlSpread ? `${w.htmlSpread.count} pages: ${kb(w.htmlSpread.min)} / ${kb(w.htmlSpread.median)} / ${kb(w.htmlSpread.max)}` : '';
            return [w.type, `\`${w.path}\``, kb(t.html.gzipBytes), kb(t.css.gzipBytes), kb(t.js.gzipBytes), kb(t.other.gzipBytes), kb(total), String(files), spread];
          }),
        ),
      );
      out.push('');
    }
  }
  if (r.real?.asYouType?.length) out.push(...asYouTypeSection(r.real.asYouType));
  if (r.problems.length > 0) {
    out.push('## Problems during the run', '');
    for (const problem of r.problems) out.push(`- ${problem}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
