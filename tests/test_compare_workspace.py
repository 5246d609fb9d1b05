"""Workspace.compare_plans: a copy made with new-version and edited through the
workspace's operations compares with its source as exactly those edits; plans that came
in without our UUIDs are matched by their texts."""

from __future__ import annotations

import uuid as uuid_module
from pathlib import Path

import pytest

from compare_edits import edited_copy, walk
from insatsplan.errors import UserError
from insatsplan.workspace import Workspace


def test_a_plan_compared_with_itself_has_no_changes(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        comparison = ws.compare_plans(1, 1)
        count = sum(1 for _ in walk(ws.exchange_document(1)["plan"]["children"]))
    assert comparison.changes == ()
    assert len(comparison.matches) == count > 0


def test_the_edits_on_a_new_version_are_exactly_the_changes(demo_workspace_path: Path) -> None:
    uuids, plan_uuid = edited_copy(demo_workspace_path)
    with Workspace.open(demo_workspace_path, readonly=True) as ws:  # a second connection
        comparison = ws.compare_plans(1, 2)
    assert sorted((c.change, c.kind, c.uuid) for c in comparison.changes) == sorted([
        ("changed", "goal", uuids["renamed"]),
        ("removed", "goal", uuids["deleted"]),
        ("added", "goal", uuids["added"]),
        ("moved", "topic", uuids["moved"]),
        ("moved", "goal", uuids["outdented"]),
        ("changed", "plan", plan_uuid),
    ])
    by_uuid = {(c.change, c.uuid): c for c in comparison.changes}
    [title] = by_uuid[("changed", uuids["renamed"])].fields
    assert [op for op in title.words if op[0] != "equal"] == [("delete", "digitala"),
                                                               ("insert", "fysiska")]
    plan_change = by_uuid[("changed", plan_uuid)]
    assert plan_change.path == "coordinator" and plan_change.after == "Kim Samordnare"
    moved = by_uuid[("moved", uuids["moved"])]
    topic = "Första linjen för barn och unga"
    assert moved.before["path"] == f"Tillgängliga och tidiga insatser › {topic}"
    assert moved.path == f"Förebyggande och främjande arbete › {topic}"
    assert comparison.summary() == {"added": 1, "removed": 1, "moved": 2, "changed": 2}


def test_changes_are_listed_in_print_order(demo_workspace_path: Path) -> None:
    uuids, plan_uuid = edited_copy(demo_workspace_path)
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        comparison = ws.compare_plans(1, 2)
    assert [c.uuid for c in comparison.changes] == [
        plan_uuid, uuids["outdented"], uuids["renamed"], uuids["added"], uuids["deleted"],
        uuids["moved"]]


def test_plans_of_different_kinds_are_refused(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        other = ws.new_version(1)
        ws.update_plan(other, kind="plan_and_report")
        with pytest.raises(UserError, match="different kinds"):
            ws.compare_plans(1, other)


def test_an_unknown_plan_is_refused(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        with pytest.raises(UserError, match="There is no plan 99"):
            ws.compare_plans(1, 99)
        with pytest.raises(UserError, match="There is no plan nonsense"):
            ws.compare_plans("nonsense", 1)


def test_an_exchange_import_with_fresh_uuids_is_matched_by_text(
        demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        document = ws.exchange_document(1)
        document["plan"]["uuid"] = str(uuid_module.uuid4())
        old_uuids = set()
        for node, _parent in walk(document["plan"]["children"]):
            old_uuids.add(node["uuid"])
            node["uuid"] = str(uuid_module.uuid4())
            node.pop("origin_uuid", None)
        imported = ws.import_document(document)
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        comparison = ws.compare_plans(1, imported)
    assert comparison.changes == ()
    assert set(comparison.matches.values()) == old_uuids  # every node found by its text
    assert not set(comparison.matches) & old_uuids


def test_a_word_import_without_bookmarks_is_matched_by_text(workspace_path: Path,
                                                            tmp_path: Path) -> None:
    """The same careless Word document (no bookmarks: every import gets fresh UUIDs)
    imported before and after an author changed a word and deleted a goal."""
    from docx import Document

    from insatsplan.word_import.importing import read_document, recognise_document
    from word_import_docs import careless_agreement

    before = careless_agreement(tmp_path)
    doc = Document(str(before))
    for paragraph in doc.paragraphs:
        if "Kartlägga otrygga platser kring skolorna." in paragraph.text:
            for run in paragraph.runs:
                run.text = run.text.replace("skolorna", "förskolorna")
        if "Föräldrar deltar i trygghetsvandringar." in paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)
    after = tmp_path / "andrad.docx"
    doc.save(str(after))
    with Workspace.open(workspace_path) as ws:
        organisations = {o.code: o.name for o in ws.organisations()}
        ids = [ws.import_word(recognise_document(read_document(path), organisations))
               for path in (before, after)]
        a_doc, b_doc = (ws.exchange_document(i) for i in ids)
    with Workspace.open(workspace_path, readonly=True) as ws:
        comparison = ws.compare_plans(*ids)
    a_nodes = {n["uuid"]: n["title"] for n, _p in walk(a_doc["plan"]["children"])}
    b_nodes = {n["uuid"]: n["title"] for n, _p in walk(b_doc["plan"]["children"])}
    assert not set(a_nodes) & set(b_nodes)  # nothing shares a UUID
    assert [(c.change, c.kind, c.path.split(" › ")[-1]) for c in comparison.changes] == [
        ("changed", "goal", "Kartlägga otrygga platser kring förskolorna."),
        ("removed", "goal", "Föräldrar deltar i trygghetsvandringar."),
    ]
    assert len(comparison.matches) == len(b_nodes) == len(a_nodes) - 1
    assert all(a_nodes[a] == b_nodes[b] or b_nodes[b].endswith("förskolorna.")
               for b, a in comparison.matches.items())


def test_plans_that_share_nothing_say_so(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        other = ws.create_plan(title="Annan plan", year_from=2025)
        focus = ws.add_node(other, None, "focus_area", "Helt annat område")
        ws.add_node(other, focus, "topic", "Något helt annat")
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        comparison = ws.compare_plans(1, other)
        count = sum(1 for _ in walk(ws.exchange_document(1)["plan"]["children"]))
    assert comparison.shares_nothing
    summary = comparison.summary()
    assert (summary["added"], summary["removed"], summary["moved"]) == (2, count, 0)
