"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export interface Tab {
  label: string;
  content: ReactNode;
}

/**
 * WAI-ARIA tabs: one tab in the page's tab order, arrows (and Home/End) move between tabs and
 * show their panel. The panels are rendered by the caller, on the server if it likes.
 */
export function Tabs({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const [selected, setSelected] = useState(0);
  const id = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent) {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: selected === last ? 0 : selected + 1,
      ArrowLeft: selected === 0 ? last : selected - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
    refs.current[next]?.focus();
  }

  return (
    <div className="flex flex-col gap-2">
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-surface-line">
        {tabs.map((tab, index) => (
          <button
            key={tab.label}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${id}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => setSelected(index)}
            onKeyDown={onKeyDown}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium aria-selected:border-brand-600 aria-selected:text-brand-700"
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.label}
          role="tabpanel"
          id={`${id}-panel-${index}`}
          aria-labelledby={`${id}-tab-${index}`}
          hidden={index !== selected}
          tabIndex={0}
          className="text-sm"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
