"""``insatsplan diff A B --out F.docx``: B's agreement with A's differences as Word
tracked changes.

The proof is LibreOffice's: it accepts every change (the body must then be our plain
export of B) and rejects every change (then it must be A's), paragraph by paragraph with
style and list level, the table of contents aside. Both pairs of plans are made through
the workspace and the documents written by the CLI: the demo plan's next version with
one edit of each kind (a word, a goal deleted and one added, a topic moved to another
focus area, a nested goal outdented, the coordinator, the subtitle, a link's address),
a next year's plan whose signatories changed, and a copy whose front matter changed
(the basis list's last item, the one before the contents, removed; the preamble
reworded and one paragraph added) and with a row of signatories fewer, and a plan that
shares no node with the demo.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn
from lxml import etree

from cli_helpers import run_in, run_lines
from compare_edits import by_title, edited_copy
from insatsplan.compare import compare_plans
from insatsplan.word import writer
from insatsplan.word.tracked_changes import build_tracked_agreement, export_tracked_agreement
from insatsplan.workspace import Workspace
from word_helpers import needs_libreoffice, revised_paragraphs

W_INS, W_DEL, W_T, W_DEL_TEXT = qn("w:ins"), qn("w:del"), qn("w:t"), qn("w:delText")
REVISIONS = tuple(qn(f"w:{t}") for t in ("ins", "del", "moveFrom", "moveTo", "pPrChange"))
WHEN = dt.datetime(2026, 12, 2, 14, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def no_libreoffice_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents without LibreOffice's page-number pass (the TOC is not compared,
    and each pass starts LibreOffice)."""
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


def edited_pairs(path: Path) -> dict[str, int]:
    """Plan 1 (the demo), plan 2 (its same-year copy with one edit of each kind) and
    plan 3 (next year's copy whose signatories changed), made through the workspace."""
    edited_copy(path)  # plan 2
    with Workspace.open(path) as ws:
        doc = ws.exchange_document(2)
        ws.update_plan(2, subtitle=doc["plan"]["subtitle"] + " och Region Exempellän")
        linked = by_title(doc, "Införa samtalsmaterial om stress")
        assert "](https://" in linked["title"]
        ws.update_node(ws.node_id(2, linked["uuid"]), title=linked["title"].replace(
            "](https://", "](https://example.org/ny-adress/", 1))
        nxt = ws.new_version(1)
        people = ws.exchange_document(nxt)["plan"]["signatories"]
        people[0] = {**people[0], "name": "Ny Direktör"}
        ws.set_signatories(nxt, [p for n, p in enumerate(people) if n != 1])
        front = ws.new_version(1, year=ws.plan(1).year_from)
        plan = ws.exchange_document(front)["plan"]
        ws.update_plan(front, basis=plan["basis"][:-1],  # the item before the contents
                       preamble=plan["preamble"].replace("Syftet", "Målet", 1)
                       + "\n\nEtt nytt stycke om **samverkan**.")
        ws.set_signatories(front, plan["signatories"][:2])  # a row of the table goes
        other = ws.create_plan(title="En helt annan plan 2025", year_from=2025)
        area = ws.add_node(other, None, "focus_area", "Ett annat fokusområde")
        topic = ws.add_node(other, area, "topic", "Ett annat ämne")
        ws.add_node(other, topic, "goal", "Ett annat mål.", horizon="short")
    return {"same_year": 2, "next_year": nxt, "front_matter": front, "nothing_shared": other}


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory, demo_workspace_file: Path
          ) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("tracked")
    path = folder / "pairs.insatsplan"
    shutil.copyfile(demo_workspace_file, path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        return path, edited_pairs(path)


def documents(path: Path, *refs: int) -> list[dict[str, Any]]:
    with Workspace.open(path, readonly=True) as ws:
        return [ws.exchange_document(ref) for ref in refs]


def tracked(path: Path, a: int, b: int) -> Any:
    """The tracked-changes document of plans *a* and *b*, in memory."""
    a_doc, b_doc = documents(path, a, b)
    comparison = compare_plans(a_doc["plan"], b_doc["plan"])
    return build_tracked_agreement(a_doc, b_doc, comparison, author="Kim Samordnare",
                                   when=WHEN)


def body_of(docx_path: Path) -> Any:
    import docx

    return docx.Document(str(docx_path)).element.body


# ------------------------------------------------------------------ LibreOffice's proof


@pytest.fixture(scope="module")
def office(pairs: tuple[Path, dict[str, int]], tmp_path_factory: pytest.TempPathFactory,
           ) -> dict[str, Any]:
    """Written by the CLI, read by LibreOffice once for all of them."""
    path, plans = pairs
    folder = tmp_path_factory.mktemp("office")
    capsys_free = _Cli(path)
    files: dict[str, Path] = {}
    for name, b in plans.items():
        files[name] = capsys_free.run("diff", "1", str(b), "--out", str(folder / f"{name}.docx"))
    for plan in (1, *plans.values()):
        files[f"plain{plan}"] = capsys_free.run("export-word", str(plan), "--out",
                                                str(folder / f"plain{plan}.docx"))
    jobs = [(files[name], action) for name in plans for action in ("accept", "reject")]
    jobs += [(files[f"plain{plan}"], "none") for plan in (1, *plans.values())]
    results = revised_paragraphs(jobs)
    found: dict[str, Any] = {"plans": plans}
    for (file, action), result in zip(jobs, results, strict=True):
        found[f"{file.stem}:{action}"] = result
    return found


class _Cli:
    """The CLI in-process for a module fixture (capsys is function-scoped)."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace

    def run(self, *argv: str) -> Path:
        import contextlib
        import io

        from insatsplan.cli import main

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(writer, "libreoffice_driver", lambda: None)
            mp.setenv("INSATSPLAN_LANG", "en")
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                code = main(["--workspace", str(self.workspace), *argv])
        assert code == 0
        return Path(buffer.getvalue().splitlines()[-1])


@needs_libreoffice
@pytest.mark.parametrize("name", ["same_year", "next_year", "front_matter", "nothing_shared"])
def test_libreoffice_accepting_every_change_gives_b(office: dict[str, Any], name: str) -> None:
    accepted = office[f"{name}:accept"]
    assert accepted["redlines"] > 0 and accepted["left"] == 0
    plain_b = office[f"plain{office['plans'][name]}:none"]
    assert plain_b["redlines"] == 0
    assert accepted["paragraphs"] == plain_b["paragraphs"]


@needs_libreoffice
@pytest.mark.parametrize("name", ["same_year", "next_year", "front_matter", "nothing_shared"])
def test_libreoffice_rejecting_every_change_gives_a(office: dict[str, Any], name: str) -> None:
    rejected = office[f"{name}:reject"]
    assert rejected["redlines"] > 0 and rejected["left"] == 0
    assert rejected["paragraphs"] == office["plain1:none"]["paragraphs"]


@needs_libreoffice
def test_the_proof_sees_each_edit(office: dict[str, Any]) -> None:
    """The edits are there to be accepted: B's plain export differs from A's where each
    edit is (so the two equalities above prove something)."""
    a = [p["text"] for p in office["plain1:none"]["paragraphs"]]
    b_paragraphs = office[f"plain{office['plans']['same_year']}:none"]["paragraphs"]
    b = [p["text"] for p in b_paragraphs]
    assert any("fysiska föräldraträffar" in t for t in b)
    assert not any("fysiska föräldraträffar" in t for t in a)
    assert any(t.startswith("Hålla fritidsgårdarna") for t in a)
    assert not any(t.startswith("Hålla fritidsgårdarna") for t in b)
    assert "Alla skolor har en plan mot psykisk ohälsa." in b
    assert any(t.endswith("och Region Exempellän") for t in b)
    level = {p["text"]: p["level"] for p in b_paragraphs}
    level_a = {p["text"]: p["level"] for p in office["plain1:none"]["paragraphs"]}
    outdented = "Utbilda sex nya gruppledare inom förskola och fritidsgård."
    assert (level_a[outdented], level[outdented]) == (1, 0)
    c = [p["text"] for p in office[f"plain{office['plans']['next_year']}:none"]["paragraphs"]]
    assert "Ny Direktör" in c and "Johan Ekström" in a and "Johan Ekström" not in c
    d = [p["text"] for p in office[f"plain{office['plans']['front_matter']}:none"]["paragraphs"]]
    assert "Per Åkesson" in a and "Per Åkesson" not in d
    assert "Ett nytt stycke om samverkan." in d


# ------------------------------------------------------------------ the markup


def test_words_are_revised_inside_the_paragraph(pairs: tuple[Path, dict[str, int]]) -> None:
    body = tracked(pairs[0], 1, 2).element.body
    renamed = next(p for p in body.iter(qn("w:p"))
                   if "föräldraträffar" in "".join(t.text or "" for t in p.iter(W_T)))
    assert ["".join(t.text for t in d.iter(W_DEL_TEXT)) for d in renamed.iter(W_DEL)] == [
        "digitala"]
    assert ["".join(t.text for t in i.iter(W_T)) for i in renamed.iter(W_INS)] == ["fysiska"]
    assert renamed.find(f"{qn('w:pPr')}/{qn('w:rPr')}") is None  # the paragraph stays


def test_a_whole_goal_deleted_and_added_have_their_paragraph_marks_revised(
        pairs: tuple[Path, dict[str, int]]) -> None:
    body = tracked(pairs[0], 1, 2).element.body
    texts = {"".join(t.text or "" for t in p.iter(W_T, W_DEL_TEXT)): p
             for p in body.iter(qn("w:p"))}
    deleted = next(p for t, p in texts.items() if t.startswith("Hålla fritidsgårdarna"))
    added = texts["Alla skolor har en plan mot psykisk ohälsa."]
    mark = f"{qn('w:pPr')}/{qn('w:rPr')}"
    assert deleted.find(f"{mark}/{qn('w:del')}") is not None
    assert deleted.find(f".//{W_T}") is None
    assert added.find(f"{mark}/{qn('w:ins')}") is not None
    assert added.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None  # still a list item


def test_a_moved_topic_is_a_move_and_its_bookmark_is_only_on_b(
        pairs: tuple[Path, dict[str, int]]) -> None:
    path, _plans = pairs
    [b_doc] = documents(path, 2)
    topic = by_title(b_doc, "Första linjen för barn och unga")
    name = writer.node_bookmark(topic["uuid"])
    body = tracked(path, 1, 2).element.body
    heads = [p for p in body.iterchildren(qn("w:p"))  # not the contents' line
             if "".join(t.text or "" for t in p.iter(W_T)) == topic["title"]]
    # up, to the end of the first focus area: B's place first, then where A had it
    assert [h.find(f"{qn('w:pPr')}/{qn('w:rPr')}")[0].tag for h in heads] == [
        qn("w:moveTo"), qn("w:moveFrom")]
    assert [h.find(qn("w:bookmarkStart")) is not None for h in heads] == [True, False]
    assert [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))].count(name) == 1


@pytest.mark.parametrize("b", [2, 3])
def test_every_node_bookmark_once_and_only_for_what_b_prints(
        pairs: tuple[Path, dict[str, int]], b: int) -> None:
    path, _plans = pairs
    body = tracked(path, 1, b).element.body
    names = [m.get(qn("w:name")) for m in body.iter(qn("w:bookmarkStart"))]
    nodes = [n for n in names if n.startswith("n")]
    assert len(nodes) == len(set(nodes))
    plain = writer.node_bookmark
    b_doc = documents(path, b)[0]
    expected = {plain(n["uuid"]) for n, _p in _walk(b_doc["plan"]["children"])}
    assert set(nodes) == expected


def _walk(children: list[dict[str, Any]], parent: Any = None) -> Any:
    for child in children:
        yield child, parent
        yield from _walk(child["children"], child)


@pytest.mark.parametrize("b", [2, 3])
def test_deleted_text_only_in_del_text_and_ids_unique(
        pairs: tuple[Path, dict[str, int]], b: int) -> None:
    body = tracked(pairs[0], 1, b).element.body
    for deletion in body.iter(W_DEL):
        assert deletion.find(f".//{W_T}") is None
    for text in body.iter(W_DEL_TEXT):
        assert any(a.tag == W_DEL for a in text.iterancestors())
    ids = [e.get(qn("w:id")) for e in body.iter()
           if e.tag in (*REVISIONS, qn("w:bookmarkStart"), qn("w:moveFromRangeStart"),
                        qn("w:moveToRangeStart"))]
    assert len(ids) == len(set(ids)) and all(i and i.isdigit() for i in ids)


def test_revisions_are_by_the_author_at_the_comparisons_time(
        pairs: tuple[Path, dict[str, int]]) -> None:
    body = tracked(pairs[0], 1, 2).element.body
    revisions = [e for e in body.iter(*REVISIONS)]
    assert len(revisions) > 20
    assert {e.get(qn("w:author")) for e in revisions} == {"Kim Samordnare"}
    assert {e.get(qn("w:date")) for e in revisions} == {"2026-12-02T14:30:00Z"}


def test_a_plan_compared_with_itself_has_no_revision(
        pairs: tuple[Path, dict[str, int]]) -> None:
    body = tracked(pairs[0], 1, 1).element.body
    assert next(body.iter(*REVISIONS), None) is None


def test_a_signatory_changed_is_revised_in_the_signature_table(
        pairs: tuple[Path, dict[str, int]]) -> None:
    path, plans = pairs
    table = tracked(path, 1, plans["next_year"]).element.body.find(qn("w:tbl"))
    deleted = "".join(t.text for t in table.iter(W_DEL_TEXT))
    inserted = "".join(t.text for i in table.iter(W_INS) for t in i.iter(W_T))
    assert "Karin Lindqvist" in deleted and "Ny Direktör" in inserted


def test_a_changed_link_address_is_deleted_and_inserted(
        pairs: tuple[Path, dict[str, int]]) -> None:
    doc = tracked(pairs[0], 1, 2)
    targets = {rid: rel.target_ref for rid, rel in doc.part.rels.items() if rel.is_external}
    body = doc.element.body
    links = {(r.tag, targets[h.get(qn("r:id"))])
             for h in body.iter(qn("w:hyperlink")) if h.get(qn("r:id")) in targets
             for r in h if r.tag in (W_INS, W_DEL)}
    assert any(tag == W_INS and "example.org/ny-adress/" in url for tag, url in links)
    assert any(tag == W_DEL and "example.org/ny-adress/" not in url for tag, url in links)


def test_the_file_opens_in_python_docx_and_docx2python(
        pairs: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    import docx
    from docx2python import docx2python

    path, _plans = pairs
    a_doc, b_doc = documents(path, 1, 2)
    comparison = compare_plans(a_doc["plan"], b_doc["plan"])
    out = export_tracked_agreement(a_doc, b_doc, comparison, tmp_path / "t.docx",
                                   author="Kim Samordnare", when=WHEN)
    opened = docx.Document(str(out))
    assert any(p.text.startswith("Insatser inom området") for p in opened.paragraphs)
    with docx2python(str(out)) as read:
        assert "Alla skolor har en plan mot psykisk ohälsa." in read.text
    etree.fromstring(etree.tostring(opened.element))  # well-formed


def test_the_input_documents_are_left_as_they_were(
        pairs: tuple[Path, dict[str, int]]) -> None:
    path, _plans = pairs
    a_doc, b_doc = documents(path, 1, 2)
    before = copy.deepcopy((a_doc, b_doc))
    build_tracked_agreement(a_doc, b_doc, compare_plans(a_doc["plan"], b_doc["plan"]),
                            author="X", when=WHEN)
    assert (a_doc, b_doc) == before


# ------------------------------------------------------------------ the CLI


def test_cli_diff_out_writes_the_document_and_prints_its_path_last(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path,
        english_cli: None) -> None:
    edited_copy(demo_workspace_path)
    out = tmp_path / "ändringar.docx"
    code, lines, err = run_lines(capsys, demo_workspace_path, "diff", "1", "2",
                                 "--out", str(out))
    assert (code, err) == (0, "")
    assert lines[-2] == "1 added, 1 removed, 2 moved, 2 changed."
    assert lines[-1] == str(out)
    body = body_of(out)
    assert next(body.iter(W_INS), None) is not None
    authors = {e.get(qn("w:author")) for e in body.iter(*REVISIONS)}
    assert authors == {"Kim Samordnare"}  # B's coordinator (the copy's edit)


def test_cli_diff_json_out_names_the_document(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "same.docx"
    code, stdout, _err = run_in(capsys, demo_workspace_path, "diff", "1", "1", "--json",
                                "--out", str(out))
    assert code == 0
    data = json.loads(stdout)
    assert data["docx"] == str(out) and data["summary"]["changed"] == 0
    assert next(body_of(out).iter(*REVISIONS), None) is None


def test_cli_diff_out_for_an_unknown_plan_writes_nothing(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.docx"
    code, _out, err = run_in(capsys, demo_workspace_path, "diff", "1", "99", "--out", str(out))
    assert code == 2 and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("b", [2, 3])
def test_a_laid_out_beside_b_is_a_agreement_as_exported(
        pairs: tuple[Path, dict[str, int]], b: int) -> None:
    """A's list items copied from B's layout give the very body A's own export has."""
    from insatsplan.word.agreement import build_agreement
    from insatsplan.word.agreement_pair import build_agreement_pair

    a_doc, b_doc = documents(pairs[0], 1, b)
    comparison = compare_plans(a_doc["plan"], b_doc["plan"])
    a_pair, b_pair, copies = build_agreement_pair(a_doc, b_doc, comparison.matches)
    assert len(copies) > 50  # most of A was copied
    for pair, alone in ((a_pair, build_agreement(a_doc)), (b_pair, build_agreement(b_doc))):
        assert _xml(pair) == _xml(alone)


def _xml(doc: Any) -> list[bytes]:
    """The body's elements as XML, link relationship ids by their targets."""
    targets = {rid: rel.target_ref for rid, rel in doc.part.rels.items() if rel.is_external}
    body = copy.deepcopy(doc.element.body)
    for link in body.iter(qn("w:hyperlink")):
        if link.get(qn("r:id")) in targets:
            link.set(qn("r:id"), targets[link.get(qn("r:id"))])
    return [etree.tostring(e) for e in body]
