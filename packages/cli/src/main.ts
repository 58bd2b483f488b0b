/**
 * The `sop` command. A thin shell: it reads files, calls the language, prints, and exits with
 * 0 (fine), 1 (problems in the SOPs) or 2 (usage or I/O). Never a stack trace.
 */
import { fileURLToPath } from 'node:url';
import { cliMessages } from './cli-messages.js';
import { chooseLocale, isUsageError, UsageError } from './options.js';
import { paintFor } from './terminal.js';

declare const SOP_VERSION: string;
/** The bundled commands (dist/commands-<hash>.cjs), set by scripts/bundle.mjs; undefined when run from the sources. */
declare const SOP_COMMANDS_BUNDLE: string | undefined;

/** Usage or I/O error (also in commands/check.ts, which this file must not load for `--version`). */
const EXIT_USAGE = 2;

type Command = (args: string[]) => Promise<number>;
interface Commands {
    runCheck: Command;
    runCompile: Command;
    runFormat: Command;
}

const commandNames: Record<string, keyof Commands> = { check: 'runCheck', compile: 'runCompile', format: 'runFormat' };

/**
 * The commands are loaded when one runs: `sop --version` and `--help` load neither the language
 * (Langium) nor the document. Bundled, they are one CommonJS file run with a V8 code cache
 * (code-cache.ts); `sop compile` loads the PDF printer only for `--to pdf`, ELK only for `--to svg`.
 */
async function loadCommands(command: string): Promise<{ commands: Commands; keepCache: () => void }> {
    (await import('./jit-budget.js')).optimiseOnlyLongRunningCode();
    if (typeof SOP_COMMANDS_BUNDLE !== 'string') {
        return { commands: await import('./commands/index.js'), keepCache: () => undefined };
    }
    const { loadWithCodeCache } = await import('./code-cache.js');
    const file = fileURLToPath(new URL(`./${SOP_COMMANDS_BUNDLE}`, import.meta.url));
    const loaded = loadWithCodeCache(file, `${SOP_COMMANDS_BUNDLE.replace(/\.cjs$/, '')}-${command}`);
    return { commands: loaded.exports as Commands, keepCache: loaded.keepCache };
}

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
    const name = Object.hasOwn(commandNames, command) ? commandNames[command] : undefined;
    if (!name) {
        throw new UsageError(messages.unknownCommand(command));
    }
    const { commands, keepCache } = await loadCommands(command);
    const code = await commands[name](rest);
    // A run that checked or compiled has compiled the code later runs need (not one that showed help).
    if ((code === 0 || code === 1) && !rest.some(arg => arg === '--help' || arg === '-h')) {
        keepCache();
    }
    return code;
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
    if (isUsageError(error)) {
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

main(process.argv.slice(2)).then(exit, error => exit(fail(error)));

/**
 * Ends the process once its output is out. Left to end by itself, Node tears its heap down and
 * waits for V8's background threads, some milliseconds of every run; with nothing left to write
 * (writes to files, terminals and, on Linux, pipes are synchronous) there is nothing to wait for.
 */
function exit(code: number): void {
    process.exitCode = code;
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) {
        process.exit(code);
    }
}
