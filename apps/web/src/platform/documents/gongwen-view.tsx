import { useEffect, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import './gongwen.css';

type Props = {
  /** The server's rendered fragment (`<article class="gongwen">…`); it escapes every text it puts in. */
  html: string;
  /** Public copies show figures as plain text; staff copies highlight them as links to their records. */
  plain?: boolean;
  /** Tooltip of a linked figure, from its indicator id. */
  figureTitle?: (indicatorId: string) => string | undefined;
};

/** Same-site paths only: everything else keeps the browser's own behaviour. */
function internalHref(a: HTMLAnchorElement | null): string | undefined {
  const href = a?.getAttribute('href');
  return href?.startsWith('/') && !href.startsWith('//') ? href : undefined;
}

/**
 * A report on screen as on paper (GB/T 9704: 仿宋 text, centred 小标宋 title, indented paragraphs). Links of figures
 * open the drill-down page inside the app instead of reloading it.
 */
export function GongwenView({ html, plain, figureTitle }: Props) {
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!figureTitle || !ref.current) return;
    for (const a of ref.current.querySelectorAll<HTMLAnchorElement>('a.figure[data-indicator]')) {
      const title = figureTitle(a.dataset.indicator ?? '');
      if (title) a.title = title;
    }
  }, [html, figureTitle]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    // Ctrl/⌘-click and middle click still open a new tab.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const href = internalHref((e.target as HTMLElement).closest('a'));
    if (!href) return;
    e.preventDefault();
    navigate(href);
  };

  // The click handler only routes clicks on the fragment's own links, which the keyboard reaches and activates itself.
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <div
      ref={ref}
      className={plain ? 'gongwen-paper gongwen-plain' : 'gongwen-paper'}
      onClick={onClick}
      // The fragment comes from our own renderer, which escapes all text (platform/documents/html.ts on the server).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
