#!/usr/bin/env node
// The bundled command (built by `npm run build`). CommonJS (bin/package.json): Node starts an ES
// module entry with its module loader, which costs every run a few milliseconds.
require('../dist/sop.cjs');
