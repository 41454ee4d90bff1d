// The longest of several texts that fits in a form field at the field's own
// font: a placeholder cut off mid-word ("Find a city or coun") reads as broken.
let context: CanvasRenderingContext2D | null | undefined;

/** The first of `texts` (longest first) that fits in `field`'s content box; the last when none does or nothing can be measured. */
export function firstThatFits(field: HTMLInputElement, texts: readonly string[]): string {
  const ctx = (context ??= document.createElement('canvas').getContext('2d'));
  const last = texts[texts.length - 1];
  if (!ctx) return last;
  const style = getComputedStyle(field);
  ctx.font = style.font;
  const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return texts.find((text) => ctx.measureText(text).width <= room) ?? last;
}
