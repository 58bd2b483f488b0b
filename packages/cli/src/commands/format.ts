/** `sop format [paths...] [--check]`: the editor's formatter, for whole folders and for CI. */
import { formatSopDocument } from '@sop-ap/language/core';
import { cliMessages } from '../cli-messages.js';
import { chooseLocale, parseCommandLine } from '../options.js';
import { loadSources } from '../source-files.js';
import { buildWorkspace } from '../workspace.js';
import { writeFileAtomic } from '../write-atomic.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, reportProblems } from './check.js';

export async function runFormat(args: string[]): Promise<number> {
    const { values, positionals } = parseCommandLine(args, { check: { type: 'boolean' } });
    const locale = chooseLocale(values.lang, cliMessages);
    const messages = cliMessages(locale);
    if (values.help) {
        process.stdout.write(messages.formatUsage + '\n');
        return EXIT_OK;
    }
    const sources = await loadSources(positionals, messages);
    reportProblems(sources.problems);
    const { files } = await buildWorkspace(sources.requested, [], { locale });
    let changed = 0;
    let unformattable = 0;
    for (const file of files) {
        const formatted = formatSopDocument(file.document);
        if (formatted === undefined) {
            unformattable++;
            process.stderr.write(messages.formatSyntaxErrors(file.source.display) + '\n');
            continue;
        }
        if (formatted === file.source.text) {
            continue;
        }
        changed++;
        if (values.check) {
            process.stdout.write(messages.formatWouldChange(file.source.display) + '\n');
        } else {
            // The formatter keeps the file's line endings; the byte order mark was taken off when reading.
            await writeFileAtomic(file.source.path, (file.source.bom ? '\uFEFF' : '') + formatted);
            process.stdout.write(messages.formatted(file.source.display) + '\n');
        }
    }
    process.stdout.write(messages.formatSummary(changed, files.length, Boolean(values.check)) + '\n');
    if (sources.problems.length > 0) {
        return EXIT_USAGE;
    }
    return unformattable > 0 || (values.check && changed > 0) ? EXIT_ERRORS : EXIT_OK;
}
