import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const supportedLanguages = ['vi', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'vi';

/** Maps a BCP 47 tag (`vi-VN`, `EN_us`) to a supported language, or `undefined`. */
export function toSupportedLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return supportedLanguages.find((language) => language === primary);
}

/** The closest non-empty `lang` from the element up, crossing shadow roots, ending at `<html>`. */
export function closestLanguageTag(element: Element): string | undefined {
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag) return tag;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return element.ownerDocument.documentElement.getAttribute('lang') || undefined;
}

/**
 * Own `lang` → closest `[lang]` ancestor → `<html lang>` → Vietnamese. A language the widgets do not
 * speak (`fr` inside an English page) defers to the next ancestor that names one they do.
 */
export function resolveLanguage(element: Element): Language {
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element) {
      const language = toSupportedLanguage(node.getAttribute('lang'));
      if (language !== undefined) return language;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return toSupportedLanguage(element.ownerDocument.documentElement.getAttribute('lang')) ?? defaultLanguage;
}

// One observer for every widget on the page: it watches `lang` in the document and in each shadow
// root that holds a widget, and asks every connected controller to re-resolve.
const connected = new Set<LanguageController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observeRootsOf(element: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  let root = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Keeps a widget's language in step with its own `lang`, its ancestors' and the document's,
 * and re-renders the host when it changes.
 */
export class LanguageController implements ReactiveController {
  /** The language the host renders in. */
  language: Language = defaultLanguage;

  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    observeRootsOf(this.host);
    // Through refresh(): a host moved while disconnected must re-render in its new language.
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-resolves the language; requests an update only when it changed. */
  refresh(): void {
    const next = resolveLanguage(this.host);
    if (next !== this.language) {
      this.language = next;
      this.host.requestUpdate();
    }
  }
}
