/**
 * Controlled vocabularies shared by every collection. Each list is the single
 * source for its enum in the schemas, its labels on pages and its search filter.
 */

/** Evidence levels, strongest first (see ../shared/GUIDE.md). Order matters: it ranks evidence. */
export const evidenceLevels = ['phase-3', 'phase-2-randomised', 'phase-2-single-arm', 'phase-1', 'observational', 'preclinical-in-vivo', 'preclinical-in-vitro', 'review'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const evidenceLevelLabels: Record<EvidenceLevel, string> = {
  'phase-3': 'Phase 3 randomised',
  'phase-2-randomised': 'Phase 2 randomised',
  'phase-2-single-arm': 'Phase 2 single-arm',
  'phase-1': 'Phase 1',
  observational: 'Observational',
  'preclinical-in-vivo': 'Preclinical in vivo',
  'preclinical-in-vitro': 'Preclinical in vitro',
  review: 'Expert review',
};

/** Disease context a piece of evidence comes from. */
export const diseaseContexts = ['gastric', 'breast', 'other-solid', 'preclinical'] as const;
export type DiseaseContext = (typeof diseaseContexts)[number];
export const diseaseContextLabels: Record<DiseaseContext, string> = {
  gastric: 'Gastric/GEJ',
  breast: 'Breast (extrapolated)',
  'other-solid': 'Other solid tumours',
  preclinical: 'Preclinical',
};

export const agentClasses = [
  'monoclonal-antibody',
  'fc-engineered-antibody',
  'bispecific-antibody',
  'tyrosine-kinase-inhibitor',
  'antibody-drug-conjugate',
  'cell-therapy',
  'vaccine',
  'checkpoint-inhibitor',
] as const;
export type AgentClass = (typeof agentClasses)[number];
export const agentClassLabels: Record<AgentClass, string> = {
  'monoclonal-antibody': 'Monoclonal antibody',
  'fc-engineered-antibody': 'Fc-engineered antibody',
  'bispecific-antibody': 'Bispecific antibody',
  'tyrosine-kinase-inhibitor': 'Tyrosine kinase inhibitor',
  'antibody-drug-conjugate': 'Antibody-drug conjugate',
  'cell-therapy': 'Cell therapy (CAR-T)',
  vaccine: 'Vaccine',
  'checkpoint-inhibitor': 'Checkpoint inhibitor',
};

/** Where on HER2 (or which kinase) an agent acts. */
export const bindingSites = ['her2-domain-ii', 'her2-domain-iv', 'her2-domains-ii-and-iv', 'her2-extracellular', 'kinase-domain', 'not-her2'] as const;
export type BindingSite = (typeof bindingSites)[number];
export const bindingSiteLabels: Record<BindingSite, string> = {
  'her2-domain-ii': 'HER2 domain II',
  'her2-domain-iv': 'HER2 domain IV',
  'her2-domains-ii-and-iv': 'HER2 domains II and IV',
  'her2-extracellular': 'HER2 extracellular domain',
  'kinase-domain': 'Intracellular kinase domain',
  'not-her2': 'Not HER2',
};

/** Regions whose regulators' decisions the site records; `other` names its agency in the approval's indication text. */
export const approvalRegions = ['usa', 'eu', 'uk', 'japan', 'china', 'korea', 'other'] as const;
export type ApprovalRegion = (typeof approvalRegions)[number];
export const approvalRegionLabels: Record<ApprovalRegion, string> = {
  usa: 'USA (FDA)',
  eu: 'EU (European Commission)',
  uk: 'UK (MHRA)',
  japan: 'Japan (MHLW)',
  china: 'China (NMPA)',
  korea: 'South Korea (MFDS)',
  other: 'Other',
};

export const gastricStatuses = ['approved', 'phase-3', 'phase-2', 'phase-1', 'preclinical', 'not-developed'] as const;
export type GastricStatus = (typeof gastricStatuses)[number];
export const gastricStatusLabels: Record<GastricStatus, string> = {
  approved: 'Approved',
  'phase-3': 'Phase 3',
  'phase-2': 'Phase 2',
  'phase-1': 'Phase 1 / early',
  preclinical: 'Preclinical',
  'not-developed': 'Not developed in GC',
};

export const mechanismCategories = [
  'target-expression',
  'target-heterogeneity',
  'epitope-access',
  'bypass-signalling',
  'adc-internalisation',
  'adc-lysosome',
  'adc-efflux',
  'metabolism',
  'microenvironment',
  'cell-therapy-escape',
] as const;
export type MechanismCategory = (typeof mechanismCategories)[number];
export const mechanismCategoryLabels: Record<MechanismCategory, string> = {
  'target-expression': 'Target level: expression',
  'target-heterogeneity': 'Target level: heterogeneity',
  'epitope-access': 'Target level: epitope access',
  'bypass-signalling': 'Bypass signalling',
  'adc-internalisation': 'ADC processing: internalisation',
  'adc-lysosome': 'ADC processing: lysosome',
  'adc-efflux': 'ADC processing: efflux',
  metabolism: 'Metabolic reprogramming',
  microenvironment: 'Tumour microenvironment',
  'cell-therapy-escape': 'Cell-therapy escape',
};

export const effectDirections = ['confers-resistance', 'reduces-benefit', 'no-clear-effect', 'increases-sensitivity'] as const;
export type EffectDirection = (typeof effectDirections)[number];
export const effectDirectionLabels: Record<EffectDirection, string> = {
  'confers-resistance': 'Confers resistance',
  'reduces-benefit': 'Reduces benefit',
  'no-clear-effect': 'No clear effect',
  'increases-sensitivity': 'Increases sensitivity',
};
/** Short symbol for matrix cells; the label is always shown beside it for screen readers. */
export const effectDirectionSymbols: Record<EffectDirection, string> = {
  'confers-resistance': '▼▼',
  'reduces-benefit': '▼',
  'no-clear-effect': '○',
  'increases-sensitivity': '▲',
};

export const evidenceStances = ['supports', 'contradicts', 'mixed'] as const;
export type EvidenceStance = (typeof evidenceStances)[number];
/** Group headings on a mechanism page, in the vocabulary's order. */
export const evidenceStanceLabels: Record<EvidenceStance, string> = {
  supports: 'Supporting evidence',
  contradicts: 'Contradicting evidence',
  mixed: 'Mixed evidence',
};

export const trialPhases = ['1', '1b', '1/2', '2', '2/3', '3', 'not-applicable'] as const;
export const trialDesigns = ['randomised', 'single-arm', 'multi-cohort', 'observational'] as const;
export const therapyLines = ['first', 'second', 'second-or-later', 'third-or-later', 'perioperative', 'adjuvant', 'neoadjuvant', 'mixed'] as const;
export type TherapyLine = (typeof therapyLines)[number];
export const therapyLineLabels: Record<TherapyLine, string> = {
  first: 'First line',
  second: 'Second line',
  'second-or-later': 'Second line or later',
  'third-or-later': 'Third line or later',
  perioperative: 'Perioperative',
  adjuvant: 'Adjuvant',
  neoadjuvant: 'Neoadjuvant',
  mixed: 'Mixed lines',
};
/** Whether a trial's primary end point was met: `not-powered` for studies without a formal comparison (single-arm, phase 1, exploratory). */
export const endpointResults = ['met', 'not-met', 'not-powered', 'ongoing'] as const;
export type EndpointResult = (typeof endpointResults)[number];
export const endpointResultLabels: Record<EndpointResult, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'not-powered': 'Not powered',
  ongoing: 'Ongoing',
};

export const trialStatuses = ['completed', 'ongoing', 'interim', 'terminated'] as const;

/** Outcome measures; `*-rate` measures are a proportion at a stated timepoint. */
export const outcomeMeasures = ['orr', 'dcr', 'cr', 'pfs', 'os', 'dor', 'os-rate', 'pfs-rate', 'idfs-rate', 'pcr'] as const;
export type OutcomeMeasure = (typeof outcomeMeasures)[number];
export const outcomeMeasureLabels: Record<OutcomeMeasure, string> = {
  orr: 'Objective response rate',
  dcr: 'Disease control rate',
  cr: 'Complete response',
  pfs: 'Median progression-free survival',
  os: 'Median overall survival',
  dor: 'Median duration of response',
  'os-rate': 'Overall survival rate',
  'pfs-rate': 'Progression-free survival rate',
  'idfs-rate': 'Invasive disease-free survival rate',
  pcr: 'Pathological complete response',
};
export const outcomeMeasureAbbreviations: Record<OutcomeMeasure, string> = {
  orr: 'ORR',
  dcr: 'DCR',
  cr: 'CR',
  pfs: 'mPFS',
  os: 'mOS',
  dor: 'mDoR',
  'os-rate': 'OS rate',
  'pfs-rate': 'PFS rate',
  'idfs-rate': 'IDFS rate',
  pcr: 'pCR',
};
export const outcomeUnits = ['percent', 'months'] as const;
export type OutcomeUnit = (typeof outcomeUnits)[number];
