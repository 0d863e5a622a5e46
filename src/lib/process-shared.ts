/**
 * State every copy of a module in this process shares. astro.config.mjs (which Node loads) and the
 * content layer (which Vite loads) import the same source file as two module instances in one build
 * process, so state at module level would exist once per instance: the content would be read twice,
 * and a tree kept by one copy would never reach the other.
 */
export function processShared<T extends object>(name: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`her2-gastric-review.${name}`);
  return (store[key] ??= create()) as T;
}
