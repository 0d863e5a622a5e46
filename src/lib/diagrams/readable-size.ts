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

/** The root <svg> element's viewBox width and its root font size, from Mermaid's output. */
export function svgGeometry(svg: string): { width: number; fontPx: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const viewBox = /\bviewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!viewBox || viewBox.length !== 4 || !(viewBox[2] > 0)) return undefined;
  // Mermaid's first style rule is the figure's root: "#id{font-family:...;font-size:15px;...}".
  const rootRule = /<style[^>]*>\s*#[\w-]+\s*\{([^}]*)\}/.exec(svg)?.[1] ?? '';
  const fontPx = Number(/font-size:\s*([\d.]+)px/.exec(rootRule)?.[1] ?? DEFAULT_FONT_PX);
  return { width: viewBox[2], fontPx };
}

/** The narrowest width (CSS px, rounded up) at which the figure's labels stay at LABEL_PX; 0 when unknown. */
export function readableMinWidth(svg: string): number {
  const geometry = svgGeometry(svg);
  if (!geometry) return 0;
  return Math.ceil((geometry.width * LABEL_PX) / geometry.fontPx);
}
