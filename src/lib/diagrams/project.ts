import { DiagramCache } from './cache.ts';

/** The project's committed diagram cache, and whether this build may render misses (`npm run diagrams`). */
export const projectDiagramCache = new DiagramCache('diagram-cache');
export const renderDiagramMisses = process.env.DIAGRAMS === 'render';
