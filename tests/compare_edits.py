"""A demo plan's next version with one edit of each kind, shared by the comparison's
workspace and CLI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from insatsplan.workspace import Workspace


def walk(children: list[dict[str, Any]], parent: dict[str, Any] | None = None
         ) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    for child in children:
        yield child, parent
        yield from walk(child["children"], child)


def by_title(document: dict[str, Any], start: str) -> dict[str, Any]:
    [found] = [n for n, _p in walk(document["plan"]["children"]) if n["title"].startswith(start)]
    return found


def edited_copy(path: Path) -> tuple[dict[str, str], str]:
    """new-version of the demo plan (the same year, so only the edits differ), then six
    edits through the workspace's operations; the UUIDs of what was edited, and the
    copy's plan UUID."""
    with Workspace.open(path) as ws:
        copy_id = ws.new_version(1, year=ws.plan(1).year_from)
        doc = ws.exchange_document(copy_id)

        def node_id(start: str) -> int:
            return ws.node_id(copy_id, by_title(doc, start)["uuid"])

        renamed = by_title(doc, "Pröva digitala föräldraträffar")
        ws.update_node(node_id("Pröva digitala föräldraträffar"),
                       title=renamed["title"].replace("digitala", "fysiska"))
        deleted = by_title(doc, "Hålla fritidsgårdarna öppna")  # a later sibling follows
        ws.delete_node(node_id("Hålla fritidsgårdarna öppna"))
        school = node_id("Psykisk hälsa i skolan")
        added = ws.add_node(copy_id, school, "goal", "Alla skolor har en plan mot psykisk "
                            "ohälsa.", horizon="long", position=0)  # before the others
        moved = by_title(doc, "Första linjen för barn och unga")
        ws.move_node(node_id("Första linjen för barn och unga"), node_id(
            "Förebyggande och främjande arbete"), 99)
        outdented = by_title(doc, "Utbilda sex nya gruppledare")  # nested under the ABC goal
        ws.move_node(node_id("Utbilda sex nya gruppledare"), node_id("Föräldraskapsstöd"), 1)
        ws.update_plan(copy_id, coordinator="Kim Samordnare")
        added_uuid = ws.node_place(added).uuid
        plan_uuid = ws.plan(copy_id).uuid
    return {"renamed": renamed["uuid"], "deleted": deleted["uuid"], "added": added_uuid,
            "moved": moved["uuid"], "outdented": outdented["uuid"]}, plan_uuid
