import { z } from 'zod';
// zod's own messages in Swedish, before any schema reports a problem to a person.
import '../shared/report/zod-swedish';

/*
 * Imported first by the renderer entry, before any schema is built: the CSP forbids
 * eval, so zod must not try its `new Function` fast path (the attempt alone is reported
 * as a securitypolicyviolation).
 */
z.config({ jitless: true });
