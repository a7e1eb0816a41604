import { z } from 'zod';

/**
 * zod for the app: every module imports it from here (lint enforces it), so this runs before any
 * schema is built. zod compiles object parsers with `new Function` when it may; the pages'
 * Content-Security-Policy allows no eval, so zod's probe for it would be refused and show as a
 * policy violation. Told up front, zod parses without compiling.
 */
z.config({ jitless: true });

export { z };
