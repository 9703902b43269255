"""Validation of the query parameters the pages accept (Django forms reject NUL bytes,
over-long text and unknown choices with a readable message)."""

from __future__ import annotations

from django import forms

from raremap.knowledge.search import MAX_QUERY_CHARS


class SearchForm(forms.Form):
    q = forms.CharField(max_length=MAX_QUERY_CHARS, required=False, strip=True, label="Search")
    kind = forms.ChoiceField(
        choices=[("", "Everything"), ("disease", "Diseases"), ("term", "Symptoms")], required=False
    )


class SuggestForm(forms.Form):
    q = forms.CharField(max_length=MAX_QUERY_CHARS, required=False, strip=True)
    limit = forms.IntegerField(min_value=1, max_value=20, required=False)


class SymptomFilterForm(forms.Form):
    """The no-JavaScript fallback of the filter box on a disease page."""

    filter = forms.CharField(max_length=100, required=False, strip=True, label="Filter symptoms")


class TermDiseasesForm(forms.Form):
    sort = forms.ChoiceField(choices=[("band", "Frequency"), ("name", "Name")], required=False)
    page = forms.IntegerField(min_value=1, max_value=100000, required=False)
