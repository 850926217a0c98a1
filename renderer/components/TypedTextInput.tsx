import type { TypedSave } from './use-typed-save';

/** A text field whose value is saved as it is typed (see use-typed-save.ts): shown at once, written after the pause or on blur. */
export function TypedTextInput({
  value,
  onValue,
  typed,
}: {
  value: string;
  onValue: (value: string) => void;
  typed: TypedSave<string>;
}) {
  return (
    <input
      type="text"
      value={value}
      onChange={(e) => {
        onValue(e.target.value);
        typed.change(e.target.value);
      }}
      onBlur={typed.flush}
    />
  );
}
