import { config } from 'zod';

// Zod probes `new Function` when a schema is created, to compile fast parsers. The CSP forbids
// eval, so the probe would only raise a violation report: tell Zod not to try. This module must
// be main.tsx's first import, before any schema is built.
config({ jitless: true });
