import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** A card the header links to by `/#<hash>`: once its data is in, it is scrolled into view. */
export function useHashAnchor(hash: string, ready: boolean) {
  const location = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (location.hash === `#${hash}` && ready) ref.current?.scrollIntoView({ block: 'start' });
  }, [location.key, location.hash, hash, ready]);
  return ref;
}
