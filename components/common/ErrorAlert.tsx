/** Why the last action failed, announced to screen readers; nothing at all while there is no failure. */
export function ErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
