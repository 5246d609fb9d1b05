"""The signed PDF is checked: its printed Dokument-ID must be the plan's fingerprint.

Every PDF here is a real one, written by Qt (see the ``make_pdf`` fixture) or by
LibreOffice from our own agreement, and read back by pypdf as the program reads it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cli_helpers import run_lines as run
from cli_helpers import stored_pdf
from insatsplan import signed_pdf
from insatsplan.errors import UserError
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.word import libreoffice
from insatsplan.workspace import Workspace

MakePdf = Callable[..., Path]
OTHER = "fp1:" + "ab12" * 15 + "cd34"
SIGNATURE_PAGE = ("Signeringsintyg\nSignerat av: Karin Lindqvist (BankID)\n"
                  "2025-05-26 10:15\nJohan af Ekström\nsignerat med e-legitimation")


def id_page(value: str) -> str:
    """A last page as the agreement prints it: label, grouped digits, the note."""
    return (f"Underskrifter\nDokument-ID\n{grouped(value)}\nDokument-ID är en kontrollsumma "
            "över planens innehåll; samma innehåll ger alltid samma Dokument-ID.")


@pytest.fixture
def plan(ws: Workspace) -> int:
    """A small plan (the demo plan costs hundreds of commits) with content to sign."""
    plan_id = ws.create_plan(title="Överenskommelse om psykisk hälsa", year_from=2025)
    ws.add_node(plan_id, None, "focus_area", title="Barn och unga")
    return int(plan_id)


def fingerprint_of(ws: Workspace, plan_id: int) -> str:
    return str(fingerprint(ws.exchange_document(plan_id)))


# ------------------------------------------------------------ reading the text


def test_a_wrapped_id_is_found_and_the_names_after_it(make_pdf: MakePdf) -> None:
    value = "fp1:" + "0123456789abcdef" * 3 + "7ffe3e035ad4ffff"  # "ff" prints as a ligature
    pdf = make_pdf("signerad.pdf", ["Överenskommelse\nInnehåll", id_page(value),
                                    SIGNATURE_PAGE])
    texts = signed_pdf.page_texts(pdf.read_bytes(), pdf.name)
    printed = texts[1].split("Dokument-ID\n", 1)[1][:100]
    assert "\n" in printed.strip()[:80], "the groups must wrap for this test to mean much"
    assert "\ufb00" in printed, "and the font's ff ligature is what pypdf extracts"
    found = signed_pdf.read_findings(pdf.read_bytes(), pdf.name)
    assert found == signed_pdf.PdfFindings(value, ("Karin Lindqvist", "Johan af Ekström"), 3)
    assert found.verdict(value) == "match" and found.verdict(OTHER) == "different"


def test_an_id_split_inside_a_group_and_in_capitals_is_found() -> None:
    digits = "0123456789ABCDEF" * 4
    text = f"DOKUMENT-\nID: {digits[:30]}\n{digits[30:]}\nSida 9 av 9"
    assert signed_pdf.printed_ids(text) == ["fp1:" + digits.lower()]
    assert signed_pdf.printed_ids("Dokument-ID är en kontrollsumma") == []
    assert signed_pdf.printed_ids("Dokument-ID " + digits[:63] + " slut") == []


def test_a_scan_has_no_id_and_no_names(make_pdf: MakePdf) -> None:
    value = "fp1:" + "f" * 64
    pdf = make_pdf("skannad.pdf", [id_page(value), SIGNATURE_PAGE], image_only=True)
    found = signed_pdf.read_findings(pdf.read_bytes(), pdf.name)
    assert found == signed_pdf.PdfFindings(None, (), 2)
    assert found.verdict(value) == "none"


def test_two_different_ids_are_refused(make_pdf: MakePdf) -> None:
    pdf = make_pdf("två.pdf", [id_page("fp1:" + "1" * 64), id_page(OTHER)])
    with pytest.raises(UserError, match="two different Dokument-IDs") as caught:
        signed_pdf.read_findings(pdf.read_bytes(), pdf.name)
    assert grouped(OTHER) in str(caught.value)


def test_an_encrypted_pdf_is_read_only_without_a_password(make_pdf: MakePdf,
                                                         tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    value = "fp1:" + "9" * 64
    plain = make_pdf("öppen.pdf", [id_page(value)])
    for password, name in (("", "skyddad.pdf"), ("hemligt", "lösenord.pdf")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=password, owner_password="ägare", algorithm="AES-256")
        with (tmp_path / name).open("wb") as out:
            writer.write(out)
    restricted = (tmp_path / "skyddad.pdf").read_bytes()
    assert b"/Encrypt" in restricted and grouped(value).encode() not in restricted
    assert signed_pdf.read_findings(restricted, "skyddad.pdf").printed_id == value
    with pytest.raises(UserError, match="protected by a password"):
        signed_pdf.read_findings((tmp_path / "lösenord.pdf").read_bytes(), "lösenord.pdf")


def test_a_damaged_pdf_is_one_message_and_nothing_on_stderr(
        make_pdf: MakePdf, capfd: pytest.CaptureFixture[str]) -> None:
    whole = make_pdf("hel.pdf", [id_page(OTHER)]).read_bytes()
    for damaged in (b"%PDF-1.7\n" + bytes(range(256)) * 40, whole[: len(whole) // 3]):
        with pytest.raises(UserError, match="cannot be read as a PDF"):
            signed_pdf.read_findings(damaged, "trasig.pdf")
    assert capfd.readouterr().err == ""


def test_a_pdf_with_too_many_pages_is_refused(make_pdf: MakePdf,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = make_pdf("bok.pdf", ["ett", "två", "tre"])
    monkeypatch.setattr(signed_pdf, "MAX_PAGES", 2)
    with pytest.raises(UserError, match="3 pages, more than the 2"):
        signed_pdf.read_findings(pdf.read_bytes(), pdf.name)


def test_a_pdf_that_takes_too_long_is_refused(make_pdf: MakePdf,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = make_pdf("långsam.pdf", ["ett", "två"])
    monkeypatch.setattr(signed_pdf, "MAX_SECONDS", -1.0)
    with pytest.raises(UserError, match="took longer than"):
        signed_pdf.read_findings(pdf.read_bytes(), pdf.name)


def test_pypdf_is_imported_only_when_a_pdf_is_read() -> None:
    """The editor's start-up imports the workspace, never the PDF reader."""
    desktop = Path(signed_pdf.__file__).resolve().parents[1]
    code = ("import sys, insatsplan.workspace; "
            "print(sorted(m for m in ('pypdf', 'insatsplan.signed_pdf') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "PYTHONPATH": str(desktop)})
    assert result.stdout.strip() == "[]"


# ------------------------------------------------------------- the workspace


def test_a_matching_pdf_is_stored_verified_with_its_id(ws: Workspace, plan: int,
                                                       make_pdf: MakePdf,
                                                       workspace_path: Path) -> None:
    value = ws.sign_plan(plan)
    ws.attach_signed_pdf(plan, make_pdf("signerad.pdf", [id_page(value), SIGNATURE_PAGE]))
    assert stored_pdf(workspace_path, plan) == (1, value)


def test_a_pdf_of_another_version_is_refused_naming_both(ws: Workspace, plan: int,
                                                         make_pdf: MakePdf,
                                                         workspace_path: Path) -> None:
    value = ws.sign_plan(plan)
    other = make_pdf("förra året.pdf", [id_page(OTHER)])
    for unverified in (False, True):  # the confirmation for scans does not let this in
        with pytest.raises(UserError, match="another plan or version") as caught:
            ws.attach_signed_pdf(plan, other, unverified=unverified)
        assert grouped(OTHER) in str(caught.value) and grouped(value) in str(caught.value)
    assert stored_pdf(workspace_path, plan) is None


def test_a_scan_needs_the_confirmation_and_is_stored_unverified(ws: Workspace, plan: int,
                                                                make_pdf: MakePdf,
                                                                workspace_path: Path) -> None:
    value = ws.sign_plan(plan)
    scan = make_pdf("skannad.pdf", [id_page(value)], image_only=True)
    with pytest.raises(UserError, match="No Dokument-ID was found"):
        ws.attach_signed_pdf(plan, scan)
    assert stored_pdf(workspace_path, plan) is None
    ws.attach_signed_pdf(plan, scan, unverified=True)
    assert stored_pdf(workspace_path, plan) == (0, None)
    stored = ws.signed_pdf(plan)
    assert stored is not None and stored[0] == scan.name and stored[2] == scan.read_bytes()


def test_signing_with_the_pdf_checks_the_id_fixed_at_that_moment(ws: Workspace, plan: int,
                                                                 make_pdf: MakePdf,
                                                                 workspace_path: Path) -> None:
    before = fingerprint_of(ws, plan)
    wrong = make_pdf("annan.pdf", [id_page(OTHER)])
    with pytest.raises(UserError, match="another plan or version"):
        ws.sign_plan(plan, pdf=wrong)
    assert ws.plan(plan).status == "draft"  # all or nothing
    right = make_pdf("rätt.pdf", [id_page(before)])
    assert ws.sign_plan(plan, pdf=right) == before
    assert stored_pdf(workspace_path, plan) == (1, before)


def test_what_the_editor_was_shown_is_what_is_stored(ws: Workspace, plan: int,
                                                     make_pdf: MakePdf) -> None:
    """The editor reads the file once, shows it, and passes that reading on."""
    from insatsplan.workspace.api import read_pdf

    value = ws.sign_plan(plan)
    path = make_pdf("signerad.pdf", [id_page(value)])
    shown = read_pdf(path)
    path.write_bytes(b"%PDF-1.7 replaced after it was shown")
    ws.attach_signed_pdf(plan, shown)
    stored = ws.signed_pdf(plan)
    assert stored is not None and stored[2] == shown.content != path.read_bytes()


# ------------------------------------------------------------ the command line


def test_cli_attach_pdf(ws: Workspace, plan: int, make_pdf: MakePdf, workspace_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    value = ws.sign_plan(plan)
    ws.close()  # the CLI is another writer
    scan = make_pdf("skannad.pdf", [id_page(value)], image_only=True)
    other = make_pdf("annan.pdf", [id_page(OTHER)])
    for args in ([str(scan)], [str(other)], [str(other), "--unverified"]):
        code, out, err = run(capsys, workspace_path, "attach-pdf", str(plan), *args)
        assert code == 2 and out == [] and err.count("\n") == 1, err
    assert stored_pdf(workspace_path, plan) is None
    code, out, err = run(capsys, workspace_path, "attach-pdf", str(plan), str(scan),
                         "--unverified")
    assert (code, err) == (0, "")
    with Workspace.open(workspace_path, readonly=True) as reader:
        stored = reader.signed_pdf(plan)
    assert stored is not None and out == [stored[1]]
    assert stored_pdf(workspace_path, plan) == (0, None)


def test_cli_sign_with_a_scan_needs_unverified(ws: Workspace, plan: int, make_pdf: MakePdf,
                                               workspace_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    value = fingerprint_of(ws, plan)
    ws.close()
    scan = make_pdf("skannad.pdf", ["Underskrifter"], image_only=True)
    code, out, err = run(capsys, workspace_path, "sign", str(plan), "--pdf", str(scan))
    assert code == 2 and "--unverified" in err and err.count("\n") == 1
    code, out, err = run(capsys, workspace_path, "sign", str(plan), "--pdf", str(scan),
                         "--unverified")
    assert (code, err, out) == (0, "", [grouped(value)])
    assert stored_pdf(workspace_path, plan) == (0, None)


@pytest.mark.skipif(not libreoffice.available(), reason="needs LibreOffice and python3-uno")
def test_our_own_agreement_pdf_is_verified(ws: Workspace, plan: int, workspace_path: Path,
                                           tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    ws.update_plan(plan, coordinator="Anna Samordnare")
    ws.close()
    out_docx = tmp_path / "överenskommelse.docx"
    code, out, err = run(capsys, workspace_path, "export-word", str(plan), "--out",
                         str(out_docx), "--pdf")
    assert code == 0, err
    pdf = out_docx.with_suffix(".pdf")
    code, out, err = run(capsys, workspace_path, "sign", str(plan), "--pdf", str(pdf))
    assert code == 0, err
    with Workspace.open(workspace_path, readonly=True) as reader:
        value = reader.plan(plan).fingerprint
    assert out == [grouped(value or "")]
    assert stored_pdf(workspace_path, plan) == (1, value)
