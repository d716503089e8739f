export const tagName = 'pw-weather-panel';
