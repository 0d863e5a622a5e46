/** Everything that changes how a diagram looks is part of its cache key. */
export const DIAGRAM_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** Bump when the renderer's own output changes (not the source or mermaid version). */
export const RENDERER_REVISION = 1;

export const diagramThemes = ['light', 'dark'] as const;
export type DiagramTheme = (typeof diagramThemes)[number];

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
    themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: '15px' },
  };
}
