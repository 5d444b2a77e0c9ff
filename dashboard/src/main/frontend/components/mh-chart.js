// <mh-chart>: an Apache ECharts chart for the Java component io.meterhub.dashboard.chart.EChart.
// The server sets the property `optionJson` (ECharts' option object as JSON); every change renders
// the whole chart again (notMerge). The chart follows the element's size (ResizeObserver).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart, PieChart, MapChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent,
  DataZoomComponent, MarkLineComponent, MarkAreaComponent, MarkPointComponent, ToolboxComponent,
  VisualMapComponent, AriaComponent, GeoComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, ScatterChart, PieChart, MapChart, GeoComponent,
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent,
  DataZoomComponent, MarkLineComponent, MarkAreaComponent, MarkPointComponent, ToolboxComponent,
  VisualMapComponent, AriaComponent, CanvasRenderer
]);

class MhChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._optionJson = null;
    this._chart = null;
    this._resizeObserver = null;
    this._mapsJson = null;
  }

  connectedCallback() {
    // A value set before the element was upgraded sits on the instance and hides the setter.
    for (const property of ['mapsJson', 'optionJson']) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'canvas' });
      this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resizeObserver.observe(this);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set optionJson(value) {
    this._optionJson = value;
    this._option = value ? JSON.parse(value) : null;
    this._render();
  }

  get optionJson() {
    return this._optionJson;
  }

  set mapsJson(value) {
    this._mapsJson = value;
    const maps = value ? JSON.parse(value) : {};
    for (const [name, geoJson] of Object.entries(maps)) {
      echarts.registerMap(name, geoJson);
    }
    this._render();
  }

  get mapsJson() {
    return this._mapsJson;
  }

  /** True when every map the option names (geo components, map series) is registered. */
  _mapsReady(option) {
    const geos = [].concat(option.geo || []).map(g => g.map);
    const series = [].concat(option.series || []).filter(s => s.type === 'map').map(s => s.map);
    return geos.concat(series).filter(Boolean).every(name => echarts.getMap(name));
  }

  _render() {
    if (this._chart && this._option && this._mapsReady(this._option)) {
      this._chart.setOption(this._option, true);
      this.setAttribute('rendered', '');
    }
  }
}

if (!customElements.get('mh-chart')) {
  customElements.define('mh-chart', MhChart);
}
