"""Forms: reporting an error in an answer, and entering findings for a criteria set."""

from __future__ import annotations

from django import forms

from raremap.engine.criteria.model import CriteriaSet

MAX_OTHER_FINDINGS = 40


class ReportForm(forms.Form):
    message = forms.CharField(
        label="What is wrong or unclear?", min_length=10, max_length=2000, strip=True,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
        help_text="Please do not include names, contact details or other personal information.",
    )
    # A field people never see: bots that fill every field are turned away.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_message(self) -> str:
        """Strip personal data (names, contacts, places, dates, ids) with the site's one
        de-identification detector before anything is stored."""
        from raremap.web.deid import redacted

        return redacted(self.cleaned_data["message"].replace("\x00", ""))


def finding_choices(kb, criteria: CriteriaSet) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """``(item id, item label, [(finding value, finding label), ...])`` for each item, in
    the set's order: the item's named findings, its HPO terms and the terms that do not
    count on their own (so a person can enter them and see why)."""
    out = []
    for group in criteria.groups:
        for item in group.items:
            options = [(n, criteria.named_findings[n].label) for n in item.named]
            seen: set[str] = set()
            for term in (*item.hpo, *item.not_alone):
                if term in seen or not kb.ontology.resolve(term):
                    continue  # a term listed both ways gets one checkbox
                seen.add(term)
                lay = kb.ontology.term(term).lay_names[:2]
                label = f"{kb.ontology.name(term)}" + (f" — {', '.join(lay)}" if lay else "") + f" ({term})"
                if term in item.not_alone:
                    label += " — does not count on its own"
                options.append((term, label))
            out.append((item.id, item.label, options))
    return out


class CriteriaForm(forms.Form):
    """One multiple-choice field per criterion, plus free text for any other HPO finding."""

    other = forms.CharField(
        label="Other findings", required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text="HPO ids or HPO term names, one per line (for example HP:0002240 or Hepatomegaly).",
    )

    def __init__(self, *args, choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.groups = []
        for item_id, label, options in choices:
            self.fields[f"item_{item_id}"] = forms.MultipleChoiceField(
                label=label, required=False, choices=options, widget=forms.CheckboxSelectMultiple)
            self.groups.append(item_id)

    def item_fields(self):
        return [self[f"item_{i}"] for i in self.groups]

    def findings(self) -> list[str]:
        chosen = [v for i in self.groups for v in self.cleaned_data.get(f"item_{i}", [])]
        other = [line.strip() for line in self.cleaned_data.get("other", "").splitlines() if line.strip()]
        if len(other) > MAX_OTHER_FINDINGS:
            raise forms.ValidationError(f"Enter at most {MAX_OTHER_FINDINGS} other findings.")
        return chosen + other
