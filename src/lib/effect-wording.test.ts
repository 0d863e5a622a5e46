import { describe, expect, it } from 'vitest';
import { effectWording } from './effect-wording.ts';

describe('effectWording', () => {
  it('states an effect firmly when clinical gastric evidence supports it and nothing contradicts it', () => {
    expect(effectWording('confers-resistance', [{ level: 'observational', disease: 'gastric', stance: 'supports' }])).toBe('confers resistance');
  });

  it('hedges an effect seen only in breast cancer and names where and how strong, and that it conflicts', () => {
    expect(
      effectWording('confers-resistance', [
        { level: 'observational', disease: 'breast', stance: 'supports' },
        { level: 'preclinical-in-vitro', disease: 'preclinical', stance: 'supports' },
        { level: 'observational', disease: 'breast', stance: 'contradicts' },
      ]),
    ).toBe('may confer resistance (breast cancer, observational; conflicting)');
  });

  it('hedges an effect seen only in the laboratory', () => {
    expect(effectWording('reduces-benefit', [{ level: 'preclinical-in-vivo', disease: 'preclinical', stance: 'supports' }])).toBe(
      'may reduce benefit (laboratory models, preclinical in vivo)',
    );
  });

  it('hedges gastric clinical evidence that other evidence contradicts', () => {
    expect(
      effectWording('confers-resistance', [
        { level: 'phase-2-single-arm', disease: 'gastric', stance: 'supports' },
        { level: 'observational', disease: 'gastric', stance: 'contradicts' },
      ]),
    ).toBe('may confer resistance (gastric cancer, phase 2 single-arm; conflicting)');
  });
});
