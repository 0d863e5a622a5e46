import { transform, transformStyleAttribute, type Url } from 'lightningcss';

/**
 * Rewrites every url() in a style sheet or a style attribute with `rewrite`. The CSS is parsed
 * and printed by Lightning CSS; when no URL changes, the original text comes back untouched.
 */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string, options: { filename: string; attribute?: boolean }): string {
  if (!/url\(/i.test(css)) return css;
  let changed = false;
  const visitor = {
    Url(url: Url): Url {
      const next = rewrite(url.url);
      if (next === url.url) return url;
      changed = true;
      return { ...url, url: next };
    },
  };
  const code = Buffer.from(css);
  const result = options.attribute
    ? transformStyleAttribute({ filename: options.filename, code, visitor, minify: false })
    : transform({ filename: options.filename, code, visitor, minify: false });
  return changed ? Buffer.from(result.code).toString('utf8') : css;
}
