import { z } from 'zod';

/*
 * Imported first by the renderer entry, before any schema is built: the CSP forbids
 * eval, so zod must not try its `new Function` fast path (the attempt alone is reported
 * as a securitypolicyviolation).
 */
z.config({ jitless: true });
