import './define.js';

export * from './element.js';
