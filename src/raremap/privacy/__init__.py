"""De-identification of community text (experiences, inquiries). Imports no Django.

    >>> from raremap.privacy import build_detector, redact
    >>> d = build_detector(use_ner=False)
    >>> text = "Mail me at jo@example.org"
    >>> redact(text, d.find(text))
    'Mail me at [email]'
"""

from raremap.privacy.allow_list import DiseaseVocabulary
from raremap.privacy.detector import MAX_CHARS, Detector, build_detector
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.redact import redact, segments

__all__ = ["MAX_CHARS", "Detector", "DiseaseVocabulary", "Finding", "Kind", "build_detector",
           "redact", "segments"]
