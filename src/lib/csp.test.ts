import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../site.config.ts';
import { pageScriptsAndPolicy, parsePolicy, policyProblems } from './csp.ts';

describe('policyProblems', () => {
  it("passes the site's own policy", () => {
    expect(policyProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('rejects inline script in every form, eval, and any other origin', () => {
    const base = "default-src 'self'; object-src 'none'; base-uri 'self'";
    expect(policyProblems(`${base}; script-src 'self' 'unsafe-inline'`)).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(policyProblems(`${base}; script-src 'self' 'nonce-abc'`)).toEqual(["script-src allows 'nonce-abc'"]);
    expect(policyProblems(`${base}; script-src 'self' 'sha256-xyz='`)).toEqual(["script-src allows 'sha256-xyz='"]);
    expect(policyProblems(`${base}; script-src 'self' 'unsafe-eval'`)).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(policyProblems(`${base}; script-src 'self' https://cdn.example.org`)).toEqual(['script-src allows https://cdn.example.org']);
    expect(policyProblems(`${base}; script-src 'self'; img-src 'self' https:`)).toEqual(['img-src allows https:']);
    expect(policyProblems(`${base}; script-src 'self'; connect-src *`)).toEqual(['connect-src allows *']);
    expect(policyProblems(`${base}; script-src 'self'; font-src data:`)).toEqual(['font-src allows data:']);
  });

  it('requires the directives that close the rest', () => {
    expect(policyProblems("script-src 'self'")).toEqual(['no default-src directive', 'no object-src directive', 'no base-uri directive']);
  });

  it('reads directives as a browser does: case-insensitive names, the first of a repeated one wins', () => {
    const policy = parsePolicy("Script-Src 'self'; script-src *; img-src 'self' data:");
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('pageScriptsAndPolicy', () => {
  it('finds the meta policy and every script that would run inline, and ignores data blocks', () => {
    const html = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<script type="application/ld+json">{"@type":"WebPage"}</script>
<script type="module" src="/a.js"></script>
<script>alert(1)</script>
</head><body><button onclick="go()">Go</button><a href="javascript:void(0)">x</a></body></html>`;
    const { policies, inlineScripts } = pageScriptsAndPolicy(html);
    expect(policies).toEqual(["default-src 'self'"]);
    expect(inlineScripts).toEqual(['<script> at line 5', 'onclick attribute on <button> at line 6', 'javascript: link on <a> at line 6']);
  });
});
