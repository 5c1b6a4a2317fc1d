import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface DialogProps {
  title: string;
  children: ComponentChildren;
  /** Escape pressed: the caller decides what "cancel" means and unmounts the dialog. */
  onCancel: () => void;
}

/**
 * A modal dialog in the page (never window.confirm): the browser's own
 * <dialog>, so focus stays inside it while open, Escape cancels, and focus
 * goes back to the control that opened it when it closes. Put `autofocus` on
 * the safe choice.
 */
export function Dialog({ title, children, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
