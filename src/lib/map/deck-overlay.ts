// One interleaved deck.gl overlay on the map, created on first use (deck.gl
// loads only when a layer needs it) and updated with setProps afterwards.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { DeckMark } from '../layers/types.ts';

type Overlay = import('@deck.gl/maplibre').MapLibreOverlay;

export class DeckOverlay {
  private overlay: Overlay | null = null;
  private version = 0;
  private destroyed = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly beforeId: string,
  ) {}

  async show(marks: DeckMark[], lang: Lang): Promise<void> {
    const version = ++this.version;
    if (!marks.length && !this.overlay) return;
    const [{ MapLibreOverlay }, { PathLayer, ArcLayer }] = await Promise.all([
      import('@deck.gl/maplibre'),
      import('@deck.gl/layers'),
    ]);
    if (version !== this.version || this.destroyed) return; // a newer call won, or the map is gone
    const layers = marks.map((m) =>
      m.type === 'path'
        ? new PathLayer({
            id: m.id,
            data: m.paths,
            getPath: (d) => d.path,
            getColor: (d) => d.color,
            getWidth: (d) => d.width,
            widthUnits: 'pixels',
            capRounded: true,
            jointRounded: true,
            pickable: true,
            beforeId: this.beforeId,
          })
        : new ArcLayer({
            id: m.id,
            data: m.arcs,
            getSourcePosition: (d) => d.from,
            getTargetPosition: (d) => d.to,
            getSourceColor: (d) => d.color,
            getTargetColor: (d) => d.color,
            getWidth: 3,
            getHeight: 0.4,
            greatCircle: false,
            pickable: true,
            beforeId: this.beforeId,
          }),
    );
    const props = { layers, getTooltip: ({ object }: { object?: { name?: Record<Lang, string> } }) => (object?.name ? { text: object.name[lang] } : null) };
    if (!this.overlay) {
      // deck.gl sets itself up on the map's GL context asynchronously and takes the layers in on its
      // own next animation frame, after onLoad; a map frame drawn before that has no deck.gl content.
      // Its first redraw request (_customRender, which the overlay turns into a map repaint) comes
      // after the layers are in, so that is when this resolves.
      await new Promise<void>((ready) => {
        let loaded = false;
        const hooks = { onLoad: () => (loaded = true), _customRender: () => loaded && ready() };
        // The overlay's props type leaves _customRender out, but the interleaved overlay calls it
        // after its own map repaint (@deck.gl/maplibre deck-utils).
        this.overlay = new MapLibreOverlay({ interleaved: true, ...props, ...(hooks as Pick<typeof hooks, 'onLoad'>) });
        this.map.addControl(this.overlay);
      });
    } else {
      this.overlay.setProps(props);
    }
  }

  /**
   * After a lost context: the overlay's GL resources are gone. It leaves the map, and deck.gl's
   * hold on the context goes too, so the next overlay makes a new device on the restored context:
   * luma.gl keeps its device on the context object (and would hand the dead one back), and it
   * wraps the context's own methods to cache state, so a second device would wrap the wrappers
   * and the calls MapLibre makes would never reach WebGL.
   */
  abandon(): void {
    this.version++;
    this.destroyed = true;
    const overlay = this.overlay;
    this.overlay = null;
    try {
      if (overlay) this.map.removeControl(overlay);
    } catch {
      // Its buffers belonged to the lost context; there is nothing left to free.
    }
    const gl = this.map.painter?.context?.gl as (WebGL2RenderingContext & Record<string, unknown>) | undefined;
    if (!gl) return;
    // The wrappers are own properties; deleting them leaves WebGL's methods.
    for (const key of Object.getOwnPropertyNames(gl)) if (typeof gl[key] === 'function') delete gl[key];
    delete gl.luma;
    delete gl.lumaState;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.overlay) this.map.removeControl(this.overlay);
    this.overlay = null;
  }
}
