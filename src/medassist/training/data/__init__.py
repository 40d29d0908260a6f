"""Data: the canonical QA record, readers for each input format, cleaning, splitting, chat formatting."""
