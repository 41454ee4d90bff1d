// Whether a line of text fits in a form field at the field's own font: a
// placeholder cut off mid-word ("Find a city or coun") reads as broken.
let context: CanvasRenderingContext2D | null | undefined;

/** True when `text` fits in `field`'s content box (false when it cannot be measured). */
export function textFits(field: HTMLInputElement, text: string): boolean {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return false;
  const style = getComputedStyle(field);
  context.font = style.font;
  const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return context.measureText(text).width <= room;
}
