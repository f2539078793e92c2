// The outcome line under an options form (saved / what is wrong), announced to screen readers.
export type FormMessage = { kind: 'ok' | 'error'; text: string };

/** The outcome of a form, announced to screen readers. */
export function StatusMessage({ message }: { message: FormMessage | undefined }) {
  return (
    <p class={`message message--${message?.kind ?? 'ok'}`} role="status">
      {message?.text}
    </p>
  );
}
