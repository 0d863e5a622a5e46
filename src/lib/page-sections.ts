/**
 * The "On this page" list of an entry page: its own sections in the order the page shows them,
 * from the body's headings (as the content layer reports them) and the sections the page and its
 * layout add around the body. Derived from the data, never read back from the rendered page.
 */
export interface PageSection {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/** Heading ids of the sections the entry layout adds to every entry page that has them. */
export const LAYOUT_SECTIONS = {
  related: { id: 'related-heading', label: 'Related pages' },
  checked: { id: 'checked-heading', label: 'How this page was checked' },
  references: { id: 'references-heading', label: 'References' },
  cite: { id: 'cite-heading', label: 'Cite this page' },
} as const satisfies Record<string, PageSection>;

/** A heading as Astro's content layer reports it for a Markdown or MDX body. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The body's second-level headings: the sections a reader jumps between (third-level ones would make the list as long as the page). */
export function bodySections(headings: readonly BodyHeading[]): PageSection[] {
  return headings.filter((h) => h.depth === 2 && h.slug).map((h) => ({ id: h.slug, label: h.text }));
}

/**
 * The whole list: what the page puts before its body, the body's sections, what it puts after,
 * then the layout's related pages (when the page has them), how the page was checked, its
 * references (when it has them) and the citation box.
 * An id listed twice is a mistake in the page (two headings, one anchor), so it throws.
 */
export function pageSections(parts: {
  before?: readonly PageSection[];
  body: readonly BodyHeading[];
  after?: readonly PageSection[];
  hasRelated: boolean;
  hasReferences: boolean;
}): PageSection[] {
  const sections = [
    ...(parts.before ?? []),
    ...bodySections(parts.body),
    ...(parts.after ?? []),
    ...(parts.hasRelated ? [LAYOUT_SECTIONS.related] : []),
    LAYOUT_SECTIONS.checked,
    ...(parts.hasReferences ? [LAYOUT_SECTIONS.references] : []),
    LAYOUT_SECTIONS.cite,
  ];
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id)) throw new Error(`the section id "${section.id}" appears twice on one page`);
    seen.add(section.id);
  }
  return sections;
}
