import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

interface RenameFormProps {
  title: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}

/** A set's title as an editable field: Enter saves, Escape or Cancel keeps the old title. */
export function RenameForm({ title, onSave, onCancel }: RenameFormProps) {
  const [value, setValue] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  return (
    <form
      class="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') onSave(value);
      }}
    >
      <label>
        {t('options_renameLabel')}
        <input
          ref={input}
          type="text"
          value={value}
          required
          maxLength={300}
          onInput={(event) => setValue(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && onCancel()}
        />
      </label>
      <button type="submit" class="primary">
        {t('options_renameSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common_cancel')}
      </button>
    </form>
  );
}
