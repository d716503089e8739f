import type { Catalogue, Catalogues, Language } from '@portal-widgets/core';

const vi = {
  /** Heading of the panel. */
  title: 'Thời tiết',
  /** Label of the chooser shown with `locations`. */
  place: 'Địa điểm',
  /** Current temperature; `{value}` is a number. */
  temperature: '{value}°C',
  /** A daily minimum or maximum; `{value}` is a number. */
  dailyTemperature: '{value}°',
  humidity: 'Độ ẩm',
  /** `{value}` is a number. */
  humidityValue: '{value}%',
  wind: 'Gió',
  windKmh: '{value} km/h',
  windMs: '{value} m/s',
  /** Accessible name of the daily list; `{days}` is their number. */
  forecast: 'Dự báo {days} ngày',
  today: 'Hôm nay',
  /** Read before the daily minimum and maximum. */
  low: 'Thấp nhất',
  high: 'Cao nhất',
  /** Time of the data; `{time}` is "14:00", or "09:00 27/11" for an earlier day. */
  updated: 'Cập nhật lúc {time}',
  /** Cached data shown after a failed update. */
  stale: 'Dữ liệu lúc {time}, chưa cập nhật được.',
  loading: 'Đang tải dữ liệu thời tiết…',
  loaded: 'Đã tải dữ liệu thời tiết.',
  error: 'Không tải được dữ liệu thời tiết.',
  offline: 'Không có kết nối mạng, chưa tải được dữ liệu.',
  retry: 'Thử lại',
  /** Nothing to show: no valid place was given, or the source had nothing usable for it. */
  noData: 'Chưa có số liệu thời tiết.',
  /** Credit required by the data's licence; `{source}` is the linked name. */
  attribution: 'Dữ liệu thời tiết: {source}',
  wmo0: 'Trời quang',
  wmo1: 'Ít mây',
  wmo2: 'Có mây',
  wmo3: 'Nhiều mây',
  wmo45: 'Sương mù',
  wmo48: 'Sương mù đóng băng',
  wmo51: 'Mưa phùn nhẹ',
  wmo53: 'Mưa phùn',
  wmo55: 'Mưa phùn dày',
  wmo56: 'Mưa phùn băng giá nhẹ',
  wmo57: 'Mưa phùn băng giá',
  wmo61: 'Mưa nhỏ',
  wmo63: 'Mưa vừa',
  wmo65: 'Mưa to',
  wmo66: 'Mưa băng giá nhẹ',
  wmo67: 'Mưa băng giá',
  wmo71: 'Tuyết rơi nhẹ',
  wmo73: 'Tuyết rơi',
  wmo75: 'Tuyết rơi dày',
  wmo77: 'Tuyết hạt',
  wmo80: 'Mưa rào nhẹ',
  wmo81: 'Mưa rào',
  wmo82: 'Mưa rào rất to',
  wmo85: 'Mưa tuyết nhẹ',
  wmo86: 'Mưa tuyết',
  wmo95: 'Dông',
  wmo96: 'Dông kèm mưa đá',
  wmo99: 'Dông kèm mưa đá lớn',
  /** A code outside the WMO table. */
  wmoUnknown: 'Không rõ thời tiết',
} as const;

export type WeatherMessageKey = keyof typeof vi;

/** The Vietnamese catalogue, always loaded: the default language of the portals. */
export const viMessages: Catalogue<WeatherMessageKey> = vi;

let english: Catalogue<WeatherMessageKey> | undefined;
let englishLoad: Promise<void> | undefined;

/**
 * The catalogues, once the one for `language` is here. English is loaded on first use (most portal
 * pages are Vietnamese): until then this returns `undefined` and calls `onLoad` when it arrives. If
 * it cannot be loaded, Vietnamese stands in.
 */
export function cataloguesFor(language: Language, onLoad: () => void): Catalogues<WeatherMessageKey> | undefined {
  if (language === 'en' && english === undefined) {
    englishLoad ??= import('./messages-en.js').then(
      (module) => {
        english = module.enMessages;
      },
      () => {
        english = vi;
      },
    );
    void englishLoad.then(onLoad);
    return undefined;
  }
  return { vi, en: english ?? vi };
}
