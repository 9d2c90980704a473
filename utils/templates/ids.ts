import { z } from 'zod';

/** Ids of templates, playbooks, fields…: stable, URL- and file-safe, lower case. */
export const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'use lower-case letters, digits, ".", "_" and "-"');

/** Languages a pack can be written in (the panel's UI languages). */
export const LANGS = ['ru', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** Semantic version `MAJOR.MINOR.PATCH` with optional pre-release, e.g. `1.4.0` or `2.0.0-rc.1`. */
export const semverSchema = z
  .string()
  .max(64)
  .regex(
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-.]+)?$/,
    'use a semantic version such as 1.2.0',
  );
