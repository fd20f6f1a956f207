"""`python -m prlint`, the same as the `prlint` command."""

from prlint.launch import main

main()
