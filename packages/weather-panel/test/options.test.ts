import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  maxLocations,
  normalizeCoordinate,
  normalizeSinglePlace,
  normalizeWholeNumber,
  normalizeWindUnit,
  readCoordinate,
} from '../src/options.js';
import { normalizeLocations } from '../src/locations.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The warnings logged; the wording loads on demand, so they arrive a moment later. */
function captureWarnings(): string[] {
  const warnings: string[] = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
  return warnings;
}

/** Lets any warning already on its way arrive: its wording module is then loaded, and a task passes. */
async function settle(): Promise<void> {
  await import('../src/option-reports.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('readCoordinate', () => {
  it.each([
    ['21.0285', 21.0285],
    [' -33.8679 ', -33.8679],
    ['+105', 105],
    [16.4637, 16.4637],
  ])('reads %j', (value, expected) => {
    expect(readCoordinate(value)).toBe(expected);
  });

  it.each(['20,42', '21.0285°', '1e2', '', 'Hà Nội', null, Number.NaN, Infinity, {}])('refuses %j', (value) => {
    expect(readCoordinate(value)).toBeUndefined();
  });
});

describe('normalizeCoordinate', () => {
  it('accepts a coordinate in range silently', async () => {
    const warnings = captureWarnings();
    expect(normalizeCoordinate('-90', 'latitude')).toBe(-90);
    expect(normalizeCoordinate(180, 'longitude')).toBe(180);
    expect(normalizeCoordinate(undefined, 'latitude')).toBeUndefined();
    await settle();
    expect(warnings).toEqual([]);
  });

  it('names a decimal comma once, and uses no place (it would ask for two)', async () => {
    const warnings = captureWarnings();
    expect(normalizeCoordinate('20,42', 'latitude')).toBeUndefined();
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toBe(
      '<pw-weather-panel> latitude: not a decimal number with a dot in 20,42. Allowed: decimal degrees from -90 to 90 with a dot, e.g. 21.0285. Using no place (the panel says none is chosen).',
    );
  });

  it('names an out-of-range value', async () => {
    const warnings = captureWarnings();
    expect(normalizeCoordinate(200, 'longitude')).toBeUndefined();
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toContain('<pw-weather-panel> longitude: out of range in 200');
  });
});

describe('normalizeSinglePlace', () => {
  it('gives the place with its name in NFC, trimmed', () => {
    expect(normalizeSinglePlace('21.0285', '105.8542', '  Ha\u0300 No\u0323\u0302i ')).toEqual({
      name: 'Hà Nội',
      latitude: 21.0285,
      longitude: 105.8542,
    });
  });

  it('is silent without coordinates, as before a script sets them', async () => {
    const warnings = captureWarnings();
    expect(normalizeSinglePlace(undefined, null, 'Huế')).toBeUndefined();
    await settle();
    expect(warnings).toEqual([]);
  });

  it('names the missing half', async () => {
    const warnings = captureWarnings();
    expect(normalizeSinglePlace('21.03', undefined, undefined)).toBeUndefined();
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toContain('<pw-weather-panel> longitude: missing');
  });
});

describe('normalizeLocations', () => {
  const hue = { name: 'Huế', latitude: 16.4637, longitude: 107.5909 };

  it('keeps valid places, numbers given as text included', () => {
    expect(normalizeLocations([hue, { name: 'A Lưới', latitude: '16.2833', longitude: '107.2357' }])).toEqual([
      hue,
      { name: 'A Lưới', latitude: 16.2833, longitude: 107.2357 },
    ]);
  });

  it('leaves out invalid entries and names them in one warning', async () => {
    const warnings = captureWarnings();
    const places = normalizeLocations([
      hue,
      { name: '', latitude: 1, longitude: 1 },
      { name: 'Xa', latitude: 95, longitude: 0 },
      'Huế',
    ]);
    expect(places).toEqual([hue]);
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toContain('locations: invalid entries at 1, 2, 3');
    expect(warnings[0]).toContain('Using the first 1 valid places.');
  });

  it('treats something that is not an array as invalid', async () => {
    const warnings = captureWarnings();
    expect(normalizeLocations({ name: 'Huế' })).toBeUndefined();
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toContain('Using latitude and longitude, if given.');
  });

  it(`keeps at most ${maxLocations} places`, async () => {
    const warnings = captureWarnings();
    const many = Array.from({ length: 60 }, (_, index) => ({ ...hue, name: `Nơi ${index}` }));
    expect(normalizeLocations(many)).toHaveLength(maxLocations);
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toContain(`more than ${maxLocations} places`);
  });
});

describe('normalizeWholeNumber and normalizeWindUnit', () => {
  it('accepts days from 0 to 7 and refresh from 5 to 1440 minutes', () => {
    expect([0, 7].map((days) => normalizeWholeNumber(days, 'days'))).toEqual([0, 7]);
    expect([5, 1440].map((minutes) => normalizeWholeNumber(minutes, 'refresh'))).toEqual([5, 1440]);
    expect(normalizeWholeNumber(undefined, 'days')).toBe(3);
    expect(normalizeWholeNumber(null, 'refresh')).toBe(30);
  });

  it.each([
    ['days', 8, 'out of range', 3],
    ['days', 2.5, 'not a whole number', 3],
    ['days', Number.NaN, 'not a whole number', 3],
    ['refresh', 1, 'out of range', 30],
  ] as const)('falls back for %s = %s with a warning', async (attribute, value, problem, fallback) => {
    const warnings = captureWarnings();
    expect(normalizeWholeNumber(value, attribute)).toBe(fallback);
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toContain(`<pw-weather-panel> ${attribute}: ${problem}`);
  });

  it('accepts kmh and ms, and falls back to kmh with a warning', () => {
    const warnings = captureWarnings();
    expect(normalizeWindUnit('ms')).toBe('ms');
    expect(normalizeWindUnit(undefined)).toBe('kmh');
    expect(normalizeWindUnit('mph')).toBe('kmh');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('wind-unit');
  });
});
