// The on-screen map's controls (zoom buttons, scale bar) in the UI's language:
// MapLibre reads its labels when a control is added, so a language switch
// swaps its strings and adds the controls again.
import { NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';

export const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  zh: {
    'Map.Title': '地图',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '重置方向为正北',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'AttributionControl.ToggleAttribution': '显示或隐藏出处',
    'Popup.Close': '关闭',
  },
  en: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'Popup.Close': 'Close popup',
  },
};

export class MapControls {
  private nav: NavigationControl | null = null;
  private scale: ScaleControl | null = null;

  constructor(private readonly map: MapLibreMap) {}

  setLang(lang: Lang, mapLabel: string): void {
    // MapLibre keeps its strings in a private field and offers no setter.
    (this.map as unknown as { _locale: Record<string, string> })._locale = { ...MAP_LOCALE[lang] };
    if (this.nav) this.map.removeControl(this.nav);
    if (this.scale) this.map.removeControl(this.scale);
    this.nav = new NavigationControl({ showCompass: false });
    this.scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    this.map.addControl(this.nav, 'top-right');
    this.map.addControl(this.scale, 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', mapLabel);
  }
}
