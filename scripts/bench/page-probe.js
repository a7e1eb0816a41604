/* global window, URL */
/**
 * Runs in every frame of a benchmarked page before the page's own scripts, as plain JavaScript
 * that no build step rewrites. It notes when each watched element appears and when it is first
 * visible: a DOM change schedules a check at the next animation frame, where the time is read, so
 * a figure is the frame the user could first see it in. Times are milliseconds on the shared
 * clock (`performance.timeOrigin + performance.now()`), comparable across the page's frames.
 *
 * Called as `homeTurfProbe(targets)`, each target `{ key, selector, name? }`: an element matching
 * `selector` whose accessible name (aria-label, else aria-labelledby, else text) contains `name`.
 * A frame's document is probed once, by the browser's injection or by its parent: a frame that
 * navigates from its first, blank document keeps that window, and the browser does not inject
 * again, so each probed document also probes its same-origin frames' documents as they arrive.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the script that follows it
function homeTurfProbe(targets, win = window) {
  const { document, performance } = win;
  const probed = Symbol.for('home-turf-probe');
  if (document[probed] === true) return;
  document[probed] = true;
  const clock = () => performance.timeOrigin + performance.now();
  /** Per target: whether it is shown now, and every time it appeared and became visible. */
  const state = new Map(
    targets.map((t) => [t.key, { shown: false, pending: false, appeared: [], visible: [] }]),
  );

  const nameOf = (element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const ids = element.getAttribute('aria-labelledby');
    if (ids) {
      return ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    }
    return element.textContent ?? '';
  };
  const find = (target) =>
    Array.from(document.querySelectorAll(target.selector)).find(
      (element) => target.name === undefined || nameOf(element).includes(target.name),
    );

  let frameAsked = false;
  const onFrame = () => {
    frameAsked = false;
    const now = clock();
    for (const target of targets) {
      const s = state.get(target.key);
      if (!s.pending) continue;
      const element = find(target);
      if (element === undefined) {
        s.pending = false;
        continue;
      }
      if (!element.checkVisibility()) {
        askFrame();
        continue;
      }
      s.pending = false;
      s.shown = true;
      s.visible.push(now);
    }
  };
  const askFrame = () => {
    if (frameAsked) return;
    frameAsked = true;
    win.requestAnimationFrame(onFrame);
  };
  const onChange = () => {
    const now = clock();
    for (const target of targets) {
      const s = state.get(target.key);
      const present = find(target) !== undefined;
      if (present && !s.shown && !s.pending) {
        s.pending = true;
        s.appeared.push(now);
        askFrame();
      } else if (!present && (s.shown || s.pending)) {
        s.shown = false;
        s.pending = false;
      }
    }
  };
  /** Probes the frames' documents; true while one is still blank (its page not yet arrived). */
  const probeFrames = () => {
    let waiting = false;
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const child = frame.contentWindow;
        if (child === null || child.document.URL === 'about:blank') waiting = true;
        else homeTurfProbe(targets, child);
      } catch {
        // Another origin: not ours to probe.
      }
    }
    return waiting;
  };
  let framesWatched = false;
  const watchFrames = () => {
    if (framesWatched) return;
    framesWatched = true;
    const tick = () => {
      framesWatched = probeFrames();
      if (framesWatched) win.requestAnimationFrame(tick);
    };
    tick();
  };
  new win.MutationObserver(() => {
    onChange();
    if (document.querySelector('iframe') !== null) watchFrames();
  }).observe(document, { childList: true, subtree: true });

  win.homeTurfBench = {
    /** Every appearance so far, per target key. */
    marks: () =>
      Object.fromEntries(
        Array.from(state, ([key, s]) => [key, { appeared: s.appeared, visible: s.visible }]),
      ),
    /** Clicks the first `selector` whose accessible name starts with `prefix`; returns when. */
    choose: (selector, prefix) => {
      const element = Array.from(document.querySelectorAll(selector)).find((e) =>
        nameOf(e).startsWith(prefix),
      );
      if (element === undefined) throw new Error(`Nothing to choose: ${selector} "${prefix}…"`);
      const at = clock();
      element.click();
      return at;
    },
    /** First Contentful Paint on the shared clock, or null before there is one. */
    firstContentfulPaint: () => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return paint === undefined ? null : performance.timeOrigin + paint.startTime;
    },
    /** Scripts this frame loaded, each with when its last byte arrived. */
    scripts: () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, end: performance.timeOrigin + entry.responseEnd })),
    /** Now, on the shared clock. */
    now: clock,
    /** When this frame's navigation started, on the shared clock. */
    timeOrigin: () => performance.timeOrigin,
  };
}
