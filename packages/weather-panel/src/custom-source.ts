// Loaded only when a page sets `api-base` or `provider`: checking them needs the shared URL check.
import { checkedUrl, reportInvalidInput } from '@portal-widgets/core';
import { OpenMeteoProvider, openMeteoApiBase } from './open-meteo.js';
import type { WeatherProvider } from './provider.js';
import { tagName } from './tag.js';

const isProvider = (value: unknown): value is WeatherProvider =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WeatherProvider).load === 'function' &&
  typeof (value as WeatherProvider).id === 'string';

/** `api-base` when it is an http(s) or relative URL (a proxy on the site), else Open-Meteo's own with a warning. */
export function checkApiBase(value: unknown): string {
  if (value === undefined || value === null || value === '') return openMeteoApiBase;
  const url = checkedUrl(value, tagName, 'api-base', openMeteoApiBase);
  if (url === undefined) return openMeteoApiBase;
  if (!/^(?:mailto|tel):/i.test(url)) return url;
  reportInvalidInput('warn', {
    element: tagName,
    attribute: 'api-base',
    value,
    problem: 'not a web address',
    allowed: 'an http:, https: or relative URL',
    fallback: openMeteoApiBase,
  });
  return openMeteoApiBase;
}

/**
 * The source a panel uses: the site's `provider` when it is one (its attribution link passed
 * through the shared URL check), otherwise Open-Meteo at `api-base`.
 */
export function resolveSource(provider: unknown, apiBase: unknown): WeatherProvider {
  if (isProvider(provider)) {
    const { attribution } = provider;
    if (attribution === undefined) return provider;
    const href = checkedUrl(attribution.href, tagName, 'provider.attribution.href', 'the credit without a link');
    if (href !== undefined) return provider;
    // Keep the credit as text: a link the check refused is never rendered.
    return {
      id: provider.id,
      attribution: { source: String(attribution.source), href: '' },
      load: (request, signal) => provider.load(request, signal),
    };
  }
  if (provider !== undefined && provider !== null) {
    reportInvalidInput('error', {
      element: tagName,
      attribute: 'provider',
      value: provider,
      problem: 'not a weather provider',
      allowed: 'an object with an id string and a load(request, signal) method',
      fallback: 'Open-Meteo',
    });
  }
  return new OpenMeteoProvider({ apiBase: checkApiBase(apiBase) });
}
