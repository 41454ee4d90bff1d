// Shapes of the committed geometry's properties, checked where the app reads them.
import { z } from '../zod.ts';

export const adcode = z.string().regex(/^\d{6}$/);

export const unitKind = z.enum(['district', 'county', 'county-level city', 'prefecture-level city']);


export const labelProps = z.object({
  adcode,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  level: z.enum(['city', 'county', 'neighbour']),
  kind: z.union([unitKind, z.literal('province')]),
  /** The city a county belongs to; empty for cities and neighbours. */
  city_adcode: z.union([adcode, z.literal('')]),
  /** The unit's extent [west, south, east, north]. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type LabelProps = z.infer<typeof labelProps>;

export const labelCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: labelProps,
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    }),
  ),
});
export type LabelCollection = z.infer<typeof labelCollection>;

export const manifest = z.object({
  built: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  sources: z.array(z.object({ what: z.string(), from: z.string(), licence: z.string() })),
});
export type Manifest = z.infer<typeof manifest>;

export const seatCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ adcode, name_zh: z.string(), name_en: z.string(), external: z.boolean() }),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    }),
  ),
});
export type SeatCollection = z.infer<typeof seatCollection>;
