"""Mail goes to a real backend (files under the data directory by default, never standard
output), and nothing secret (addresses, confirmation or reset links and tokens) reaches the
logs or the process's output during sign-up, confirmation, log-in and password reset, with
the access log on."""

from __future__ import annotations

import logging
import re

import pytest

from raremap.web.ops.logs import JsonFormatter

EMAIL = "secret.person@example.org"
SIGNUP = {"email": EMAIL, "pseudonym": "Quiet Quokka", "password1": "violet tractor 19",
          "password2": "violet tractor 19"}
LINK = re.compile(r"https?://testserver(/accounts/[^\s]+/)")


@pytest.fixture
def mail_dir(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    return tmp_path / "mail"


def link_to(mail_dir, path_part: str) -> str:
    """The one link holding ``path_part`` in the mail folder (two mails may share a clock tick,
    so the newest file by time is not a safe pick)."""
    links = {link for mail in mail_dir.iterdir() for link in LINK.findall(mail.read_text()) if path_part in link}
    assert len(links) == 1, links
    return links.pop()


def test_sign_up_and_password_reset_leave_no_secret_in_logs_or_output(client, mail_dir, caplog, capfd):
    logging.getLogger("raremap.access").setLevel(logging.INFO)  # RAREMAP_ACCESS_LOG=1
    try:
        client.post("/accounts/signup/", SIGNUP)
        confirm = link_to(mail_dir, "/accounts/confirm/")
        assert client.get(confirm).status_code == 302
        client.post("/accounts/logout/")
        client.post("/accounts/login/", {"username": EMAIL, "password": "wrong"})
        client.post("/accounts/password/reset/", {"email": EMAIL})
        reset = link_to(mail_dir, "/password/reset/")
        form = client.get(reset, follow=True)
        assert form.status_code == 200
        done = client.post(form.redirect_chain[-1][0], {"new_password1": "amber kettle 77",
                                                        "new_password2": "amber kettle 77"})
        assert done.status_code == 302
        client.get("/accounts/password/reset/MQ/forged-token-123/")  # a bad link too
    finally:
        logging.getLogger("raremap.access").setLevel(logging.WARNING)

    assert len(list(mail_dir.iterdir())) == 2  # the confirmation and the reset mail, as files
    secrets = [EMAIL, "secret.person", confirm, reset, confirm.split("/")[-2], reset.split("/")[-2],
               "forged-token-123", "/accounts/confirm/", "/password/reset/M"]
    out, err = capfd.readouterr()
    logged = [JsonFormatter().format(r) for r in caplog.records] + [r.getMessage() for r in caplog.records]
    assert any('"route"' in line for line in logged)  # the access log did write lines
    for text in [out, err, *logged]:
        for secret in secrets:
            assert secret not in text, (secret, text[:300])


def test_the_default_mail_backend_writes_files_in_the_data_directory():
    from raremap.web import settings as site_settings

    assert site_settings.EMAIL_BACKEND == "django.core.mail.backends.filebased.EmailBackend"
    assert site_settings.EMAIL_FILE_PATH == site_settings.DATA_DIR / "mail"
