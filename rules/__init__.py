"""prlint's built-in rules: one module per rule (installed as `prlint.rules`)."""
