// @customcommander/ris ships no types; the tests use only its reader.
declare module '@customcommander/ris' {
  /** Parses RIS text into records: each tag maps to its values in order. */
  export function read(text: string): Array<Record<string, unknown[]>>;
}
