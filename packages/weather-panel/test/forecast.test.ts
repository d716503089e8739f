import { describe, expect, it } from 'vitest';
import { readForecast } from '../src/forecast.js';

describe('readForecast', () => {
  it('keeps a valid forecast as it is', () => {
    const forecast = {
      current: { time: 1, temperature: 24.5, humidity: 80, windSpeed: 7, code: 3, isDay: false },
      daily: [{ date: 2, code: 61, min: 22, max: 27 }],
    };
    expect(readForecast(forecast)).toEqual(forecast);
  });

  it('drops wrong types, non-finite numbers and unknown fields', () => {
    expect(
      readForecast({
        current: { temperature: '24', humidity: Number.NaN, windSpeed: Infinity, code: 3, isDay: 1, extra: 5 },
        daily: [{ date: 2, min: null, max: 30 }, { code: 3 }, 'ngày mai', null],
      }),
    ).toEqual({ current: { code: 3 }, daily: [{ date: 2, max: 30 }] });
  });

  it('drops a current block with nothing to show, such as a time alone', () => {
    expect(readForecast({ current: { time: 5, isDay: true }, daily: [] })).toEqual({ daily: [] });
  });

  it.each([undefined, null, 3, 'x', [], { daily: 'x' }])('gives an empty forecast for %j', (value) => {
    expect(readForecast(value)).toEqual({ daily: [] });
  });
});
