import { createComponent } from '@lit/react';
import * as React from 'react';
import { WeatherPanel } from '@portal-widgets/weather-panel';

/** `<pw-weather-panel>` for React: `locations` as an array, a custom source through `provider`. */
export const PwWeatherPanel = createComponent({
  tagName: 'pw-weather-panel',
  elementClass: WeatherPanel,
  react: React,
  displayName: 'PwWeatherPanel',
});
