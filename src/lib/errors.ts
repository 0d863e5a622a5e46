import { relative } from 'node:path';

/**
 * An error about content that names the file and the field, says what is wrong
 * and how to fix it. Thrown by the content checker and the Markdown plugins.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly hint?: string;

  constructor(file: string, field: string, problem: string, hint?: string) {
    super(`${file}: ${field}: ${problem}${hint ? ` (${hint})` : ''}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.hint = hint;
  }
}

/** Paths in messages are relative to the project so they read the same on every machine. */
export function displayPath(file: string | undefined): string {
  if (!file) return '<unknown file>';
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function contentError(file: string | undefined, field: string, problem: string, hint?: string): ContentError {
  return new ContentError(displayPath(file), field, problem, hint);
}

/** Formats a zod issue path the way a reader of the YAML would write it: arms[0].outcomes[1].value */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
