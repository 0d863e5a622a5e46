/**
 * Reads a Content-Security-Policy against the site's promise: only the site's own files run or
 * load. No inline script in any form (no 'unsafe-inline', nonce or hash in script-src), no eval,
 * and no origin but 'self' in any directive; `data:` is allowed for images only.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** Directive name to its sources, as the browser reads the header (names lower-cased, first one wins). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Keyword sources each directive may use; everything else must be 'self' or 'none'. */
const ALLOWED_KEYWORDS: Record<string, string[]> = {
  'script-src': ["'wasm-unsafe-eval'"],
  // Build-time Mermaid SVGs carry their own <style> elements.
  'style-src': ["'unsafe-inline'"],
};
const ALLOWED_SCHEMES: Record<string, string[]> = { 'img-src': ['data:'] };

/** Every way `policy` lets in inline script or another origin; empty when it keeps its promise. */
export function policyProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  for (const required of ['default-src', 'script-src', 'object-src', 'base-uri']) {
    if (!directives.has(required)) problems.push(`no ${required} directive`);
  }
  for (const [name, sources] of directives) {
    if (sources.length === 0) problems.push(`${name} lists no source`);
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'self'" || lower === "'none'") continue;
      if (ALLOWED_KEYWORDS[name]?.includes(lower) || ALLOWED_SCHEMES[name]?.includes(lower)) continue;
      problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

/** The page's CSP from its `<meta http-equiv>`, and every script the policy would have to let run inline. */
export function pageScriptsAndPolicy(html: string): { policies: string[]; inlineScripts: string[] } {
  const tree = fromHtml(html);
  const policies: string[] = [];
  const inlineScripts: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (node.tagName === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'content-security-policy') policies.push(String(props.content ?? ''));
    // JSON-LD and other data blocks are not run, so the policy does not apply to them.
    const type = String(props.type ?? '').toLowerCase();
    const runs = type === '' || type === 'module' || type.includes('javascript');
    if (node.tagName === 'script' && runs && props.src === undefined) inlineScripts.push(`<script> at line ${node.position?.start.line ?? '?'}`);
    for (const key of Object.keys(props)) {
      if (/^on[A-Z]/.test(key)) inlineScripts.push(`${key.toLowerCase()} attribute on <${node.tagName}> at line ${node.position?.start.line ?? '?'}`);
    }
    const href = String(props.href ?? '');
    if (/^\s*javascript:/i.test(href)) inlineScripts.push(`javascript: link on <${node.tagName}> at line ${node.position?.start.line ?? '?'}`);
  });
  return { policies, inlineScripts };
}
