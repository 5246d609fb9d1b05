"""A known pair of plans for the comparison view's tests and its real-window run.

A is the demo plan, B a new version of it with four edits made through the workspace
API, as the editor's commands make them: a word of a topic's title changed, a goal
deleted, a goal added, a topic moved to another focus area.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from insatsplan.workspace import Workspace

RENAMED_FROM = "Psykisk hälsa i skolan"
RENAMED_TO = "Psykisk hälsa i grundskolan"
DELETED_GOAL = "Erbjuda samtal på kvällstid en dag i veckan."
ADDED_GOAL = "Öppna en ny fritidsgård i norr."
MOVED_TOPIC = "Brukarinflytande"


@dataclass
class Pair:
    a_id: int
    b_id: int
    renamed: str  # uuids in B (the deleted goal's in A)
    deleted_goal: str
    deleted_goal_topic: str
    added_goal: str
    moved_topic: str


def _find(nodes: list[dict[str, Any]], title: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(node, parent) of the first node whose title starts with *title*."""
    stack: list[tuple[dict[str, Any], dict[str, Any] | None]] = [(n, None) for n in nodes]
    while stack:
        node, parent = stack.pop(0)
        if node["title"].startswith(title):
            return node, parent
        stack.extend((child, node) for child in node.get("children", []))
    raise AssertionError(f"no node {title!r}")


def make_pair(ws: Workspace) -> Pair:
    """A = the demo plan, B = its new version with the four edits."""
    a_id = ws.plan_summaries()[0].id
    b_id = ws.new_version(a_id, year=2026)
    areas = ws.exchange_document(b_id)["plan"]["children"]
    renamed, _ = _find(areas, RENAMED_FROM)
    deleted, deleted_topic = _find(areas, DELETED_GOAL)
    leisure, _ = _find(areas, "Meningsfull fritid")
    moved, _ = _find(areas, MOVED_TOPIC)
    assert deleted_topic is not None
    ws.update_node(ws.node_id(b_id, renamed["uuid"]), title=RENAMED_TO)
    ws.delete_node(ws.node_id(b_id, deleted["uuid"]))
    added_id = ws.add_node(b_id, ws.node_id(b_id, leisure["uuid"]), "goal", ADDED_GOAL,
                           horizon="short")
    ws.move_node(ws.node_id(b_id, moved["uuid"]), ws.node_id(b_id, areas[0]["uuid"]), 99)
    return Pair(a_id, b_id, renamed["uuid"], deleted["uuid"], deleted_topic["uuid"],
                ws.node_place(added_id).uuid, moved["uuid"])
