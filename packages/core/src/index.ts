export { defineElement } from './define.js';
export {
  LanguageController,
  closestLanguageTag,
  defaultLanguage,
  resolveLanguage,
  supportedLanguages,
  toSupportedLanguage,
  type Language,
} from './language.js';
export { formatMessage, resolveMessages, type Catalogue, type Catalogues, type StringOverrides } from './messages.js';
export {
  dateFormat,
  defaultTimeZone,
  formatDate,
  formatNumber,
  isValidTimeZone,
  parseDate,
  resolveTimeZone,
  type DateFormatOptions,
  type NumberFormatOptions,
} from './format.js';
export { absoluteUrl, allowedUrlSchemes, checkedUrl, isExternalUrl, safeUrl } from './url.js';
export { jsonAttribute, parseJsonAttribute, type JsonAttributeOptions } from './json-attribute.js';
export { numberAttribute } from './number-attribute.js';
export { describeInvalidInput, reportInvalidInput, type InvalidInput } from './report.js';
export { choice, wholeNumber, type ChoiceOptions, type WholeNumberOptions } from './choice.js';
export * from './tokens.js';
export * from './styles.js';
export { jsonLdPolicyName, serializeJsonLd, writeJsonLd, writeStructuredData } from './json-ld.js';
export { trustedPolicy, type TrustedPolicy, type TrustedPolicyRules } from './trusted-types.js';
export { canParseXml, parseXml, xmlPolicyName } from './xml.js';
export {
  FetchFailure,
  fetchFailureKinds,
  fetchJson,
  fetchText,
  looksLikeHtmlDocument,
  parseRetryAfter,
  retryDelay,
  type FetchedText,
  type FetchFailureDetails,
  type FetchFailureKind,
  type FetchPolicy,
} from './fetch.js';
export { ResourceController, resourceStatuses, type ResourceStatus } from './resource-controller.js';
export { cleanText, toNFC } from './text.js';
export {
  elapsedTime,
  formatRelativeTime,
  type ElapsedTime,
  type RelativeTimeOptions,
  type RelativeTimeUnit,
} from './relative-time.js';
export { guardedLocalStorage, guardedStorage, type GuardedStorage } from './storage.js';
export { version } from './version.js';
