/**
 * How small a diagram may be drawn before its labels stop being readable. Mermaid lays a figure
 * out at its own font size; a page that squeezes a 1,500-unit-wide chart into a 768 px column
 * shrinks 15 px labels to 7 px. Drawn no narrower than this, a label stays at LABEL_PX or more;
 * a figure wider than its column then scrolls sideways in its own frame instead of shrinking.
 */
export const LABEL_PX = 12.5;
/** Mermaid's own default, for an SVG whose root style gives no size. */
const DEFAULT_FONT_PX = 16;
/** The text width of a 390 px phone and of the site's widest column, for the scroll hint. */
export const PHONE_COLUMN_PX = 358;
export const LAPTOP_COLUMN_PX = 1100;

/** The root <svg> element's viewBox size and its root font size, from Mermaid's output. */
export function svgGeometry(svg: string): { width: number; height: number; fontPx: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const viewBox = /\bviewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!viewBox || viewBox.length !== 4 || !(viewBox[2] > 0) || !(viewBox[3] > 0)) return undefined;
  // Mermaid's first style rule is the figure's root: "#id{font-family:...;font-size:15px;...}".
  const rootRule = /<style[^>]*>\s*#[\w-]+\s*\{([^}]*)\}/.exec(svg)?.[1] ?? '';
  const fontPx = Number(/font-size:\s*([\d.]+)px/.exec(rootRule)?.[1] ?? DEFAULT_FONT_PX);
  return { width: viewBox[2], height: viewBox[3], fontPx };
}

/** The geometry of each copy of a figure that can be measured. */
const measurable = (svgs: readonly string[]) => svgs.map(svgGeometry).filter((g): g is NonNullable<typeof g> => g !== undefined);

/** The narrowest width (CSS px, rounded up) at which the figure's labels stay at LABEL_PX; 0 when unknown. */
export function readableMinWidth(svg: string): number {
  return readableWidths([svg]).min;
}

/** How much a figure may grow: a quarter over its own size, so a small figure stays a small figure. */
const LARGEST_SCALE = 1.25;

/**
 * The width range (CSS px) that suits every copy of one figure (its light and dark renders): no
 * narrower than keeps each copy's labels at LABEL_PX, no wider than LARGEST_SCALE times the widest.
 * Zero for both when no copy can be measured.
 */
export function readableWidths(svgs: readonly string[]): { min: number; max: number } {
  const geometries = measurable(svgs);
  const min = Math.max(0, ...geometries.map((g) => Math.ceil((g.width * LABEL_PX) / g.fontPx)));
  const max = Math.ceil(Math.max(0, ...geometries.map((g) => g.width)) * LARGEST_SCALE);
  return { min, max };
}

/**
 * The smallest label a printed figure may have: 6 pt (8 CSS px). Below it a printed label cannot
 * be read without a magnifier, so a figure that would print smaller is better left to its full-size copy.
 */
export const PRINT_LABEL_PX = 8;

/** The label size (CSS px) of a figure drawn to fit a frame (as preserveAspectRatio "meet" fits it): the smallest over its copies; Infinity when none can be measured. */
export function labelPxInFrame(svgs: readonly string[], frame: { width: number; height: number }): number {
  return Math.min(...measurable(svgs).map((g) => g.fontPx * Math.min(frame.width / g.width, frame.height / g.height, 1)));
}
