import { z } from 'zod';

/*
 * Every message zod makes for a person to read is Swedish: zod's own Swedish locale,
 * set once for the process (the app, the command line, the tests) by importing this
 * module; json-file.ts, which turns zod's problems into messages, imports it. Messages
 * the schemas give themselves ("ogiltigt id") stay as they are.
 */
z.config(z.locales.sv());
