/** Least-squares straight line through measured points, and a plain-words verdict on whether cost grows linearly. */
export interface Point {
  x: number;
  y: number;
}

export interface LinearFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination; 1 when every point lies on the line. */
  r2: number;
  /** Largest |measured - fitted| / measured over the points. */
  maxRelativeResidual: number;
}

export function linearFit(points: readonly Point[]): LinearFit {
  if (points.length < 2) throw new Error(`a line needs at least two points, got ${points.length}`);
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  if (sxx === 0) throw new Error('a line needs points at two or more different x values');
  const sxy = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const ssTot = points.reduce((s, p) => s + (p.y - meanY) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return {
    slope,
    intercept,
    r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot,
    maxRelativeResidual: Math.max(...points.map((p) => (p.y === 0 ? 0 : Math.abs(p.y - (intercept + slope * p.x)) / Math.abs(p.y)))),
  };
}

/** Cost of each added unit between consecutive sizes: (y2 - y1) / (x2 - x1). */
export function marginalCosts(points: readonly Point[]): number[] {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  return sorted.slice(1).map((p, i) => (p.y - sorted[i].y) / (p.x - sorted[i].x));
}

export type Growth = 'too-few-points' | 'linear' | 'faster-than-linear' | 'slower-than-linear';

/**
 * Linear when the cost of each added page stays within `tolerance` (default 25 %)
 * from the first interval to the last. Two points always lie on a line, so at
 * least three sizes are needed to judge.
 */
export function judgeGrowth(points: readonly Point[], tolerance = 0.25): Growth {
  if (new Set(points.map((p) => p.x)).size < 3) return 'too-few-points';
  const costs = marginalCosts(points);
  const ratio = costs[costs.length - 1] / costs[0];
  if (ratio > 1 + tolerance) return 'faster-than-linear';
  if (ratio < 1 - tolerance) return 'slower-than-linear';
  return 'linear';
}
