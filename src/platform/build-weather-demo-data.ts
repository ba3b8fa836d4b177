import { join } from 'node:path';
import { frameToRecords } from '../data/frame-to-records.js';
import { readFrame } from '../data/read-frame.js';
import { writeCsv } from '../data/write-csv.js';
import type { DemoDataset } from './demo-dataset.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Real public data for the demo: Seattle's daily weather (vega-datasets), split by year. The model
 * learns the day's `weather` (rain, sun, fog, drizzle, snow) from precipitation, temperatures, wind
 * and month on 2012-2013; 2014-2015, warmer years whose days were recorded with more fog and almost
 * no drizzle, are replayed as later traffic. The month is written as a name, so it is a category and not a number.
 */
export async function buildWeatherDemoData(dir: string, sourcePath: string): Promise<DemoDataset> {
  const { frame } = await readFrame(sourcePath, {
    columns: ['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather'],
  });
  const days = frameToRecords(frame).map((row) => {
    const date = String(row.date);
    return {
      year: date.slice(0, 4),
      row: {
        precipitation: row.precipitation,
        temp_max: row.temp_max,
        temp_min: row.temp_min,
        wind: row.wind,
        month: MONTHS[Number(date.slice(5, 7)) - 1],
        weather: row.weather,
      },
    };
  });
  const reference = days.filter((d) => d.year === '2012' || d.year === '2013').map((d) => d.row);
  const later = days.filter((d) => d.year === '2014' || d.year === '2015').map((d) => d.row);
  const referencePath = join(dir, 'weather-2012-2013.csv');
  await writeCsv(referencePath, reference);
  return {
    model: 'weather',
    target: 'weather',
    algorithm: 'gbdt',
    features: {
      numeric: ['precipitation', 'temp_max', 'temp_min', 'wind'],
      categorical: ['month'],
      only: true,
    },
    referencePath,
    referenceRows: reference.length,
    referenceLabel: `seattle-weather 2012-2013, ${reference.length} days`,
    later,
    laterLabel: `seattle-weather 2014-2015, ${later.length} days`,
  };
}
