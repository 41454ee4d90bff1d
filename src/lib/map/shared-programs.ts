// MapLibre compiles a WebGL program for each combination of data-driven paint
// properties a layer type is drawn with: a fill of one colour and a fill whose
// colour reads feature state need two fill programs and two outline programs.
// With software WebGL each program costs about 100 ms of a first visit, so
// every fill's colour is made data-driven: the same colour behind a test of a
// feature state nothing sets. The picture does not change.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

const UNSET: ExpressionSpecification = ['boolean', ['feature-state', 'shared-program'], false];

const isExpression = (v: unknown): boolean => Array.isArray(v);

/** `layer`, with a constant fill colour written as a data-driven one. */
export function shareFillProgram(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'fill') return layer;
  const colour = layer.paint?.['fill-color'];
  if (colour === undefined || isExpression(colour)) return layer;
  return { ...layer, paint: { ...layer.paint, 'fill-color': ['case', UNSET, colour as string, colour as string] } };
}
