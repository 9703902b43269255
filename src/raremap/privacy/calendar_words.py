"""Month, weekday and holiday names: never a person's name or a town on their own."""

from __future__ import annotations

CALENDAR_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
mon tue tues wed thu thur thurs fri
""".split())
