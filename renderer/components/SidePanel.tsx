import type { ReactNode } from 'react';

/** A panel beside the document (history, contributions): a heading, a close button, its content. */
export function SidePanel(props: {
  headingId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`history-panel${props.className ? ` ${props.className}` : ''}`} aria-labelledby={props.headingId}>
      <div className="history-head">
        <h2 id={props.headingId}>{props.title}</h2>
        <button type="button" onClick={props.onClose} aria-label={props.closeLabel}>
          ×
        </button>
      </div>
      {props.children}
    </aside>
  );
}
