import { defineElement } from '@portal-widgets/core';
import { tagName } from './tag.js';
import { version } from './version.js';
import { WeatherPanel } from './weather-panel.js';

defineElement(tagName, WeatherPanel, version);

declare global {
  interface HTMLElementTagNameMap {
    'pw-weather-panel': WeatherPanel;
  }
}
