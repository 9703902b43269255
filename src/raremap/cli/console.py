"""The two consoles; emoji codes stay off, so that an id typed as ``ORPHA:abc:`` prints as typed."""

from rich.console import Console

console = Console(highlight=False, soft_wrap=False, emoji=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
