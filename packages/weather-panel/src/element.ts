// The class without registering it, the data model and the provider interface: for subclassing,
// scoped custom element registries and sites that plug in their own weather source.
export { WeatherPanel } from './weather-panel.js';
export type { CurrentConditions, DailyForecast, Place, PlaceForecast } from './forecast.js';
export type { Attribution, WeatherProvider, WeatherRequest } from './provider.js';
export { OpenMeteoProvider, openMeteoApiBase, type OpenMeteoOptions } from './open-meteo.js';
export { weatherCodes, type WeatherCode } from './weather-codes.js';
export { windUnits, type WindUnit } from './options.js';
export type { WeatherMessageKey } from './messages.js';
