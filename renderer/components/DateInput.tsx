import { useId, useState, type FocusEventHandler } from 'react';
import { isIsoDate } from '../../shared/text/dates';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A date typed and shown as ÅÅÅÅ-MM-DD whatever the browser's or the system's locale (a
 * native date field shows mm/dd/yyyy under an English system). What is being typed stays
 * in the field; `onValue` hears only a whole date or an empty field, so nothing half-typed
 * is saved, and a date that is not one is marked and explained.
 */
export function DateInput(props: {
  id?: string;
  value: string;
  onValue: (value: string) => void;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  required?: boolean;
  'aria-label'?: string;
}) {
  const { value, onValue } = props;
  const { t } = useI18n();
  const hintId = useId();
  const [text, setText] = useState(value);
  // A value set from outside (a reload, a replace) shows, unless the person is mid-way through typing another.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (text === '' || isIsoDate(text)) setText(value);
  }
  const invalid = text !== '' && !isIsoDate(text);
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('datePlaceholder')}
        maxLength={10}
        value={text}
        required={props.required}
        aria-label={props['aria-label']}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next === '' || isIsoDate(next)) onValue(next);
        }}
        onBlur={props.onBlur}
      />
      {invalid && (
        <span id={hintId} className="field-hint error">
          {t('dateInvalid')}
        </span>
      )}
    </>
  );
}
