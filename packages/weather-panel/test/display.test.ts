import { describe, expect, it } from 'vitest';
import { dayOf, roundTemperature, temperatureText, timeText, windText } from '../src/display.js';
import { enMessages } from '../src/messages-en.js';
import { viMessages } from '../src/messages.js';

const zone = 'Asia/Ho_Chi_Minh';
// 28 November 2026, 07:00 UTC = 14:00 in Vietnam.
const afternoon = Date.UTC(2026, 10, 28, 7);

describe('temperatureText', () => {
  it('rounds to whole degrees and never shows "-0"', () => {
    expect(temperatureText(27.4, viMessages.temperature, 'vi')).toBe('27°C');
    expect(temperatureText(-0.4, viMessages.temperature, 'vi')).toBe('0°C');
    expect(temperatureText(-2.6, viMessages.dailyTemperature, 'vi')).toBe('-3°');
    expect(Object.is(roundTemperature(-0.2), -0)).toBe(false);
  });
});

describe('windText', () => {
  it('gives km/h as it comes, and m/s with one decimal in the page`s language', () => {
    expect(windText(9.4, 'kmh', viMessages, 'vi')).toBe('9 km/h');
    expect(windText(9.4, 'ms', viMessages, 'vi')).toBe('2,6 m/s');
    expect(windText(9.4, 'ms', enMessages, 'en')).toBe('2.6 m/s');
  });
});

describe('timeText', () => {
  it('gives the portal`s clock time, whatever the machine`s zone', () => {
    expect(timeText(afternoon, afternoon + 60_000, zone, 'vi')).toBe('14:00');
    expect(timeText(afternoon, afternoon, 'UTC', 'vi')).toBe('07:00');
  });

  it('adds the date for a time on an earlier day in the portal`s zone', () => {
    // 16:30 UTC on the 27th is 23:30 on the 27th in Vietnam; "now" is past midnight there.
    expect(timeText(Date.UTC(2026, 10, 27, 16, 30), Date.UTC(2026, 10, 27, 17, 30), zone, 'vi')).toBe('23:30 27/11');
    expect(timeText(Date.UTC(2026, 10, 27, 16, 30), Date.UTC(2026, 10, 27, 17, 30), zone, 'en')).toBe('27/11, 23:30');
  });
});

describe('dayOf', () => {
  it('cuts days at midnight in the portal`s zone, not at GMT', () => {
    expect(dayOf(Date.UTC(2026, 10, 27, 17), zone)).toBe(dayOf(Date.UTC(2026, 10, 28, 16, 59), zone));
    expect(dayOf(Date.UTC(2026, 10, 27, 16, 59), zone)).not.toBe(dayOf(Date.UTC(2026, 10, 27, 17), zone));
  });
});
