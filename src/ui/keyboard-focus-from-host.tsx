import { useFluent } from '@fluentui/react-components';
import { useSetKeyboardNavigation } from '@fluentui/react-tabster';
import { useEffect } from 'react';

/** A pointer this recent brought the focus, not the keyboard. */
const POINTER_MS = 1000;

/**
 * Keeps Fluent's focus ring when the keyboard brings the focus in from the host. Fluent draws its
 * ring only after it has seen a key pressed in this document, but a pane or tab framed by Outlook
 * or Teams gets its first focus from a Tab pressed in the host's document: the first control
 * focused in it showed no ring at all. The browser knows how the focus came (`:focus-visible`), so
 * when focus arrives from outside this document with no pointer involved, Fluent is told to follow.
 * Render it once inside the FluentProvider.
 */
export function KeyboardFocusFromHost(): null {
  const { targetDocument } = useFluent();
  const setKeyboardNavigation = useSetKeyboardNavigation();
  useEffect(() => {
    const win = targetDocument?.defaultView;
    if (targetDocument === undefined || win === null || win === undefined) return;
    let lastPointer = Number.NEGATIVE_INFINITY;
    const onPointer = () => {
      lastPointer = win.performance.now();
    };
    const onFocusIn = (event: FocusEvent) => {
      // Focus that moved within this document names where it came from; the host's does not.
      if (event.relatedTarget !== null || !(event.target instanceof win.Element)) return;
      if (win.performance.now() - lastPointer < POINTER_MS) return;
      if (event.target.matches(':focus-visible')) setKeyboardNavigation(true);
    };
    targetDocument.addEventListener('pointerdown', onPointer, true);
    targetDocument.addEventListener('focusin', onFocusIn, true);
    return () => {
      targetDocument.removeEventListener('pointerdown', onPointer, true);
      targetDocument.removeEventListener('focusin', onFocusIn, true);
    };
  }, [targetDocument, setKeyboardNavigation]);
  return null;
}
