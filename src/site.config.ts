/** Site-wide settings. `SITE_URL` and `BASE_PATH` let the site be hosted under a sub-path. */
export const SITE_NAME = 'HER2 Gastric Cancer Evidence';
export const SITE_SHORT_NAME = 'HER2-GC Evidence';
export const SITE_AUTHOR = 'HER2 Gastric Cancer Evidence contributors';
export const SITE_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export function siteSettings(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = (env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
  const rawBase = env.BASE_PATH ?? '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}
