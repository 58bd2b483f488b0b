/**
 * The `sop` command. A thin shell: it reads files, calls the language, prints, and exits with
 * 0 (fine), 1 (problems in the SOPs) or 2 (usage or I/O). Never a stack trace.
 */
import { cliMessages } from './cli-messages.js';
import { chooseLocale, UsageError } from './options.js';
import { paintFor } from './terminal.js';

declare const SOP_VERSION: string;

/** Usage or I/O error (also in commands/check.ts, which this file must not load for `--version`). */
const EXIT_USAGE = 2;

// Each command is imported when it runs: `sop --version` and `--help` load neither the language
// (Langium) nor the document, and `sop check` never loads the printer.
const commands: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
    check: async () => (await import('./commands/check.js')).runCheck,
    compile: async () => (await import('./commands/compile.js')).runCompile,
    format: async () => (await import('./commands/format.js')).runFormat,
};

async function main(argv: string[]): Promise<number> {
    const messages = cliMessages(safeLocale(argv));
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
        process.stdout.write(`sop ${typeof SOP_VERSION === 'string' ? SOP_VERSION : 'dev'}\n`);
        return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        process.stdout.write(messages.usage + '\n');
        return command === undefined ? EXIT_USAGE : 0;
    }
    const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!load) {
        throw new UsageError(messages.unknownCommand(command));
    }
    return (await load())(rest);
}

/** The locale for messages printed before a command has parsed its options. */
function safeLocale(argv: string[]) {
    const index = argv.indexOf('--lang');
    try {
        return chooseLocale(index >= 0 ? argv[index + 1] : argv.find(arg => arg.startsWith('--lang='))?.slice(7), cliMessages);
    } catch {
        return 'en' as const;
    }
}

function fail(error: unknown): number {
    const paint = paintFor(process.stderr);
    const messages = cliMessages(safeLocale(process.argv.slice(2)));
    const io = error as NodeJS.ErrnoException;
    if (error instanceof UsageError) {
        process.stderr.write(`${paint.red('sop:')} ${messages.badOption(error.message)}\n`);
    } else if (io?.code && io.path) {
        // A folder that cannot be created, a file that cannot be written: the user's to fix, not a bug.
        process.stderr.write(`${paint.red('sop:')} ${messages.ioError(io.path, io.code)}\n`);
    } else {
        const detail = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${paint.red('sop:')} ${messages.internalError(detail)}\n`);
        if (process.env.SOP_DEBUG) {
            process.stderr.write(`${(error as Error).stack}\n`);
        }
    }
    return EXIT_USAGE;
}

// A closed pipe (`sop check | head`) is not an error of ours.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, error => {
    process.exitCode = fail(error);
});
