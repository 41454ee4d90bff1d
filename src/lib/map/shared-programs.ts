// MapLibre compiles a WebGL program for each combination of data-driven paint
// properties a layer type is drawn with: a fill of one colour and a fill whose
// colour reads feature state need two fill programs and two outline programs;
// a line of one colour and a line coloured by zone, two line programs. With
// software WebGL each program costs about 100 ms of a first visit, so every
// fill's and line's colour is made data-driven: the same colour behind a test
// of a property no feature has. The picture does not change. The test reads
// the feature, not its state: MapLibre keeps per-vertex colours that depend on
// feature state in memory to redraw them, and frees the others once they are
// on the GPU (0.5 MiB of the base map's JS heap).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** The test no feature passes: the colour behind it is the layer's own. */
export const UNSET: ExpressionSpecification = ['has', 'shared-program'];

/** The paint property each layer type takes its colour from. */
const SHARED_COLOUR = { fill: 'fill-color', line: 'line-color' } as const;

/** `layer`, with a constant colour written as a data-driven one. */
export function shareProgram(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'fill' && layer.type !== 'line') return layer;
  const key = SHARED_COLOUR[layer.type];
  const paint = (layer.paint ?? {}) as Record<string, unknown>;
  const colour = paint[key];
  // Expressions stay as they are (the plan's colours by zone, the base map's hover).
  if (colour === undefined || Array.isArray(colour)) return layer;
  return { ...layer, paint: { ...paint, [key]: ['case', UNSET, colour, colour] } } as LayerSpecification;
}
