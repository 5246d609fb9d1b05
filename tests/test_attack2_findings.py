"""Findings of the adversarial trial of issue 15 (the seal, import, signed PDFs, Word
files and errors), each a behaviour a person would see, tried through the real CLI."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from insatsplan.cli import main
from insatsplan.fingerprint import grouped
from insatsplan.workspace import Workspace

# Messages are read in English; the CLI's default is Swedish.
pytestmark = pytest.mark.usefixtures("english_cli")

ROOT = Path(__file__).resolve().parent.parent
MakePdf = Callable[..., Path]
OTHER = "fp1:" + "ab12" * 16


def run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def signed_plan(ws: Workspace) -> tuple[int, str]:
    plan: int = ws.create_plan(title="Överenskommelse 2025", year_from=2025)
    ws.set_signatories(plan, [{"name": "Ada", "title": "Direktör", "organisation_code": "AMF"}])
    ws.add_node(plan, None, "focus_area", "Barn och unga")
    return plan, str(ws.sign_plan(plan))


def behind_the_triggers(path: Path, statement: str, *params: object) -> None:
    """One statement with every trigger dropped, then the very same triggers back: what
    a person with the file and a SQLite shell can do."""
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(statement, params)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


# ------------------------------------------- check reads the stored signed PDF again


def test_check_finds_a_stored_pdf_replaced_by_another_plans_pdf(
        workspace_path: Path, make_pdf: MakePdf, capsys: pytest.CaptureFixture[str]) -> None:
    """The PDF and its SHA-256 replaced behind the triggers, its recorded ID left as it
    was: `signed-pdf` would hand out another plan's document as this plan's record."""
    with Workspace.open(workspace_path) as ws:
        plan, value = signed_plan(ws)
        ws.attach_signed_pdf(plan, make_pdf("signerad.pdf", [f"Dokument-ID\n{grouped(value)}"]))
    assert run(capsys, workspace_path, "check")[0] == 0
    forged = make_pdf("annan.pdf", [f"Dokument-ID\n{grouped(OTHER)}"]).read_bytes()
    behind_the_triggers(workspace_path, "UPDATE attachment SET content = ?, sha256 = ?, "
                        "size = ?", forged, hashlib.sha256(forged).hexdigest(), len(forged))
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and err.count("\n") == 1
    assert f"its signed PDF (attachment 1) prints {OTHER}" in err, err


def test_check_finds_a_scan_marked_as_verified(
        workspace_path: Path, make_pdf: MakePdf, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(workspace_path) as ws:
        plan, value = signed_plan(ws)
        ws.attach_signed_pdf(plan, make_pdf("scan.pdf", ["Underskrifter"], image_only=True),
                             unverified=True)
    assert run(capsys, workspace_path, "check")[0] == 0
    behind_the_triggers(workspace_path, "UPDATE attachment SET verified = 1, printed_id = ?",
                        value)
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and err.count("\n") == 1
    assert f"was recorded as printing {value}, but it prints no Dokument-ID" in err, err
    behind_the_triggers(workspace_path, "UPDATE attachment SET printed_id = NULL")
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and "is marked verified, but no Dokument-ID was read from it" in err, err


# ------------------------------------------------ hostile templates: names and settings

DDE_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
             'xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" '
             '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _template_parts() -> dict[str, bytes]:
    from insatsplan.word.template import default_template

    with zipfile.ZipFile(default_template()) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _export(capsys: pytest.CaptureFixture[str], workspace_path: Path, template: Path,
            out: Path) -> tuple[int, str]:
    with Workspace.open(workspace_path) as ws:
        plan: int = ws.create_plan(title="Plan 2025", year_from=2025)
        ws.add_node(plan, None, "focus_area", "Barn och unga")
    code, _out, err = run(capsys, workspace_path, "export-word", str(plan), "--out", str(out),
                          "--template", str(template))
    return code, err


@pytest.mark.parametrize("name", ["header1.xml", "header1.bin", "header1"])
def test_a_field_in_a_part_whatever_its_name_is_checked(
        tmp_path: Path, workspace_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Word and python-docx read a part by its declared content type, not its name: a
    header called ``header1.bin`` is a header, and its DDEAUTO field ran on opening."""
    from insatsplan.word import writer

    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)
    parts = _template_parts()
    parts[f"word/{name}"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="'
        'http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p>'
        f'{DDE_FIELD}<w:r><w:t>Sidhuvud</w:t></w:r></w:p></w:hdr>').encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.'
        b'org/officeDocument/2006/relationships/header" Target="' + name.encode()
        + b'"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/' + name.encode() + b'" ContentType="'
        b'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
    document = parts["word/document.xml"].decode()
    assert "<w:sectPr>" in document and "xmlns:r=" in document
    parts["word/document.xml"] = document.replace(
        "<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rId99"/>').encode()
    template = _write_zip(tmp_path / "mall.dotx", parts)
    out = tmp_path / "plan.docx"
    code, err = _export(capsys, workspace_path, template, out)
    assert code == 2 and err.count("\n") == 1 and "DDEAUTO" in err, err
    assert not out.exists()


def test_a_mail_merge_data_source_is_cleaned_out(
        tmp_path: Path, workspace_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A mail merge set-up in the settings names a database on a share, which Word offers
    to query when the agreement is opened; it does not reach the agreement."""
    from insatsplan.word import writer

    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)
    parts = _template_parts()
    merge = (b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
             b'<w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.'
             b'OLEDB.12.0;Data Source=\\\\server\\share\\register.mdb;"/><w:query w:val="'
             b'SELECT * FROM `Personer`"/></w:mailMerge>')
    settings = parts["word/settings.xml"]
    end_of_tag = settings.index(b">", settings.index(b"<w:settings")) + 1
    parts["word/settings.xml"] = settings[:end_of_tag] + merge + settings[end_of_tag:]
    template = _write_zip(tmp_path / "mall.dotx", parts)
    out = tmp_path / "plan.docx"
    code, err = _export(capsys, workspace_path, template, out)
    assert (code, err) == (0, "")
    with zipfile.ZipFile(out) as archive:
        written = archive.read("word/settings.xml")
    assert b"mailMerge" not in written and b"register.mdb" not in written


# ------------------------------------------------------ paths that cannot be looked at


@pytest.mark.parametrize("command", [["plans"], ["demo"], ["show", "1"], ["check"]])
def test_a_workspace_name_too_long_for_the_file_system_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    """``os.path.lexists`` says False for a name the file system refuses to look at (too
    long, a folder without permission); the open that followed raised it as a bug."""
    path = tmp_path / ("w" * 300 + ".insatsplan")
    code, _out, err = run(capsys, path, *command)
    assert code == 2 and err.count("\n") == 1 and "Internal error" not in err, err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------- standard output fails


def _cli_process(workspace: Path, *args: str, stdout: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "INSATSPLAN_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "insatsplan", "--workspace", str(workspace),
                           *args], stdout=stdout, stderr=subprocess.PIPE, text=True, env=env,
                          timeout=120, check=False)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["plans", "--json"], ["show", "1"], ["check"]])
def test_output_onto_a_full_disk_is_one_line_not_a_bug(
        demo_workspace_path: Path, command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _cli_process(demo_workspace_path, *command, stdout=full)
    assert done.returncode == 2, done.stderr
    assert done.stderr == ("insatsplan: Cannot write to the standard output: No space left "
                           "on device\n")


def test_output_with_standard_output_closed_is_one_line_not_a_bug(
        demo_workspace_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "INSATSPLAN_LANG": "en"}
    done = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m insatsplan --workspace "{demo_workspace_path}" '
         "show 1 >&-"], stderr=subprocess.PIPE, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "standard output" in done.stderr, done.stderr


# ------------------------------------------------- one order for every reader of a plan


def test_siblings_with_one_position_show_in_one_order_everywhere(
        workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two signed focus areas given one position behind the triggers (the fingerprint is
    unchanged: they still come in id order), then an index that makes the database return
    the editor's outline rows by title: the editor showed them swapped while `show`, the
    agreement and `check` kept the signed order."""
    from insatsplan import content

    with Workspace.open(workspace_path) as ws:
        plan: int = ws.create_plan(title="Plan 2025", year_from=2025)
        first = ws.add_node(plan, None, "focus_area", "A först")
        second = ws.add_node(plan, None, "focus_area", "B sedan")
        ws.set_signatories(plan, [{"name": "Ada", "title": "", "organisation_code": "AMF"}])
        ws.sign_plan(plan)
    behind_the_triggers(workspace_path, "UPDATE node SET position = 0")
    conn = sqlite3.connect(workspace_path)
    conn.execute("CREATE INDEX by_title ON node (plan_id, title DESC, id, parent_id, kind, "
                 "horizon, position)")
    conn.commit()
    conn.close()
    code, out, _err = run(capsys, workspace_path, "show", str(plan))
    assert code == 0 and out.index("A först") < out.index("B sedan")
    with Workspace.open(workspace_path, readonly=True) as ws, ws.reading() as session:
        editor_order = [row.id for row in content.outline_rows(session, plan)[None]]
    assert editor_order == [first, second]
