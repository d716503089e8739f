import { describe, expect, it } from 'vitest';
import { describeProblems } from '../src/diagnose.js';
import { openMeteoPlace } from './fixtures/open-meteo.js';

describe('describeProblems', () => {
  it('finds nothing wrong in a complete answer', () => {
    expect(describeProblems(openMeteoPlace(), 1, 3)).toEqual([]);
  });

  it('names null values, wrong types, missing blocks and short lists by their path', () => {
    const answer = openMeteoPlace() as { current: Record<string, unknown>; daily: Record<string, unknown> };
    answer.current.temperature_2m = null;
    answer.current.weather_code = '3';
    answer.daily.temperature_2m_min = [20];
    answer.daily.weather_code = 'mưa';
    expect(describeProblems(answer, 1, 3)).toEqual([
      'answer.current.temperature_2m is null',
      'answer.current.weather_code is "3"',
      'answer.daily.weather_code is "mưa"',
      'answer.daily.temperature_2m_min has 1 of 3 days',
    ]);
  });

  it('names missing places in a list by their index', () => {
    expect(describeProblems([openMeteoPlace(), null], 2, 3)).toEqual(['[1] is not an object']);
    expect(describeProblems([openMeteoPlace()], 2, 0)).toEqual(['expected 2 place(s), got 1', '[1] is missing']);
  });

  it('does not look for daily values when none were asked for', () => {
    const answer = openMeteoPlace();
    Reflect.deleteProperty(answer, 'daily');
    expect(describeProblems(answer, 1, 0)).toEqual([]);
  });
});
