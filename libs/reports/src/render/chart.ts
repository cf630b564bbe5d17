import type { ReportChart } from '../report-document';

const PALETTE = ['#2f5d9e', '#e08a2e', '#4c9a6a', '#b04a5a', '#7a6fb0'];

/** ECharts, loaded when the first chart is drawn (not when the worker starts). */
export const loadEcharts = () => import('echarts');
type Echarts = Awaited<ReturnType<typeof loadEcharts>>;

/** The chart as an SVG string, rendered by ECharts on the server (no browser, no DOM). */
export function chartSvg(echarts: Echarts, chart: ReportChart, width: number, height: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: 'IPAexGothic', fontSize: 10 },
      grid: { left: 56, right: 16, top: chart.series.length > 1 ? 34 : 16, bottom: 40 },
      legend: chart.series.length > 1 ? { top: 4, textStyle: { fontSize: 10 } } : undefined,
      xAxis: {
        type: 'category',
        data: chart.categories,
        axisLabel: { interval: 0, fontSize: 9, rotate: chart.categories.length > 8 ? 30 : 0 },
      },
      yAxis: {
        type: 'value',
        max: chart.max,
        name: chart.unit,
        nameTextStyle: { fontSize: 9 },
        axisLabel: { fontSize: 9 },
      },
      series: chart.series.map((s) => ({
        name: s.name,
        type: chart.kind,
        data: s.data,
        barMaxWidth: 36,
        label: {
          show: chart.series.length === 1 && chart.categories.length <= 12,
          position: 'top',
          fontSize: 9,
          color: '#1f2937',
        },
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
