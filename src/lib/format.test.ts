import { describe, expect, it } from 'vitest';
import { formatDate, formatHazardRatio, formatNumber, formatOutcomeValue, measureLabel, MAX_TITLE_LENGTH, pageTitle } from './format.ts';

describe('formatting figures', () => {
  it('prints numbers as reported', () => {
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatNumber(51)).toBe('51');
    expect(formatNumber(0.7400001)).toBe('0.74');
  });
  it('prints outcomes with units and intervals', () => {
    expect(formatOutcomeValue({ value: 51, unit: 'percent' })).toBe('51%');
    expect(formatOutcomeValue({ value: 13.8, unit: 'months', ci: [12, 16] })).toBe('13.8 mo (95% CI 12–16)');
  });
  it('prints hazard ratios with interval and p value', () => {
    expect(formatHazardRatio({ hr: 0.74, ci: [0.6, 0.91], p: '0.0046' })).toBe('HR 0.74 (95% CI 0.6–0.91); p = 0.0046');
    expect(formatHazardRatio({ hr: 0.59, p: '<0.001' })).toBe('HR 0.59; p <0.001');
    expect(formatHazardRatio({ p: '<0.0001' })).toBe('p <0.0001');
  });
  it('labels measures with their timepoint', () => {
    expect(measureLabel('os-rate', '12 months')).toBe('OS rate at 12 months');
    expect(measureLabel('orr')).toBe('ORR');
  });
  it('formats dates without depending on the machine zone', () => {
    expect(formatDate('2026-11-25')).toBe('25 November 2026');
  });
});

describe('pageTitle', () => {
  it('keeps the full site name when it fits, else the short one, else the page title alone', () => {
    expect(pageTitle('TOGA', 'HER2 Gastric Cancer Evidence', 'HER2-GC Evidence')).toBe('TOGA · HER2 Gastric Cancer Evidence');
    const long = 'Neuregulin-driven HER3 dimerisation signalling';
    expect(pageTitle(long, 'HER2 Gastric Cancer Evidence', 'HER2-GC Evidence')).toBe(`${long} · HER2-GC Evidence`);
    const longer = 'x'.repeat(MAX_TITLE_LENGTH);
    expect(pageTitle(longer, 'HER2 Gastric Cancer Evidence', 'HER2-GC Evidence')).toBe(longer);
  });
});
