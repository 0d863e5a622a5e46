import { describe, expect, it } from 'vitest';
import { doiUrl, entryPath, permalink, pubmedUrl, registryUrl, reportProblemUrl, withBase } from './urls.ts';
import { PUBLIC_SITE_URL, isDevelopmentAddress, siteSettings } from '../site.config.ts';

describe('paths and permalinks', () => {
  it('joins the base path and a page path', () => {
    expect(withBase('/', 'trials/')).toBe('/trials/');
    expect(withBase('/her2/', '/trials/')).toBe('/her2/trials/');
    expect(withBase('/her2', 'trials/')).toBe('/her2/trials/');
    expect(entryPath('/her2/', 'agents', 'trastuzumab')).toBe('/her2/agents/trastuzumab/');
  });
  it('builds absolute permalinks', () => {
    expect(permalink('https://example.org', '/her2/trials/toga/')).toBe('https://example.org/her2/trials/toga/');
  });
  it('links identifiers to their registries', () => {
    expect(doiUrl('10.1056/NEJMoa2004413')).toBe('https://doi.org/10.1056/NEJMoa2004413');
    expect(pubmedUrl('20728210')).toBe('https://pubmed.ncbi.nlm.nih.gov/20728210/');
    expect(registryUrl('NCT01041404')).toBe('https://clinicaltrials.gov/study/NCT01041404');
  });
  it('reads site and base from the environment', () => {
    expect(siteSettings({})).toEqual({ site: PUBLIC_SITE_URL, base: '/' });
    expect(isDevelopmentAddress(siteSettings({}).site)).toBe(false);
    expect(isDevelopmentAddress('http://localhost:4321')).toBe(true);
    expect(isDevelopmentAddress('http://127.0.0.1:8080')).toBe(true);
    expect(isDevelopmentAddress('https://example.org')).toBe(false);
    expect(siteSettings({ SITE_URL: 'https://example.org/', BASE_PATH: 'her2' })).toEqual({ site: 'https://example.org', base: '/her2/' });
    expect(siteSettings({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });
});

describe('reportProblemUrl', () => {
  it('opens the tracker with the page title and URL filled in', () => {
    const url = new URL(reportProblemUrl('https://github.com/o/r/issues/new', { title: 'ToGA', url: 'https://example.org/trials/toga/' }));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on “ToGA”');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/trials/toga/');
  });
});
