import { z } from '../zod';
import {
  actorsFileSchema,
  corpusMetaSchema,
  eventSchema,
  metricsFileSchema,
  placesFileSchema,
  sidesFileSchema,
  sourceSchema,
  topicsFileSchema,
} from '../schema';
import { schemaFileName, type SchemaName } from './corpus-layout';

const schemas: Record<SchemaName, z.ZodType> = {
  corpus: corpusMetaSchema,
  sides: sidesFileSchema,
  actors: actorsFileSchema,
  places: placesFileSchema,
  topics: topicsFileSchema,
  metrics: metricsFileSchema,
  source: sourceSchema,
  event: eventSchema,
};

/**
 * JSON Schemas for editors, generated from the one zod schema so they cannot
 * drift. They describe what people write (io: "input": defaults optional);
 * the cross-file rules (references, quotes, figures) only the compiler checks.
 */
export function corpusJsonSchemas(): { fileName: string; json: string }[] {
  return Object.entries(schemas).map(([name, schema]) => {
    const generated = z.toJSONSchema(schema, { io: 'input' });
    const withTitle = { $schema: generated.$schema, title: `Riwaya corpus: ${name}`, ...generated };
    return {
      fileName: schemaFileName(name as SchemaName),
      json: `${JSON.stringify(withTitle, null, 2)}\n`,
    };
  });
}
