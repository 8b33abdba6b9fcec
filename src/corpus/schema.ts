/**
 * The corpus as people edit it under data/. This is the single definition:
 * the compiler validates with it, the app parses shards built from it, and
 * data/schema/*.schema.json is generated from it for editors. Each part lives
 * in its own module; this one is the name the rest of the code imports.
 */
export * from './registry-schemas.ts';
export * from './source-schema.ts';
export * from './figure-schema.ts';
export * from './event-schema.ts';
