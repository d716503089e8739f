import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkApiBase, resolveSource } from '../src/custom-source.js';
import { OpenMeteoProvider } from '../src/open-meteo.js';
import type { WeatherProvider } from '../src/provider.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const kttv: WeatherProvider = {
  id: 'kttv',
  attribution: { source: 'Trung tâm Dự báo KTTV quốc gia', href: 'https://nchmf.gov.vn/' },
  load: () => Promise.resolve([]),
};

describe('checkApiBase', () => {
  it('accepts http(s) and relative addresses', () => {
    expect(checkApiBase('https://meteo.tinh.gov.vn')).toBe('https://meteo.tinh.gov.vn');
    expect(checkApiBase('/thoi-tiet')).toBe('/thoi-tiet');
    expect(checkApiBase(undefined)).toBe('https://api.open-meteo.com');
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.vn', 'data:text/plain,x'])('refuses %s with one warning', (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(checkApiBase(value)).toBe('https://api.open-meteo.com');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('<pw-weather-panel> api-base');
  });
});

describe('resolveSource', () => {
  it('uses a site`s provider as it is', () => {
    expect(resolveSource(kttv, 'https://ignored.example')).toBe(kttv);
  });

  it('keeps the credit of a provider with an unsafe link, as text only', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn(() => Promise.resolve([]));
    const provider = { ...kttv, attribution: { source: 'KTTV', href: 'javascript:alert(1)' }, load };
    const resolved = resolveSource(provider, undefined);

    expect(resolved.attribution).toEqual({ source: 'KTTV', href: '' });
    expect(resolved.id).toBe('kttv');
    await resolved.load({ places: [], days: 3, timeZone: 'Asia/Ho_Chi_Minh' }, new AbortController().signal);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports something that is not a provider and uses Open-Meteo', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const resolved = resolveSource({ id: 'x' }, '/thoi-tiet');
    expect(resolved).toBeInstanceOf(OpenMeteoProvider);
    expect(resolved.id).toBe('open-meteo /thoi-tiet');
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toContain('<pw-weather-panel> provider: not a weather provider');
  });
});
