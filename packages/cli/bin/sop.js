#!/usr/bin/env node
// The bundled command (built by `npm run build`).
import '../dist/sop.js';
