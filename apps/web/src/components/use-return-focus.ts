import { useEffect } from 'react';

/**
 * Gives focus back to the control that opened a dialog once the dialog is gone. Mantine's Modal returns
 * focus only when its `opened` goes from true to false; most of our dialogs are mounted while open and
 * unmounted to close, which left focus on the page's body (a keyboard user had to start again from the top).
 * The opener is what had focus when the dialog appeared (Mantine moves focus into it a tick later).
 */
export function useReturnFocus(opened = true): void {
  useEffect(() => {
    if (!opened) return;
    const opener = document.activeElement;
    if (!(opener instanceof HTMLElement)) return;
    // Only the opener's own document is read later: the page (or a test's DOM) may be gone by then.
    const doc = opener.ownerDocument;
    return () => {
      doc.defaultView?.setTimeout(() => {
        const now = doc.activeElement;
        if (opener.isConnected && (now === null || now === doc.body)) opener.focus({ preventScroll: true });
      }, 10);
    };
  }, [opened]);
}
