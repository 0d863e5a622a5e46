/** Everything that changes how a diagram looks is part of its cache key. */
export const DIAGRAM_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** Bump when the renderer's own output changes (not the source or mermaid version). */
export const RENDERER_REVISION = 2;

export const diagramThemes = ['light', 'dark'] as const;
export type DiagramTheme = (typeof diagramThemes)[number];

/**
 * Colours Mermaid's own themes leave under WCAG AA (4.5:1) for label text, measured by
 * tests/e2e/figure-labels.test.ts: in the dark theme edge labels (#ccc on #585858, 4.4:1) and
 * the timeline's section labels on its mid-tone section colours; in the light theme the
 * timeline's white labels on pastel sections. Each theme's label colour is set for the twelve
 * section colours Mermaid cycles through.
 */
const SECTIONS = Array.from({ length: 12 }, (_, i) => i);
const DARK_CONTRAST = { edgeLabelBackground: '#3a3a3a', ...Object.fromEntries(SECTIONS.map((i) => [`cScaleLabel${i}`, '#ffffff'])) };
const LIGHT_CONTRAST = Object.fromEntries(SECTIONS.map((i) => [`cScaleLabel${i}`, '#111111']));

/** Mermaid configuration per theme. htmlLabels off: labels are SVG text, so downloads open in slide software. */
export function mermaidConfig(theme: DiagramTheme): Record<string, unknown> {
  return {
    startOnLoad: false,
    // antiscript: node links (click X href) work, scripts are stripped.
    securityLevel: 'antiscript',
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: DIAGRAM_FONT,
    htmlLabels: false,
    deterministicIds: true,
    flowchart: { htmlLabels: false, useMaxWidth: true, curve: 'basis' },
    themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: '15px', ...(theme === 'dark' ? DARK_CONTRAST : LIGHT_CONTRAST) },
  };
}
