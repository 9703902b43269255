"""Validation of the checker's URL state.

The state lives in the URL so a result can be shared: ``?present=HP:..,HP:..&absent=HP:..``
(comma-separated, as agreed with the tagging app; repeated parameters work too), plus the
optional ``onset`` (an HPO onset term), ``sex``, ``method``, ``top`` and, without
JavaScript, ``add`` (a name or id to add) with ``add_as`` (present or absent).
"""

from __future__ import annotations

import re

from django import forms
from django.http import QueryDict

MAX_TERMS = 40
_ID = re.compile(r"^[A-Za-z]{0,3}[:_]?\d{1,7}$")

ONSETS = [
    ("", "Not given"),
    ("HP:0030674", "Before birth"),
    ("HP:0003577", "At birth"),
    ("HP:0003623", "First 4 weeks of life"),
    ("HP:0003593", "Before age 1"),
    ("HP:0011463", "Age 1 to 5"),
    ("HP:0003621", "Age 5 to 15"),
    ("HP:0011462", "Age 16 to 40"),
    ("HP:0003596", "Age 40 to 60"),
    ("HP:0003584", "After 60"),
]
SEXES = [("", "Not given"), ("female", "Female"), ("male", "Male")]


def term_list(query: QueryDict, key: str) -> list[str]:
    """All ids given under ``key``, split on commas, blanks dropped, order kept."""
    out: list[str] = []
    for value in query.getlist(key):
        for part in value.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


class CheckerForm(forms.Form):
    onset = forms.ChoiceField(choices=ONSETS, required=False, label="When did it start?")
    sex = forms.ChoiceField(choices=SEXES, required=False, label="Sex")
    method = forms.ChoiceField(choices=[("", "Default"), ("published", "Likelihood ratios and published patients"),
                                        ("likelihood", "Likelihood ratios"),
                                        ("phenomizer", "Phenomizer (similarity)")], required=False)
    top = forms.IntegerField(min_value=1, max_value=100, required=False)
    add = forms.CharField(max_length=200, required=False, strip=True, label="Add a symptom")
    add_as = forms.ChoiceField(choices=[("present", "I have this"), ("absent", "I do not have this")],
                               required=False)

    def __init__(self, query: QueryDict) -> None:
        super().__init__(query)
        self.present = term_list(query, "present")
        self.absent = term_list(query, "absent")

    def clean(self):
        data = super().clean()
        for name, ids in (("present", self.present), ("absent", self.absent)):
            if len(ids) > MAX_TERMS:
                raise forms.ValidationError(f"at most {MAX_TERMS} {name} symptoms at a time")
            bad = [i for i in ids if not _ID.match(i)]
            if bad:
                raise forms.ValidationError(f"{bad[0][:30]!r} is not an HPO id such as HP:0001271")
        return data
