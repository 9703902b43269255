"""The site's one de-identification detector, for every form (experiences, inquiries and
their publication, error reports): built once per process from the knowledge base (disease
names as allow-list) and the Presidio/spaCy model when installed. ``warm_up`` builds it
before the first request (in the gunicorn master, shared by the workers)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django import forms
from django.utils.crypto import constant_time_compare, salted_hmac

from raremap.privacy import Detector, Finding, build_detector, redact, segments
from raremap.web.knowledge import get_kb


@lru_cache(maxsize=1)
def detector() -> Detector:
    return build_detector(get_kb())


def findings(text: str) -> list[Finding]:
    return detector().find(text)


def highlight(text: str) -> list[tuple[str, str | None]]:
    return segments(text, findings(text))


def redacted(text: str) -> str:
    return redact(text, findings(text))


def confirmation_digest(text: str) -> str:
    """What the confirm step remembers of the text the writer saw highlighted: a keyed digest,
    so a confirmation holds for exactly that text (an edit is checked again)."""
    return salted_hmac("raremap.deid.confirm", text).hexdigest()


@dataclass
class PersonalCheck:
    kinds: list[str]  # kinds of personal data found, kept with the text (never the words)
    warning: list[tuple[str, str | None]] | None  # the text highlighted, when the writer must confirm first


class ConfirmPersonalForm(forms.Form):
    """The "personal data found, please confirm" step, for every form whose text is shown to
    others: when the detector finds something the writer has not confirmed yet, the view shows
    the text highlighted with :meth:`to_confirm`'s form; sending the same text again confirms,
    an edited text is checked again (``confirmed_text`` is the digest of the text confirmed)."""

    personal_field = "text"
    confirm_personal = forms.BooleanField(
        required=False, widget=forms.HiddenInput,
        label="I have checked the highlighted parts and want to post as it is")
    confirmed_text = forms.CharField(required=False, widget=forms.HiddenInput, max_length=128)

    def check_personal(self) -> PersonalCheck:
        text = self.cleaned_data[self.personal_field]
        found = findings(text)
        confirmed = self.cleaned_data.get("confirm_personal", False) and constant_time_compare(
            self.cleaned_data.get("confirmed_text") or "", confirmation_digest(text))
        return PersonalCheck(sorted({f.kind.value for f in found}),
                             segments(text, found) if found and not confirmed else None)

    def to_confirm(self) -> ConfirmPersonalForm:
        """The same form again, filled in, with the confirmation ticked for the next send."""
        text = self.cleaned_data[self.personal_field]
        return type(self)(initial={**self.cleaned_data, "confirm_personal": True,
                                   "confirmed_text": confirmation_digest(text)})
