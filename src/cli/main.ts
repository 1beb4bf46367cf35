import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../paths.js';
import { PAGE_ROLES } from '../snapshot.js';
import { EXIT, processIO, UsageError, type CliIO } from './io.js';
import type { RawAuditOptions } from './options.js';

const collect = (value: string, previous: string[]) => [...previous, value];

function addAuditOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'report format: text or json').default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--min-score <n>', 'fail the gate when the overall score is below n (0–100)')
    .addOption(new Option('--fail-on <severity>', 'failing rules of this severity or worse fail the gate: error, warn, info or none').default('error'))
    .option('--only <list>', 'run only these rule or category ids (comma-separated)')
    .option('--skip <list>', 'skip these rule or category ids (comma-separated)')
    .option('--rules <dir>', 'an extra folder of rule files (repeatable)', collect, [])
    .option('--email <file>', 'an order-confirmation email (.eml or .html) to audit with the site')
    .option('--page <role=url|path>', `set the page of a role instead of discovering it (repeatable); roles: ${PAGE_ROLES.join(', ')}`, collect, [])
    .option('--role <role>', 'the role of a single .html file target (default: home)')
    .option('--country <cc>', 'the store country (ISO code): default region for phone numbers, legal minimums')
    .option('--max-pages <n>', 'read at most n pages', '20')
    .option('--concurrency <n>', 'requests in flight per host', '4')
    .option('--timeout <seconds>', 'time limit per request', '15')
    .option('--ignore-robots', 'audit pages that robots.txt disallows')
    .option('-q, --quiet', 'no progress or log output on stderr');
}

function buildProgram(io: CliIO, run: (target: string, raw: RawAuditOptions) => Promise<number>, setExit: (code: number) => void): Command {
  const program = new Command('careaudit');
  program
    .description("Audit an online store's customer-support quality: contact, self-service, checkout, shipping, returns and the order email.")
    .version(TOOL_VERSION, '-v, --version')
    .exitOverride()
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
  addAuditOptions(program.argument('[target]', 'URL, folder or .html file to audit')).action(async (target: string | undefined, raw: RawAuditOptions) => {
    if (!target) {
      program.outputHelp();
      setExit(EXIT.usage);
      return;
    }
    setExit(await run(target, raw));
  });
  addAuditOptions(program.command('audit').description('audit a store (the same as careaudit <target>)').argument('<target>', 'URL, folder or .html file to audit')).action(
    async (target: string, raw: RawAuditOptions) => setExit(await run(target, raw)),
  );
  program
    .command('schema')
    .description('print a JSON Schema: "rules" (rule files, for editors) or "report" (--format json output)')
    .argument('<which>', 'rules or report')
    .action(async (which: string) => {
      const { schemaText } = await import('./schemas.js');
      io.stdout.write(schemaText(which));
      setExit(EXIT.passed);
    });
  return program;
}

/** Run careaudit with these arguments (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.passed;
  // the engine loads only for an audit, so --version and --help stay fast
  const run = async (target: string, raw: RawAuditOptions) => (await import('./run-audit.js')).runAudit(target, raw, io);
  const program = buildProgram(io, run, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.passed;
      io.stderr.write(`careaudit: ${error.message.replace(/^error: /, '')}\n(see careaudit --help)\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`careaudit: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      return EXIT.usage;
    }
    throw error;
  }
}
