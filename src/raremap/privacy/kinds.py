"""The kinds of personal data the detector looks for, and which wins when two overlap."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    DATE = "date"
    AGE = "age"
    URL = "url"
    HOSPITAL = "hospital"
    RECORD_NUMBER = "record_number"
    IP_ADDRESS = "ip_address"
    USERNAME = "username"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


# Lower number wins an overlap: structured matches (an e-mail, a URL) are more certain than
# a statistical guess (a person's name from the NER model).
PRIORITY: dict[Kind, int] = {
    Kind.EMAIL: 0,
    Kind.URL: 1,
    Kind.IP_ADDRESS: 1,
    Kind.USERNAME: 2,
    Kind.RECORD_NUMBER: 2,
    Kind.PHONE: 3,
    Kind.AGE: 4,
    Kind.DATE: 5,
    Kind.HOSPITAL: 6,
    Kind.ADDRESS: 7,
    Kind.NAME: 8,
}
