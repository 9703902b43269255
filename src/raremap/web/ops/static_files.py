"""whitenoise, with STATIC_ROOT created when the middleware starts (first use), not when
the settings are imported: whitenoise warns about a missing folder, and files are served
from the apps' static/ folders (WHITENOISE_USE_FINDERS), so the folder may stay empty."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from whitenoise.middleware import WhiteNoiseMiddleware


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    def __init__(self, get_response=None) -> None:
        if settings.STATIC_ROOT:
            Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
        super().__init__(get_response)
