"""One exception type for every problem the user can fix; the CLI prints it without a traceback."""


class MedAssistError(Exception):
    """A user-facing error: bad input, a missing model, a refused evaluation. Exit code 2."""
