import { PRIMITIVES } from '../primitives/index.js';
import type { JsonSchema } from '../primitives/primitive.js';
import { PAGE_ROLES, SECTION_ROLES } from '../snapshot.js';
import { SEVERITIES } from './types.js';

export const RULE_ID_PATTERN = '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$';
export const CATEGORY_ID_PATTERN = '^[a-z][a-z0-9-]*$';

const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });

/** The shape of one rule. `check` is the schema of one check; at run time checks are validated as they compile. */
function ruleSchema(check: JsonSchema): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: { type: 'string', pattern: RULE_ID_PATTERN, description: 'Stable id: category.name, e.g. contact.phone-visible.' },
      title: text('What a passing store does, e.g. "A phone number is on the home page".'),
      failureTitle: text('What is wrong when the rule fails.'),
      description: text('Why it matters to shoppers.'),
      fix: text('How to fix a failure.'),
      benchmark: text('The figure from the studies, e.g. "77% of the top-100 US retailers list their hours".'),
      severity: { enum: [...SEVERITIES], description: 'How bad a failure is; --fail-on decides which severities fail the gate.' },
      weight: { type: 'number', minimum: 0, maximum: 100, description: 'Weight in the category and overall score.' },
      pages: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: [...PAGE_ROLES, 'any'] },
        description: 'Page roles the check runs on; it passes if it passes on one of them.',
      },
      alsoReads: {
        type: 'array',
        uniqueItems: true,
        items: { enum: [...PAGE_ROLES, 'any'] },
        description: 'Related page roles whose text also counts, read after the main pages: returns facts in the FAQ or the terms, delivery prices in the FAQ; `any` is every page read.',
      },
      subject: {
        enum: [...SECTION_ROLES],
        description: 'What the rule is about. Of a related page with chapters (terms, the shipping page), only the chapter whose heading names this subject is read.',
      },
      whenPageMissing: { enum: ['na', 'fail'], description: 'What it means when no page of those roles was found. Default: na.' },
      appliesWhen: { ...check, description: 'The rule applies only when this check passes on some page of the site.' },
      notApplicableWhen: {
        ...check,
        description: "The rule's own pages show nothing to judge when this check passes on each of them (an empty cart): the rule is then not applicable, unless its check passed.",
      },
      notApplicableMessage: text('Shown when appliesWhen does not hold, or notApplicableWhen holds.'),
      manual: text('Instructions for a check made by hand: the rule is shown as "verify by hand", never scored.'),
      check,
    },
    required: ['id', 'title', 'failureTitle', 'description', 'fix', 'severity', 'weight', 'pages'],
    additionalProperties: false,
  };
}

const categoryProperties = {
  id: { type: 'string', pattern: CATEGORY_ID_PATTERN, description: 'Category id, e.g. contact.' },
  title: text('Category title shown in reports.'),
};

const draft07 = (title: string, description: string, schema: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  title,
  description,
  ...schema,
  ...(Object.keys(defs).length ? { definitions: defs } : {}),
});

/** The shape of a file of several rules of one category (users' own rules). */
function ruleFileSchema(check: JsonSchema, defs: Record<string, JsonSchema> = {}): JsonSchema {
  return draft07('careaudit rule file', 'A category of careaudit rules. See README.md, "Writing rules".', {
    type: 'object',
    properties: {
      category: { type: 'object', properties: categoryProperties, required: ['id', 'title'], additionalProperties: false },
      rules: { type: 'array', minItems: 1, items: ruleSchema(check) },
    },
    required: ['category', 'rules'],
    additionalProperties: false,
  }, defs);
}

/** The shape of a file holding one rule, `<category>/<rule-id>.yaml`, as the built-in pack is written. */
function oneRuleFileSchema(check: JsonSchema, defs: Record<string, JsonSchema> = {}): JsonSchema {
  return draft07('careaudit rule', 'One careaudit rule, in <category>/<rule-id>.yaml beside its category.yaml. See README.md, "Writing rules".', ruleSchema(check), defs);
}

/** The category.yaml of a folder of one-rule files: the category, its place among categories, its rules in order. */
export const categoryFileSchema: JsonSchema = draft07(
  'careaudit rule category',
  'The category.yaml of a folder of one-rule files (<rule-id>.yaml). See README.md, "Writing rules".',
  {
    type: 'object',
    properties: {
      ...categoryProperties,
      order: { type: 'integer', minimum: 0, description: 'Place among the categories of the rules folder, lowest first.' },
      rules: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: RULE_ID_PATTERN },
        description: 'The ids of the rules in this folder, in the order reports show them; each is in <rule-id>.yaml here.',
      },
    },
    required: ['id', 'title', 'order', 'rules'],
    additionalProperties: false,
  },
  {},
);

/** Validated while loading: everything but the inside of checks, which compileCheck validates with located errors. */
export const runtimeRuleFileSchema: JsonSchema = ruleFileSchema({ type: 'object' });
export const runtimeOneRuleFileSchema: JsonSchema = oneRuleFileSchema({ type: 'object' });

const checkRef = { $ref: '#/definitions/check' };

/** The schema of one check with every primitive's options, for editors. */
function editorCheckSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'One combinator (all, any, none, not) or one primitive with its options.',
    minProperties: 1,
    maxProperties: 1,
    properties: {
      all: { type: 'array', items: checkRef, minItems: 1, description: 'Passes when every check passes.' },
      any: { type: 'array', items: checkRef, minItems: 1, description: 'Passes when one check passes.' },
      none: { type: 'array', items: checkRef, minItems: 1, description: 'Passes when no check passes.' },
      not: { ...checkRef, description: 'Passes when the check fails.' },
      decide: {
        type: 'object',
        properties: { fail: checkRef, pass: checkRef },
        required: ['fail', 'pass'],
        additionalProperties: false,
        description: 'Fails when "fail" passes, else passes when "pass" passes, else cannot tell (the rule asks for a check by hand).',
      },
      ...Object.fromEntries([...PRIMITIVES.values()].map((p) => [p.name, { ...p.schema, description: p.summary }])),
    },
    additionalProperties: false,
  };
}

/** The full schema of a file of several rules that editors can point at, with every primitive's options. */
export function editorRuleFileSchema(): JsonSchema {
  return ruleFileSchema(checkRef, { check: editorCheckSchema() });
}

/** The full schema of a one-rule file that editors can point at. */
export function editorOneRuleFileSchema(): JsonSchema {
  return oneRuleFileSchema(checkRef, { check: editorCheckSchema() });
}
