interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off switch that is a real checkbox underneath, so keyboards and screen readers get it for free. */
export function Switch({ label, checked, disabled = false, onChange }: SwitchProps) {
  return (
    <label class="switch">
      <span class="switch-label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
    </label>
  );
}
