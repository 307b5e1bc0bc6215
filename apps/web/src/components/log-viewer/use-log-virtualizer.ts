import { useEffect, type RefObject } from 'react';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';

/** One unwrapped row: 13 px monospace at line-height 1.5. */
export const rowHeight = 20;

// A scroll box that has not been laid out yet (an inactive tab, a test DOM) measures 0 px tall and
// would render no rows at all; a window's height is a fair guess until a real size arrives.
function observeRectOrWindow(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: instance.targetWindow?.innerHeight ?? 0 }),
  );
}

export function useLogVirtualizer(scrollRef: RefObject<HTMLDivElement | null>, count: number, wrap: boolean) {
  // This build has no React Compiler, so nothing memoises around the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 15,
    observeElementRect: observeRectOrWindow,
  });

  // Row heights measured in one mode are wrong in the other.
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, wrap]);

  return virtualizer;
}
