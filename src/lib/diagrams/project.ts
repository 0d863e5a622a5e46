import { DiagramCache } from './cache.ts';

/** The project's committed diagram cache, and whether this build may render misses (`npm run diagrams`). */
export const projectDiagramCache = new DiagramCache('diagram-cache');
export const renderDiagramMisses = process.env.DIAGRAMS === 'render';
/**
 * Slide PNGs of every figure (on unless SLIDE_PNGS=off). Only the benchmark turns them off:
 * each synthetic figure has a footer of its own, so each would need a Chromium render.
 */
export const slidePngs = process.env.SLIDE_PNGS !== 'off';
