import type { CompiledCheck } from '../primitives/contract.js';
import type { PageRole, SectionRole } from '../snapshot.js';

export const SEVERITIES = ['error', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OUTCOMES = ['pass', 'fail', 'na', 'manual', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Where a rule looks: one page role, or every page that was read. */
export type RulePageSelector = PageRole | 'any';

export interface SourceLocation {
  /** The file as shown to the user. */
  file: string;
  /** The file on disk. */
  path: string;
  line: number;
  column: number;
}

export interface CategoryDefinition {
  id: string;
  title: string;
}

/** A rule after loading: validated, with its check compiled. */
export interface Rule {
  id: string;
  category: string;
  title: string;
  failureTitle: string;
  description: string;
  fix: string;
  benchmark?: string;
  severity: Severity;
  weight: number;
  pages: RulePageSelector[];
  /** Related roles whose pages also count (the FAQ and terms for returns facts); read after `pages`. */
  alsoReads: (PageRole | 'any')[];
  /** What the rule is about: of a related page with chapters (the terms), only the chapter about it counts. */
  subject?: SectionRole;
  /** What a missing page means: not applicable (default) or a failure ('fail'). */
  whenPageMissing: 'na' | 'fail';
  /** Shown when the rule cannot be judged from pages: never scored. */
  manual?: string;
  appliesWhen?: CompiledCheck;
  /**
   * When this holds on each of the rule's own pages, they show nothing to judge (a cart reached without a
   * session is empty): the rule is not applicable, unless its check passed.
   */
  notApplicableWhen?: CompiledCheck;
  /** Said when appliesWhen does not hold, or notApplicableWhen holds. */
  notApplicableMessage?: string;
  check?: CompiledCheck;
  /** The checks as written in YAML: compiled checks are opaque, and `careaudit explain` shows them. */
  spec?: { check?: unknown; appliesWhen?: unknown; notApplicableWhen?: unknown };
  source: SourceLocation;
}

export interface RuleSet {
  categories: CategoryDefinition[];
  rules: Rule[];
}
