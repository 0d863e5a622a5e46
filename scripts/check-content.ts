// Checks every content file (schemas, cross-links, citations, diagrams, MDX syntax)
// and prints each problem as "file: field: problem". Usage: node scripts/check-content.ts [content-root]
import { loadContent, loadSiteFigures } from '../src/lib/content/files.ts';
import { checkContent } from '../src/lib/content/check.ts';

const root = process.argv[2] ?? 'content';
const loaded = loadContent(root);
const { errors, checked } = checkContent(loaded.entries, loadSiteFigures());
const all = [...loaded.errors, ...errors];
for (const error of all) console.error(error.message);
console.log(`${checked.length} entries checked in ${root}/, ${all.length} problem(s)`);
process.exitCode = all.length === 0 ? 0 : 1;
