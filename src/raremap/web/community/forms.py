from __future__ import annotations

import re

from django import forms

from raremap.web.community import aggregates
from raremap.web.community.countries import country_choices
from raremap.web.community.models import EXPERIENCE_MAX_CHARS, REASON_MAX_CHARS, Membership
from raremap.web.deid import ConfirmPersonalForm

TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")


class JoinForm(forms.Form):
    role = forms.ChoiceField(label="I am a", choices=Membership.Role.choices, widget=forms.RadioSelect)
    country = forms.ChoiceField(label="Country (optional)", required=False)
    share_country = forms.BooleanField(required=False, template_name="community/_checkbox_field.html")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—"), *country_choices()]
        # The threshold the map applies, in the words the map uses ("a country appears from 11 members").
        self.fields["share_country"].label = (
            "Count me on the community's country map (country only, never finer; a country "
            f"appears only from {aggregates.minimum()} members)")


class ExperienceForm(ConfirmPersonalForm):
    text = forms.CharField(
        label="Your experience", max_length=EXPERIENCE_MAX_CHARS, min_length=20,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": EXPERIENCE_MAX_CHARS}),
        help_text=f"Plain text, up to {EXPERIENCE_MAX_CHARS} characters. Write in the first person and "
                  "leave out names, places, dates and anything else that could identify you or others.")

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if TAG.search(text):
            raise forms.ValidationError("Posts are plain text: please remove the markup (<...>).")
        return text


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Reason", max_length=REASON_MAX_CHARS, min_length=3,
                             widget=forms.TextInput(attrs={"maxlength": REASON_MAX_CHARS}))


class SymptomForm(forms.Form):
    """Ticked symptoms of the disease plus extra HPO ids added through autocomplete."""

    def __init__(self, *args, choices: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["symptoms"] = forms.MultipleChoiceField(
            label="Symptoms I have", choices=choices, required=False,
            widget=forms.CheckboxSelectMultiple)
        self.fields["extra"] = forms.CharField(
            label="Other symptoms (HPO ids, added with the search box)", required=False,
            max_length=2000, widget=forms.HiddenInput)
