/** `sop check [paths...] [--format pretty|json|github] [--lang id|en] [--max-actors N]` */
import { cliMessages } from '../cli-messages.js';
import { choose, chooseLocale, parseCommandLine, UsageError } from '../options.js';
import { renderGithub, renderJson } from '../report/machine.js';
import { renderPretty } from '../report/pretty.js';
import { loadSources, type SourceProblem } from '../source-files.js';
import { paintFor } from '../terminal.js';
import { buildWorkspace } from '../workspace.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export async function runCheck(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandLine(args, {
        format: { type: 'string' },
        'max-actors': { type: 'string' },
    });
    const locale = chooseLocale(values.lang, cliMessages);
    const messages = cliMessages(locale);
    if (values.help) {
        process.stdout.write(messages.checkUsage + '\n');
        return EXIT_OK;
    }
    const format = choose('format', values.format, ['pretty', 'json', 'github'] as const, 'pretty', messages);
    const maxActors = values['max-actors'] === undefined ? undefined : Number(values['max-actors']);
    if (maxActors !== undefined && !(Number.isInteger(maxActors) && maxActors >= 1)) {
        throw new UsageError(messages.badChoice('max-actors', String(values['max-actors']), ['1, 2, 3 ...']));
    }

    const sources = await loadSources(positionals, messages);
    reportProblems(sources.problems);
    const { files } = await buildWorkspace(sources.requested, sources.context, { locale, maxActors });
    const nothingChecked = files.length === 0 && sources.problems.length > 0;
    if (format === 'json') {
        process.stdout.write(renderJson(files));
    } else if (format === 'github') {
        process.stdout.write(renderGithub(files));
    } else if (!nothingChecked) {
        process.stdout.write(renderPretty(files, messages, paintFor(process.stdout)));
    }

    if (sources.problems.length > 0) {
        return EXIT_USAGE;
    }
    return files.some(file => file.diagnostics.some(diagnostic => diagnostic.severity === 1)) ? EXIT_ERRORS : EXIT_OK;
}

export function reportProblems(problems: readonly SourceProblem[]): void {
    const paint = paintFor(process.stderr);
    for (const problem of problems) {
        const where = problem.line !== undefined ? `${problem.display}:${problem.line}:${problem.column}: ` : '';
        process.stderr.write(`${paint.red('sop:')} ${where}${problem.message}\n`);
    }
}
