/** Tests run what users run: the bundled command and language server, rebuilt from the sources first. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
    execFileSync(process.execPath, [join(import.meta.dirname, '../scripts/bundle.mjs')], { stdio: 'inherit' });
}
