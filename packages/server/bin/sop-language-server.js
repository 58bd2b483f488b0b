#!/usr/bin/env node
// `sop-language-server --stdio`: the bundled language server (built by `npm run build`) for any LSP client.
import '../dist/server.js';
