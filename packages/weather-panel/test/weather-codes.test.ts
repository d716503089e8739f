import { describe, expect, it } from 'vitest';
import { enMessages } from '../src/messages-en.js';
import { cataloguesFor, viMessages, type WeatherMessageKey } from '../src/messages.js';
import { iconKind, weatherCodeKey, weatherCodes } from '../src/weather-codes.js';

// Every weather_code Open-Meteo documents for its forecast API (WMO 4677 interpretation codes).
const openMeteoCodes = [
  0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96, 99,
];

const placeholders = (text: string): string[] => [...text.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();

describe('WMO weather codes', () => {
  it('cover exactly the codes Open-Meteo returns', () => {
    expect([...weatherCodes].sort((a, b) => a - b)).toEqual(openMeteoCodes);
  });

  it.each(openMeteoCodes)('code %i has a Vietnamese and an English text and a drawing', (code) => {
    const key = weatherCodeKey(code);
    expect(key).toBe(`wmo${code}`);
    expect(viMessages[key]).toMatch(/\S/);
    expect(enMessages[key]).toMatch(/\S/);
    expect(viMessages[key]).not.toBe(enMessages[key]);
    expect(iconKind(code)).not.toBe('unknown');
  });

  it.each([4, 42, 100, -1, 1.5, Number.NaN, undefined])('code %s gets the neutral text and drawing', (code) => {
    expect(weatherCodeKey(code)).toBe('wmoUnknown');
    expect(iconKind(code)).toBe('unknown');
  });

  it('groups the codes into the drawings they look like', () => {
    expect([0, 1, 3, 45, 51, 61, 67, 71, 86, 95].map(iconKind)).toEqual([
      'clear',
      'partly-cloudy',
      'cloudy',
      'fog',
      'drizzle',
      'rain',
      'rain',
      'snow',
      'snow',
      'thunderstorm',
    ]);
  });
});

describe('catalogues', () => {
  it('write Vietnamese in composed (NFC) form with its diacritics', () => {
    for (const text of Object.values(viMessages)) expect(text).toBe(text.normalize('NFC'));
    expect(viMessages.title).toBe('Thời tiết');
    expect(viMessages.wmo95).toBe('Dông');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(viMessages) as WeatherMessageKey[]) {
      expect(placeholders(enMessages[key]), key).toEqual(placeholders(viMessages[key]));
    }
  });

  it('give Vietnamese at once and English once it has loaded', async () => {
    expect(cataloguesFor('vi', () => undefined)?.vi).toBe(viMessages);
    let loaded = false;
    const first = cataloguesFor('en', () => {
      loaded = true;
    });
    expect(first).toBeUndefined();
    await expect.poll(() => loaded).toBe(true);
    expect(cataloguesFor('en', () => undefined)?.en).toBe(enMessages);
  });
});
