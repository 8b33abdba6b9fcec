/**
 * The corpus as people edit it under data/. This is the single definition:
 * the compiler validates with it, the app parses shards built from it, and
 * data/schema/*.schema.json is generated from it for editors. Each part lives
 * in its own module; this one is the name the rest of the code imports.
 */
export * from './registry-schemas';
export * from './source-schema';
export * from './figure-schema';
export * from './event-schema';
