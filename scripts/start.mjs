// `npm start`: compiles every example into out/ (HTML, SVG diagram, JSON and PDF) and says where they are.
// Without a Chromium on the machine the PDFs are left out, with a note on how to get them.
import { spawnSync } from 'node:child_process';

const compile = formats => spawnSync(process.execPath, ['packages/cli/bin/sop.js', 'compile', 'examples', '-o', 'out', '--to', formats], {
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
});

let result = compile('html,svg,pdf,json');
if (result.status === 2 && /--chrome/.test(result.stderr)) {
    process.stderr.write('No Chromium found: compiling HTML, SVG and JSON only. For PDFs install one (Debian: apt-get install chromium) or set SOP_CHROME.\n');
    result = compile('html,svg,json');
}
process.stderr.write(result.stderr);
process.exit(result.status ?? 1);
