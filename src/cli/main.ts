import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { TOOL_VERSION } from '../paths.js';
import { PAGE_ROLES } from '../snapshot.js';
import { EXIT, processIO, reportUsageError, type CliIO } from './io.js';
import { misspeltCommand } from './target.js';
import { BATCH_DEFAULTS, type RawBatchOptions } from './batch-options.js';
import type { RawAuditOptions } from './options.js';
import type { RawExplainOptions, RawRulesListOptions, RawRulesTestOptions } from './rules-commands.js';
import { UsageError } from '../errors.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** What every audit takes, one site's or a whole batch's: rules, gate, and how pages are read. */
function addSharedOptions(command: Command): Command {
  return command
    .option('--min-score <n>', 'fail the gate when the overall score is below n (0–100)')
    .addOption(new Option('--fail-on <severity>', 'failing rules of this severity or worse fail the gate: error, warn, info or none').default(DEFAULT_SETTINGS.gate.failOn))
    .option('--max-warnings <n>', 'fail the gate when more than n warn rules fail')
    .option('--min-coverage <percent>', 'fail the gate when fewer than this percentage of the pages careaudit looks for could be read')
    .option('--only <list>', 'run only these rule or category ids (comma-separated)')
    .option('--skip <list>', 'skip these rule or category ids (comma-separated)')
    .option('--rules <dir>', 'an extra folder of rule files (repeatable)', collect, [])
    .option('--country <cc>', 'the store country (ISO code): default region for phone numbers, legal minimums')
    .option('--max-pages <n>', 'read at most n pages', String(DEFAULT_SETTINGS.maxPages))
    .option('--timeout <seconds>', 'time limit per request', String(DEFAULT_SETTINGS.timeoutMs / 1000))
    .option('--ignore-robots', 'audit pages that robots.txt disallows')
    .option('-q, --quiet', 'no progress or log output on stderr');
}

function addAuditOptions(command: Command): Command {
  return addSharedOptions(command)
    .addOption(new Option('-f, --format <formats>', 'report format(s), comma-separated: text, json, markdown, junit, sarif, html').default(DEFAULT_SETTINGS.formats.join(',')))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--output-dir <dir>', 'write each format to DIR, named after the site (needed for several formats)')
    .option('-c, --config <file>', 'a careaudit.config.yaml (default: the one in the working directory, if any)')
    .option('--baseline <report.json>', 'compare with a previous JSON report: the change per rule and category in every format')
    .option('--fail-on-regression', 'with --baseline: fail the gate when a rule that passed now fails or the score drops')
    .option('--email <file>', 'an order-confirmation email (.eml or .html) to audit with the site')
    .option('--page <role=url|path>', `set the page of a role instead of discovering it (repeatable); roles: ${PAGE_ROLES.join(', ')}`, collect, [])
    .option('--role <role>', 'the role of a single .html file target (default: home)')
    .option('--concurrency <n>', 'requests in flight per host', String(DEFAULT_SETTINGS.concurrency))
    .option('--header <header>', 'a request header for the audited site only, "Name: value" (repeatable)', collect, [])
    .option('--insecure', 'accept invalid TLS certificates (self-signed or expired staging sites)')
    .option('--render [mode]', "read pages in the system's headless Chromium (CAREAUDIT_CHROMIUM or the usual install paths): on (every page, the default of --render), auto (only pages served as script shells) or off")
    .option('--walk-checkout', 'in Chromium, add a product to the cart and walk the checkout to the payment step, counting its screens; this leaves a cart and an abandoned checkout filled with test data (example.com email) on the live store; it never submits payment or places an order')
    .option('--walk-checkout-dry', 'as --walk-checkout, but stop at the first screen that asks for details, before filling any field')
    .option('--verbose', 'text report: list every passed rule with its evidence')
    .option('--title <text>', 'HTML report: the title above the store name (default "Customer-support audit")')
    .option('--client <name>', 'HTML report: the client it is prepared for')
    .option('--brand-logo <file>', 'HTML report: a logo (PNG, JPEG, GIF, WebP or SVG, at most 256 KB), embedded')
    .option('--brand-color <#rrggbb>', 'HTML report: an accent colour')
    .option('--report-language <lang>', 'HTML report: the language of its headings and labels: en, de, fr, es, pl, it, nl (default: the store\'s)');
}

type AuditRunner = (target: string, raw: RawAuditOptions, typed: ReadonlySet<string>) => Promise<number>;

/** The options the user typed, as opposed to commander's defaults: a config file may set the others. */
function typedOptions(command: Command): ReadonlySet<string> {
  return new Set(Object.keys(command.opts()).filter((key) => command.getOptionValueSource(key) === 'cli'));
}

function buildProgram(io: CliIO, run: AuditRunner, setExit: (code: number) => void): Command {
  const program = new Command('careaudit');
  program
    .description("Audit an online store's customer-support quality: contact, self-service, checkout, shipping, returns and the order email.")
    .version(TOOL_VERSION, '-v, --version')
    .exitOverride()
    // the root's audit options (--format, --rules) would otherwise swallow the same flags given to a subcommand
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Targets: an http(s) URL, a folder (a built site or saved pages; index.html is the home page), or one .html file.

Exit codes: 0 passed, 1 the gate failed, 2 usage, config or rule error, 3 the site could not be audited.

Examples:
  careaudit https://shop.example
  careaudit ./dist --format json --output report.json --min-score 80
  careaudit examples/northwind-outfitters --email examples/northwind-outfitters.eml`,
    );
  addAuditOptions(program.argument('[target]', 'URL, folder or .html file to audit')).action(async (target: string | undefined, raw: RawAuditOptions, command: Command) => {
    if (!target) {
      // a usage error: the help goes to stderr, so `careaudit --format json > report.json` never fills a report with it
      program.outputHelp({ error: true });
      setExit(EXIT.usage);
      return;
    }
    setExit(await run(target, raw, typedOptions(command)));
  });
  addAuditOptions(program.command('audit').description('audit a store (the same as careaudit <target>)').argument('<target>', 'URL, folder or .html file to audit')).action(
    async (target: string, raw: RawAuditOptions, command: Command) => setExit(await run(target, raw, typedOptions(command))),
  );
  program
    .command('init')
    .description('write a commented starter careaudit.config.yaml in the working directory (never overwrites one)')
    .option('-q, --quiet', 'no log output on stderr')
    .action(async (raw: { quiet?: boolean }) => setExit(await (await import('./small-commands.js')).runInit(io, raw.quiet ?? false)));
  program
    .command('compare')
    .description('compare two saved JSON reports: the score, each category and each rule that changed, before → after')
    .argument('<before.json>', 'the earlier report')
    .argument('<after.json>', 'the later report')
    .addOption(new Option('-f, --format <format>', 'text, json, markdown or html').default('text'))
    .option('--fail-on-regression', 'exit 1 when a rule that passed now fails or the score dropped')
    .option('-q, --quiet', 'no log output on stderr')
    .action(async (before: string, after: string, raw: { format: string; failOnRegression?: boolean; quiet?: boolean }) =>
      setExit(await (await import('./small-commands.js')).runCompare(before, after, raw, io)),
    );
  addSharedOptions(
    program
      .command('batch')
      .description('audit many sites: SITES is a text file (one target per line) or YAML; one JSON line per site goes to --out')
      .argument('<sites>', 'a .txt or .yaml list of sites')
      .option('--out <file.jsonl>', "where each site's result is appended as one JSON line")
      .option('-c, --config <file>', "a config file for every site's audit (default: careaudit.config.yaml here); its pages, headers and cookies are not used")
      .option('--resume', 'continue an interrupted batch: audit only the sites not yet in --out')
      .option('--shard <i/n>', 'audit only shard I of N (deterministic; the shards together make the whole list)')
      .option('--concurrency <n>', 'sites audited at once', BATCH_DEFAULTS.concurrency)
      .option('--per-host <n>', 'sites of one host audited at once', BATCH_DEFAULTS.perHost)
      .option('-f, --format <formats>', "with --output-dir: every site's report formats, comma-separated (default html)")
      .option('--output-dir <dir>', "write every site's reports to DIR, named after the store, and an index.html of them all"),
  )
    .action(async (sites: string, raw: RawBatchOptions, command: Command) =>
      setExit(await (await import('./run-batch.js')).runBatch(sites, raw, io, {}, typedOptions(command))),
    );
  program
    .command('schema')
    .description('print a JSON Schema: report (--format json), batch-line (a line of batch --out), rules (rule files), config; none: list them')
    .argument('[name]', 'report, batch-line, rules or config')
    .option('-q, --quiet', 'no log output on stderr')
    .action(async (which: string | undefined) => {
      const { schemaList, schemaText } = await import('./schemas.js');
      io.stdout.write(which === undefined ? schemaList() : schemaText(which));
      setExit(EXIT.passed);
    });
  const rules = program.command('rules').description('list the rules (rules list), or test them on their fixtures (rules test [dir])');
  rules
    .command('list')
    .description('list every rule: the built-in pack and the folders given with --rules')
    .addOption(new Option('-f, --format <format>', 'text or json').default('text'))
    .option('--rules <dir>', 'an extra folder of rule files (repeatable)', collect, [])
    .option('-q, --quiet', 'no log output on stderr')
    .action(async (raw: RawRulesListOptions) => setExit(await (await import('./rules-commands.js')).runRulesList(raw, io)));
  rules
    .command('test')
    .description('run each rule\'s fixtures (DIR/tests/<rule-id>/<pass|fail|na|manual>.<lang>[.<anything>].html or .eml)')
    .argument('[dir]', 'a folder of rule files (default: the built-in rules)')
    .addOption(new Option('-f, --format <format>', 'text or json').default('text'))
    .option('-q, --quiet', 'no log output on stderr')
    .action(async (dir: string | undefined, raw: RawRulesTestOptions) => setExit(await (await import('./rules-commands.js')).runRulesTest(dir, raw, io)));
  program
    .command('explain')
    .description('show what a rule checks, why it matters and how to fix a failure')
    .argument('<rule-id>', 'a rule id, e.g. contact.phone-visible')
    .option('-q, --quiet', 'no log output on stderr')
    .option('--rules <dir>', 'an extra folder of rule files (repeatable)', collect, [])
    .action(async (id: string, raw: RawExplainOptions) => setExit(await (await import('./rules-commands.js')).runExplain(id, raw, io)));
  return program;
}

/** Run careaudit with these arguments (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.passed;
  // the engine loads only for an audit, so --version and --help stay fast
  const run: AuditRunner = async (target, raw, typed) => (await import('./run-audit.js')).runAudit(target, raw, io, typed);
  const program = buildProgram(io, run, (c) => {
    code = c;
  });
  const meant = argv[0] === undefined ? undefined : misspeltCommand(argv[0], program.commands.map((c) => c.name()), io.cwd);
  if (meant) return reportUsageError(new UsageError(`unknown command "${argv[0]}" (did you mean "${meant}"?)`, 'careaudit --help lists the commands'), io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help shown because something was missing (`careaudit rules` without list or test) is a usage error
      if (error.code === 'commander.help' && error.exitCode !== 0) return EXIT.usage;
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.passed;
      io.stderr.write(`careaudit: ${error.message.replace(/^error: /, '')}\n(see careaudit --help)\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) return reportUsageError(error, io);
    throw error;
  }
}
