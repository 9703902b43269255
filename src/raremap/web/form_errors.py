"""The one-line error a page shows for a form that did not validate."""

from __future__ import annotations

from django import forms


def first_error(form: forms.Form) -> str:
    """The first validation message, named by its field's label (form-wide errors as they are)."""
    for field, errors in form.errors.items():
        if field == "__all__":
            return str(errors[0])
        label = (form.fields[field].label or field) if field in form.fields else field
        return f"{label}: {errors[0]}"
    return "Invalid input."
