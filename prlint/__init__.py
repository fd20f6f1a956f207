"""prlint: a linter and formatter for press releases."""

__version__ = "0.1.0"
