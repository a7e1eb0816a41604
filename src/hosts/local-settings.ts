import type { HostSettings } from './host';

const PREFIX = 'home-turf:';

/**
 * Settings in the page's local storage (Teams, the browser): kept on this device for this origin.
 * A storage the browser refuses (private mode, a blocked iframe) leaves no settings rather than an
 * error: they only save the advisor a choice.
 */
export function localSettings(page: Pick<Window, 'localStorage'> = globalThis): HostSettings | undefined {
  let storage: Storage;
  try {
    // Reading the property itself throws where the browser blocks storage for the frame.
    storage = page.localStorage;
    storage.getItem(`${PREFIX}probe`);
  } catch {
    return undefined;
  }
  return {
    get(name) {
      try {
        const raw = storage.getItem(PREFIX + name);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        return undefined;
      }
    },
    set(name, value) {
      try {
        if (value === undefined) storage.removeItem(PREFIX + name);
        else storage.setItem(PREFIX + name, JSON.stringify(value));
        return Promise.resolve();
      } catch (error: unknown) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
