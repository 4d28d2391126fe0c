"""What can go wrong with an input, raised by the readers of each kind (`kg.ingest`,
`kg.jsonl`) and told by the pipeline one line each."""


class InputError(Exception):
    """An input that cannot be read; the message names it."""


class InputWarning(Exception):
    """An input that was read but holds nothing to extract."""
