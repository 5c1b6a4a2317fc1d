interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** The id of an element that says what the switch applies to, when the label alone does not. */
  describedBy?: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch that is a real checkbox underneath, so keyboards and screen readers get it for free. */
export function Switch({ label, checked, disabled = false, describedBy, onChange }: SwitchProps) {
  return (
    <label class="switch">
      <span class="switch-label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </label>
  );
}
