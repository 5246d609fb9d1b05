"""The follow-up report (Redovisning), and the action plan with its report in one.

The layout follows the city's 2021 "Handlingsplan … samt redovisning" (FOLLOW-UP.md, "The
report"; ``samples/report-excerpt.txt``) with what its readers asked for added: a title
page (or, combined, the plan's own front matter), a table of contents, a summary of the
activities by evaluation status and the indicators by status per focus area, then
"Fokusområde 1. …" and under it every activity with its labelled fields in the 2021
order, the period's evaluation, an indicator table and the trend charts.

Input is the plan's exchange dict (evaluations travel in it) and a
:class:`~insatsplan.word.report_input.ReportInput` with the indicator lines and the
charts as PNG bytes, gathered by the caller: no database, no Qt and no chart drawing
here. The report is not sealed: it names the plan version it follows up by that version's
Dokument-ID, but carries no Dokument-ID of its own and no signature page, since
evaluations and measurements are outside the fingerprint.

Everything is tolerant: an empty field is left out (never an empty label), a plan without
evaluations or indicators, a period nobody reported on and a chart that is not a PNG
all give a sound document.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from docx.opc.part import Part
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from insatsplan.errors import UserMessage
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.follow_up.evaluation_choice import (
    NO_EVALUATION,
    chosen_evaluation,
    period_or_none,
)
from insatsplan.follow_up.status import STATUS_SOFT_COLOUR
from insatsplan.periods import MONTH_NAMES, period_label
from insatsplan.text import Block, BulletItem, Run, parse_blocks
from insatsplan.values import format_value_sv
from insatsplan.word import docx_xml as x
from insatsplan.word import labels
from insatsplan.word.agreement import short_title
from insatsplan.word.report_input import ChartImage, IndicatorLine, ReportInput
from insatsplan.word.template import open_template
from insatsplan.word.writer import (
    PROP_FINGERPRINT,
    PROP_PLAN_UUID,
    DocumentWriter,
    export_docx,
    inline,
    limit,
    node_bookmark,
    node_dicts,
    plain,
    sanitised,
    small,
)

__all__ = ["PROP_PERIOD", "ReportLayout", "build_report", "export_report"]

#: Custom property naming the period the report follows up ("2025", "2025-VT").
PROP_PERIOD: Final = "InsatsplanPeriod"

#: The bookmark of the summary heading (``_Toc``: hidden in Word's bookmark list).
SUMMARY_BOOKMARK: Final = "_TocInsatsplanSummary"

#: Evaluation statuses as the summary counts them, then the column for none.
_EVALUATION_ORDER: Final = tuple(labels.EVALUATION_WORDS)
_STATUS_ORDER: Final = ("green", "yellow", "red", "none")

#: Table text is 9 pt and the header row 8 pt, so seven columns fit a portrait page with
#: "utvärdering" unbroken in Calibri or Arial; the header row is grey.
_TABLE_TEXT_SIZE: Final = "18"
_HEADER_TEXT_SIZE: Final = "16"
_HEADER_FILL: Final = "F2F2F2"
_BORDER_COLOUR: Final = "A6A6A6"
_EMU_PER_CM: Final = 360000
_EMU_PER_TWIP: Final = 635

_NS_WP: Final = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_NS_A: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS_PIC: Final = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_DOC_PR: Final = f"{{{_NS_WP}}}docPr"


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its runs, an optional background (hex without ``#``), bold."""

    runs: tuple[Run, ...]
    fill: str | None = None
    bold: bool = False
    centred: bool = False


def _cell(text: str, fill: str | None = None, *, bold: bool = False,
          centred: bool = False) -> Cell:
    return Cell((Run(text),), fill, bold, centred)


def _count(number: int, fill: str | None = None, *, bold: bool = False) -> Cell:
    """A count in the summary, centred under its status word."""
    return _cell(str(number), fill, bold=bold, centred=True)


_SOFT_COLOURS: Final[dict[str, str]] = {
    key: colour.lstrip("#").upper() for key, colour in STATUS_SOFT_COLOUR.items()}


def _fill(status: str) -> str:
    """The soft background of an indicator status, as Word wants it (``DCEFDC``)."""
    return _SOFT_COLOURS.get(status, _SOFT_COLOURS["none"])


class ReportLayout(DocumentWriter):
    """Writes one plan's follow-up report (or plan and report, *combined*) into an
    emptied template document."""

    def __init__(self, doc: Any, document: dict[str, Any], follow_up: ReportInput, *,
                 combined: bool) -> None:
        plan = document.get("plan")
        super().__init__(doc, plan if isinstance(plan, dict) else {})
        self.document = document
        self.follow_up = follow_up
        self.combined = combined
        self.period = x.safe_text(follow_up.period)
        self.parsed_period = period_or_none(self.period)
        self.period_label = x.safe_text(follow_up.period_label) or self.period or self.years
        kind = x.safe_text(self.plan.get("kind"))
        self.plan_kind: str = kind if kind in labels.PLAN_NOUN else "agreement"
        self.follows = _followed_fingerprint(document)
        self.names = organisation_names(document)
        self.figures = 0
        self.next_drawing_id = _first_free_drawing_id(doc)

    # ------------------------------------------------------------------ front matter

    def front_matter(self) -> Any:
        """The title page; returns the paragraph the table of contents follows."""
        if self.combined:
            return self.plan_front_matter()
        plan = self.plan
        self.para(self.ids.title,
                  (Run(labels.REPORT_TITLE.format(period=self.period_label)),))
        if plain(inline(plan.get("title"))).strip():
            self.para(self.ids.subtitle, inline(plan.get("title")))
        deadline = swedish_date(plan.get("reporting_deadline"))
        if deadline:
            self.para(self.ids.normal, (Run(labels.REPORT_DEADLINE.format(date=deadline)),))
        if self.follows:
            self.para(self.ids.normal, (Run(labels.REPORT_FOLLOWS.format(
                document=labels.PLAN_NOUN[self.plan_kind],
                fingerprint=grouped(self.follows))),))
        return self.para(self.ids.normal, (Run(labels.REPORT_INTRO.format(
            document_whose=labels.PLAN_NOUN_WHOSE[self.plan_kind],
            period=self.period_label)),))

    def plan_front_matter(self) -> Any:
        """The plan's own title, subtitle, preamble and basis, then its deadline."""
        plan = self.plan
        title = inline(plan.get("title"))
        self.para(self.ids.title, title if plain(title).strip() else (
            Run(labels.KIND_PLAN_AND_REPORT),))
        if plan.get("subtitle"):
            self.para(self.ids.subtitle, inline(plan.get("subtitle")))
        self.blocks(plan.get("preamble"))
        listed = plan.get("basis")
        basis = [b for b in listed if b] if isinstance(listed, list) else []
        if basis:
            intro = labels.PLAN_BASIS_INTRO if self.plan_kind == "plan_and_report" else (
                labels.BASIS_INTRO)
            x.ppr_child(self.para(self.ids.normal, (Run(intro),)), x.KEEPNEXT)
            for entry in basis:
                self.item(inline(entry), 0)
        deadline = swedish_date(plan.get("reporting_deadline"))
        if deadline:
            self.para(self.ids.normal, (Run(labels.PLAN_DEADLINE.format(
                document=labels.PLAN_NOUN[self.plan_kind], date=deadline)),))
        last = self.para(self.ids.normal, (Run(labels.PLAN_AND_REPORT_INTRO.format(
            document_whose=labels.PLAN_NOUN_WHOSE[self.plan_kind], years=self.years,
            period=self.period_label)),))
        if self.follows:
            last = x.paragraph(self.body, self.ids.normal)
            small(x.plain_run(last, labels.REPORT_FOLLOWS.format(
                document=labels.PLAN_NOUN[self.plan_kind],
                fingerprint=grouped(self.follows))))
        return last

    # ------------------------------------------------------------------ summary

    def summary(self, areas: Sequence[dict[str, Any]]) -> None:
        """Per focus area: activities by evaluation status, indicators by status."""
        text = labels.SUMMARY_HEADING.format(period=self.period_label)
        heading = self.para(self.ids.heading[0], (Run(text),))
        x.ppr_child(heading, x.PAGEBREAKBEFORE)
        self.contents_entry(heading, 1, text, SUMMARY_BOOKMARK)
        activity_rows: list[list[Cell]] = []
        indicator_rows: list[list[Cell]] = []
        activity_total = dict.fromkeys((*_EVALUATION_ORDER, NO_EVALUATION), 0)
        indicator_total = dict.fromkeys(_STATUS_ORDER, 0)
        for number, area in enumerate(areas, 1):
            name = _cell(f"{number}. {plain(self.title_runs(area))}")
            activities = dict.fromkeys(activity_total, 0)
            indicators = dict.fromkeys(indicator_total, 0)
            for topic in _topics(area):
                evaluation = self.evaluation_of(topic)
                status = (NO_EVALUATION if evaluation is None
                          else x.safe_text(evaluation.get("status")))
                if status in activities:
                    activities[status] += 1
            for indicator in _descendants(area, "indicator"):
                indicators[self.indicator_status(indicator)] += 1
            for key, count in activities.items():
                activity_total[key] += count
            for key, count in indicators.items():
                indicator_total[key] += count
            activity_rows.append([name, *(_count(n) for n in activities.values())])
            indicator_rows.append([name, *(_count(n, _fill(key))
                                           for key, n in indicators.items())])
        total = _cell(labels.SUMMARY_TOTAL, bold=True)
        activity_rows.append([total, *(_count(n, bold=True)
                                       for n in activity_total.values())])
        indicator_rows.append([total, *(_count(n, _fill(key), bold=True)
                                        for key, n in indicator_total.items())])

        columns = [labels.EVALUATION_WORDS[key] for key in _EVALUATION_ORDER]
        self.caption(labels.SUMMARY_ACTIVITIES_CAPTION.format(period=self.period_label))
        self.table([_cell(labels.SUMMARY_FOCUS_AREA), *(_cell(c, centred=True) for c in columns),
                    _cell(labels.NO_EVALUATION_COLUMN, centred=True)],
                   activity_rows, (20, 13, 13, 13, 13, 13, 15),
                   caption=labels.SUMMARY_ACTIVITIES_CAPTION.format(period=self.period_label),
                   description=labels.SUMMARY_ACTIVITIES_DESCRIPTION.format(
                       period=self.period_label))
        self.caption(labels.SUMMARY_INDICATORS_CAPTION.format(period=self.period_label))
        self.table([_cell(labels.SUMMARY_FOCUS_AREA),
                    *(_cell(labels.STATUS_WORDS[key], _fill(key), centred=True)
                      for key in _STATUS_ORDER)],
                   indicator_rows, (32, 16, 16, 16, 20),
                   caption=labels.SUMMARY_INDICATORS_CAPTION.format(period=self.period_label),
                   description=labels.SUMMARY_INDICATORS_DESCRIPTION)
        note = x.paragraph(self.body, self.ids.normal)
        small(x.plain_run(note, labels.SUMMARY_NOTE))

    def caption(self, text: str) -> Any:
        """A bold line naming the table below it, kept on its page."""
        p = self.para(self.ids.normal, (Run(text),), bold=True)
        x.ppr_child(p, x.KEEPNEXT)
        x.ppr_child(p, x.SPACING, {qn("w:before"): "240", qn("w:after"): "80"})
        return p

    def table(self, header: Sequence[Cell], rows: Iterable[Sequence[Cell]],
              shares: Sequence[int], *, caption: str, description: str) -> Any:
        """A data table with a real header row, repeated on each page (``tblHeader``),
        light borders, fixed column widths in proportion to *shares*, and a caption and
        description for screen readers."""
        total = sum(shares)
        widths = [self.text_width * share // total for share in shares]
        tbl = x.sub(self.body, qn("w:tbl"))
        props = x.sub(tbl, qn("w:tblPr"))
        x.sub(props, qn("w:tblW"), {qn("w:w"): str(sum(widths)), qn("w:type"): "dxa"})
        borders = x.sub(props, qn("w:tblBorders"))
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x.sub(borders, qn(f"w:{side}"), {x.VAL: "single", qn("w:sz"): "4",
                                              qn("w:space"): "0",
                                              qn("w:color"): _BORDER_COLOUR})
        x.sub(props, qn("w:tblLayout"), {qn("w:type"): "fixed"})
        margins = x.sub(props, qn("w:tblCellMar"))
        for side in ("left", "right"):
            x.sub(margins, qn(f"w:{side}"), {qn("w:w"): "57", qn("w:type"): "dxa"})
        x.sub(props, qn("w:tblLook"), {
            x.VAL: "0020", qn("w:firstRow"): "1", qn("w:lastRow"): "0",
            qn("w:firstColumn"): "0", qn("w:lastColumn"): "0", qn("w:noHBand"): "1",
            qn("w:noVBand"): "1"})
        x.sub(props, qn("w:tblCaption"), {x.VAL: limit(caption)})
        x.sub(props, qn("w:tblDescription"), {x.VAL: limit(description)})
        grid = x.sub(tbl, qn("w:tblGrid"))
        for width in widths:
            x.sub(grid, qn("w:gridCol"), {qn("w:w"): str(width)})
        self.row(tbl, header, widths, header=True)
        for cells in rows:
            self.row(tbl, cells, widths)
        return tbl

    def row(self, tbl: Any, cells: Sequence[Cell], widths: Sequence[int], *,
            header: bool = False) -> None:
        tr = x.sub(tbl, qn("w:tr"))
        tr_props = x.sub(tr, qn("w:trPr"))
        x.sub(tr_props, qn("w:cantSplit"))
        if header:
            x.sub(tr_props, qn("w:tblHeader"))
        for cell, width in zip(cells, widths, strict=False):
            tc = x.sub(tr, qn("w:tc"))
            tc_props = x.sub(tc, qn("w:tcPr"))
            x.sub(tc_props, qn("w:tcW"), {qn("w:w"): str(width), qn("w:type"): "dxa"})
            fill = cell.fill or (_HEADER_FILL if header else None)
            if fill:
                x.sub(tc_props, qn("w:shd"), {x.VAL: "clear", qn("w:color"): "auto",
                                               qn("w:fill"): fill})
            p = x.paragraph(tc, self.ids.normal)
            x.ppr_child(p, x.SPACING, {qn("w:before"): "40", qn("w:after"): "40",
                                       qn("w:line"): "240", qn("w:lineRule"): "auto"})
            if cell.centred:
                x.ppr_child(p, x.JC, {x.VAL: "center"})
            self.runs.write(p, cell.runs, bold=header or cell.bold)
            _text_size(p, _HEADER_TEXT_SIZE if header else _TABLE_TEXT_SIZE)

    # ------------------------------------------------------------------ focus areas

    def title_runs(self, node: dict[str, Any]) -> tuple[Run, ...]:
        runs = inline(node.get("title"))
        return (Run(labels.UNTITLED_HEADING),) if _blank(runs) else runs

    def focus_area(self, node: dict[str, Any], number: int) -> None:
        runs = (Run(labels.FOCUS_AREA_HEADING.format(number=number)), *self.title_runs(node))
        p = self.heading(1, runs, node_bookmark(node.get("uuid")))
        x.ppr_child(p, x.PAGEBREAKBEFORE)
        self.focus_area_content(node, self.activity)

    def activity(self, node: dict[str, Any]) -> None:
        """One activity (a topic): heading, labelled fields, evaluation, indicators."""
        self.heading(2, inline(node.get("title")), node_bookmark(node.get("uuid")))
        self.blocks(node.get("text"))
        found = node.get("fields")
        fields: dict[str, Any] = found if isinstance(found, dict) else {}
        self.field(labels.FIELD_BACKGROUND, fields.get("background"))
        self.field(labels.FIELD_PURPOSE, fields.get("purpose"))
        self.field(labels.FIELD_TARGET_GROUP, fields.get("target_group"))
        goals = [c for c in node_dicts(node.get("children")) if c.get("kind") != "indicator"]
        self.goal_field(labels.FIELD_SHORT_GOALS,
                        [g for g in goals if g.get("horizon") != "long"])
        self.goal_field(labels.FIELD_LONG_GOALS,
                        [g for g in goals if g.get("horizon") == "long"])
        self.measurable(node, fields.get("measurable"))
        self.responsible(fields.get("responsible"))
        self.field(labels.FIELD_TIMELINE, fields.get("timeline"))
        self.funding(fields.get("funding"))
        self.evaluation(node)
        self.indicators(node)

    def field(self, label: str, text: object, lead: Sequence[Run] = (),
              after: Sequence[dict[str, Any]] = ()) -> None:
        """A labelled field as the 2021 report prints it: the bold label and the text's
        first paragraph in one paragraph, the rest of the text below (bullets as
        bullets), then the goals *after* as a list. Left out when there is nothing."""
        blocks: list[Block] = [block for block in parse_blocks(x.safe_text(text))
                               if not _blank(block.runs)] if text else []
        first: tuple[Run, ...] = tuple(lead)
        if blocks and not isinstance(blocks[0], BulletItem):
            head = blocks.pop(0).runs
            first = (*first, Run(" "), *head) if first else head
        if _blank(first) and not blocks and not after:
            return
        separator = " " if label.endswith("?") else labels.LABEL_SEPARATOR
        p = self.para(self.ids.normal, (Run(label + (separator if first else
                                                     separator.rstrip())),), bold=True)
        self.runs.write(p, first)
        if blocks or after:
            x.ppr_child(p, x.KEEPNEXT)
        for block in blocks:
            if isinstance(block, BulletItem):
                self.item(block.runs, block.level)
            else:
                self.para(self.ids.normal, block.runs)
        self.goal_list(after, 0)

    def goal_field(self, label: str, goals: Sequence[dict[str, Any]]) -> None:
        self.field(label, None, after=goals)

    def goal_list(self, nodes: Iterable[dict[str, Any]], level: int) -> None:
        """Goals as bullets, nested goals one level deeper each (as in the agreement); an
        untitled one says so rather than print an empty bullet."""
        for node in nodes:
            self.item(self.title_runs(node), level, node_bookmark(node.get("uuid")))
            self.blocks(node.get("text"), level + 1, in_list=True)
            self.goal_list(node_dicts(node.get("children")), level + 1)

    def measurable(self, node: dict[str, Any], measurable: object) -> None:
        """"Finns mätbara mål inom området?": Ja/Nej and how, then the indicators."""
        answer = text = None
        if isinstance(measurable, dict):
            answer = labels.MEASURABLE_ANSWERS.get(str(measurable.get("answer")))
            text = measurable.get("text")
        lead: tuple[Run, ...] = ()
        if answer:
            lead = (Run(answer + "."),)
        indicators = list(_descendants(node, "indicator"))
        self.field(labels.FIELD_MEASURABLE, text, lead, after=indicators)

    def responsible(self, responsible: object) -> None:
        """"Ansvariga": the administrations' names, then the named people."""
        if not isinstance(responsible, dict):
            return
        listed = responsible.get("organisations")
        codes = [x.safe_text(c) for c in listed if c] if isinstance(listed, list) else []
        names = [self.names.get(code, code) for code in codes]
        lead: tuple[Run, ...] = ()
        if names:
            joined = (", ".join(names[:-1]) + labels.AND + names[-1]) if len(names) > 1 else (
                names[0])
            lead = (Run(joined + "."),)
        self.field(labels.FIELD_RESPONSIBLE, responsible.get("people"), lead)

    def funding(self, funding: object) -> None:
        """"Finansiering": the source and the amount, "Stimulansmedel, 420 000 kr"."""
        if not isinstance(funding, dict):
            return
        source = inline(funding.get("source"))
        amount = swedish_amount(funding.get("amount"))
        runs: tuple[Run, ...] = source if plain(source).strip() else ()
        if amount:
            runs = (*runs, Run(", "), Run(amount)) if runs else (Run(amount),)
        self.field(labels.FIELD_FUNDING, None, runs)

    # ------------------------------------------------------------------ follow-up

    def evaluation_of(self, topic: dict[str, Any]) -> dict[str, Any] | None:
        """The topic's evaluation for the report's period: its own, else the latest
        term's or quarter's inside it, by the rule the Uppföljning view and
        ``status --missing`` use (:mod:`insatsplan.follow_up.evaluation_choice`)."""
        period = self.parsed_period
        if period is None:
            return None
        return chosen_evaluation(node_dicts(topic.get("evaluations")), period,
                                 lambda evaluation: period_or_none(evaluation.get("period")))

    def indicator_status(self, node: dict[str, Any]) -> str:
        line = self.follow_up.indicators.get(x.safe_text(node.get("uuid")))
        status = getattr(line, "status", None)
        return status if status in _STATUS_ORDER else "none"

    def evaluation(self, node: dict[str, Any]) -> None:
        """"Utvärdering <period>": status, participants and the text; or that none was
        written for the period."""
        self.heading(3, (Run(labels.EVALUATION_HEADING.format(period=self.period_label)),))
        evaluation = self.evaluation_of(node)
        if evaluation is None:
            self.para(self.ids.normal,
                      (Run(labels.NO_EVALUATION.format(period=self.period_label)),))
            return
        own = period_or_none(evaluation.get("period"))
        if own is not None and own.text != self.period:  # a term's, standing for the year
            self.labelled_line(labels.EVALUATION_PERIOD, period_label(own.text))
        status = evaluation.get("status")
        word = labels.EVALUATION_WORDS.get(str(status), x.safe_text(status))
        if word:
            self.labelled_line(labels.EVALUATION_STATUS, word)
        participants = evaluation.get("participants")
        if isinstance(participants, int) and not isinstance(participants, bool):
            self.labelled_line(labels.EVALUATION_PARTICIPANTS,
                               format_value_sv(Decimal(participants)))
        self.blocks(evaluation.get("text"))

    def labelled_line(self, label: str, text: str) -> None:
        p = self.para(self.ids.normal, (Run(label + labels.LABEL_SEPARATOR),), bold=True)
        x.plain_run(p, x.safe_text(text))

    def indicators(self, node: dict[str, Any]) -> None:
        """The indicator table (those with a line) and the topic's trend charts."""
        lines: list[IndicatorLine] = []
        for indicator in _descendants(node, "indicator"):
            line = self.follow_up.indicators.get(x.safe_text(indicator.get("uuid")))
            if isinstance(line, IndicatorLine):
                lines.append(line)
        charts = [c for c in self.follow_up.charts.get(x.safe_text(node.get("uuid")), ())
                  if isinstance(c, ChartImage)]
        if not lines and not charts:
            return
        self.heading(3, (Run(labels.INDICATORS_HEADING),))
        if lines:
            title = plain(inline(node.get("title")))
            self.table([_cell(text) for text in labels.INDICATOR_COLUMNS],
                       [self.indicator_row(line) for line in lines], (26, 10, 17, 13, 18, 16),
                       caption=labels.INDICATOR_TABLE_CAPTION.format(title=title),
                       description=labels.INDICATOR_TABLE_DESCRIPTION)
        for chart in charts:
            self.chart(chart)
        if lines and not charts:  # Word wants a paragraph between a table and what follows
            x.ppr_child(x.paragraph(self.body, self.ids.normal), x.SPACING,
                        {qn("w:after"): "0"})

    @staticmethod
    def indicator_row(line: IndicatorLine) -> list[Cell]:
        def value(text: object) -> Cell:
            return _cell(x.safe_text(text).strip() or labels.NO_VALUE)

        latest = x.safe_text(line.latest).strip()
        period = x.safe_text(line.latest_period).strip()
        if latest and period:
            latest = f"{latest} ({period})"
        status = line.status if line.status in _STATUS_ORDER else "none"
        title = inline(line.title)
        return [Cell(title if plain(title).strip() else (Run(labels.NO_VALUE),)),
                value(line.unit), value(line.baseline), value(line.target), value(latest),
                _cell(labels.STATUS_WORDS[status], _fill(status))]

    def chart(self, chart: ChartImage) -> None:
        """The chart as an inline picture at its print width (never resampled: the PNG
        goes in as given) with its alt text, and a caption below."""
        self.figures += 1
        alt = x.safe_text(chart.alt_text).strip()
        picture = self.picture(chart, alt)
        if picture is not None:
            p = x.paragraph(self.body, self.ids.normal)
            x.ppr_child(p, x.KEEPNEXT)
            x.ppr_child(p, x.SPACING, {qn("w:before"): "240", qn("w:after"): "60",
                                       qn("w:line"): "240", qn("w:lineRule"): "auto"})
            p.append(picture)
        caption = x.paragraph(self.body, self.ids.normal)
        text = labels.CHART_CAPTION.format(number=self.figures, text=alt or labels.CHART_TITLE)
        small(x.plain_run(caption, text))

    def picture(self, chart: ChartImage, alt: str) -> Any | None:
        """A run holding the PNG as a ``wp:inline`` drawing; None for bytes that are no
        picture (the caption then still says what the chart would have shown)."""
        if not isinstance(chart.png, bytes | bytearray) or not chart.png:
            return None
        try:
            rid, image = self.doc.part.get_or_add_image(io.BytesIO(bytes(chart.png)))
            px_width, px_height = int(image.px_width), int(image.px_height)
        except Exception:  # python-docx cannot read it: leave the picture out
            return None
        try:
            width_cm = float(chart.width_cm) if chart.width_cm > 0 else 16.0
        except (TypeError, ValueError):
            width_cm = 16.0
        cx = round(width_cm * _EMU_PER_CM)
        if cx > self.text_width * _EMU_PER_TWIP + _EMU_PER_CM // 10:  # a narrower page
            cx = self.text_width * _EMU_PER_TWIP
        cy = round(cx * px_height / px_width) if px_width > 0 and px_height > 0 else round(
            cx / 2)
        drawing_id = self.next_drawing_id
        self.next_drawing_id += 1
        name = f"{labels.CHART_TITLE} {self.figures}"
        return etree.fromstring(_PICTURE.format(
            cx=cx, cy=cy, id=drawing_id, name=_attr(name), descr=_attr(alt),
            title=_attr(labels.CHART_TITLE), rid=rid))

    # ------------------------------------------------------------------ the whole

    def write(self) -> None:
        anchor = self.front_matter()
        areas = list(node_dicts(self.plan.get("children")))
        self.summary(areas)
        for number, node in enumerate(areas, 1):
            self.focus_area(node, number)
        if len(self.body) and self.body[-1].tag == qn("w:tbl"):
            x.paragraph(self.body, self.ids.normal)
        self.finish(anchor)
        title = short_title(self.plan, self.years)
        line = labels.PLAN_AND_REPORT_HEADER if self.combined else labels.REPORT_HEADER
        right = self.years if self.combined else self.period_label
        # A title that names the year mid-title ("Insatser 2025 för barn") says it once.
        self.headers_and_footers(line.format(title=title),
                                 "" if _names(title, right) else right)
        comments = labels.REPORT_FOLLOWS.format(
            document=labels.PLAN_NOUN[self.plan_kind],
            fingerprint=grouped(self.follows)) if self.follows else ""
        self.properties(
            category=labels.KIND_PLAN_AND_REPORT if self.combined else labels.KIND_REPORT,
            comments=comments,
            custom={PROP_PLAN_UUID: x.safe_text(self.plan.get("uuid")),
                    PROP_PERIOD: self.period})
        core = self.doc.core_properties
        core.keywords = limit("; ".join((*labels.REPORT_KEYWORDS, self.period_label)))
        if not self.combined:
            core.title = limit(" – ".join(
                t for t in (labels.REPORT_TITLE.format(period=self.period_label),
                            plain(inline(self.plan.get("title")))) if t.strip()))
        _drop_custom_property(self.doc.part.package, PROP_FINGERPRINT)


# --------------------------------------------------------------------------- helpers


def _topics(area: dict[str, Any]) -> Iterator[dict[str, Any]]:
    return (c for c in node_dicts(area.get("children")) if c.get("kind") == "topic")


def _descendants(node: dict[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    """Every node of *kind* below *node*, in print order."""
    for child in node_dicts(node.get("children")):
        if child.get("kind") == kind:
            yield child
        yield from _descendants(child, kind)


def organisation_names(document: dict[str, Any]) -> dict[str, str]:
    """Organisation code -> name, from the plan's parties and signatories (the exchange
    dict's only names; an unknown code prints as itself)."""
    plan = document.get("plan")
    if not isinstance(plan, dict):
        return {}
    names: dict[str, str] = {}
    for entry in (*node_dicts(plan.get("signatories")), *node_dicts(plan.get("parties"))):
        code = x.safe_text(entry.get("organisation_code"))
        name = x.safe_text(entry.get("organisation_name")).strip()
        if code and name:
            names[code] = name
    return names


def swedish_date(value: object) -> str:
    """``2026-03-01`` as the plan says it, "1 mars 2026"; "" for anything else."""
    try:
        day = dt.date.fromisoformat(x.safe_text(value))
    except ValueError:
        return ""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def swedish_amount(value: object) -> str:
    """An amount in kronor the Swedish way, "250 000 kr"; "" when there is none; an
    amount that is not a number prints as written."""
    text = x.safe_text(value).strip()
    if not text:
        return ""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    return f"{format_value_sv(number)}\u00a0{labels.CURRENCY}"


def _followed_fingerprint(document: dict[str, Any]) -> str | None:
    """The Dokument-ID of the plan version followed up: the fingerprint of its content;
    the stored one when the content cannot be fingerprinted (a hand-made dict)."""
    try:
        return fingerprint(document)
    except Exception:
        plan = document.get("plan")
        stored = plan.get("fingerprint") if isinstance(plan, dict) else None
        return stored if isinstance(stored, str) and stored else None


def _blank(runs: Sequence[Run]) -> bool:
    """Whether *runs* show nothing: only spaces and invisible format characters (a zero
    width space or a byte order mark pasted along), which would print a label with
    nothing after it."""
    return not "".join(ch for ch in plain(runs)
                       if unicodedata.category(ch) != "Cf").strip()


def _names(title: str, period: str) -> bool:
    """Whether *title* holds *period* ("2025", "VT 2025") as a word of its own."""
    return bool(period) and re.search(rf"(?<![\w]){re.escape(period)}(?![\w])",
                                      title) is not None


def _text_size(p: Any, half_points: str) -> None:
    """Set the size of every run in paragraph *p* (links included)."""
    for r in p.iter(x.R):
        rpr = r.find(x.RPR)
        if rpr is None:
            rpr = etree.Element(x.RPR)
            r.insert(0, rpr)
        x.sub(rpr, x.SZ, {x.VAL: half_points})
        x.sub(rpr, x.SZCS, {x.VAL: half_points})


def _first_free_drawing_id(doc: Any) -> int:
    """A ``wp:docPr`` id above every one in the body, headers and footers (a template's
    logo has one; Word wants them unique)."""
    parts = [doc.part, *(rel.target_part for rel in doc.part.rels.values()
                         if not rel.is_external and rel.reltype.endswith(("/header",
                                                                          "/footer")))]
    used = [0]
    for part in parts:
        element = getattr(part, "element", None)
        if element is None:
            continue
        used.extend(int(d.get("id")) for d in element.iter(_DOC_PR)
                    if (d.get("id") or "").isdigit())
    return max(used) + 1


def _attr(text: str) -> str:
    """*text* escaped for an XML attribute (quotes, ampersands, angle brackets, and
    line breaks kept as characters)."""
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", "&#10;").replace("\t", "&#9;"))


_PICTURE: Final = (
    f'<w:r {nsdecls("w", "r", "wp", "a", "pic")}><w:drawing>'
    '<wp:inline distT="0" distB="0" distL="0" distR="0">'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:docPr id="{id}" name="{name}" descr="{descr}" title="{title}"/>'
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
    f'<a:graphic><a:graphicData uri="{_NS_PIC}"><pic:pic>'
    '<pic:nvPicPr><pic:cNvPr id="0" name="{name}.png" descr="{descr}"/><pic:cNvPicPr/>'
    '</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
    '</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
    '<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    '</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def _drop_custom_property(package: Any, name: str) -> None:
    """Remove custom property *name* that a template (an earlier agreement used as the
    template) brought along: the report must not claim a Dokument-ID of its own."""
    rel = next((r for r in package.rels.values() if r.reltype == x.CUSTOM_RT), None)
    if rel is None:
        return
    try:
        root = etree.fromstring(rel.target_part.blob)
    except (etree.XMLSyntaxError, ValueError):
        return
    found = [p for p in root if p.get("name") == name]
    if not found:
        return
    for prop in found:
        root.remove(prop)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(rel.target_part.partname, x.CUSTOM_CT, blob, package)
    package.rels.add_relationship(x.CUSTOM_RT, part, rel.rId)


def default_input(document: dict[str, Any]) -> ReportInput:
    """The follow-up of the plan's first year with no indicator lines and no charts: what
    a caller that gathered nothing gets (a sound report saying what is missing)."""
    plan = document.get("plan") if isinstance(document.get("plan"), dict) else {}
    year = x.safe_text((plan or {}).get("year_from")) or str(dt.date.today().year)
    return ReportInput(period=year, period_label=year)


def build_report(document: dict[str, Any], follow_up: ReportInput | None, *,
                 combined: bool, template: Path | None = None) -> Any:
    """The report as an in-memory python-docx ``Document`` (nothing written)."""
    if not isinstance(document, dict):
        raise TypeError("document must be an exchange dict")
    clean_document = sanitised(document)
    if not isinstance(clean_document.get("plan"), dict):  # a sound, empty document
        clean_document["plan"] = {}
    doc = open_template(template)
    ReportLayout(doc, clean_document, follow_up or default_input(clean_document),
                 combined=combined).write()
    return doc


def export_report(document: dict[str, Any], follow_up: ReportInput | None, out: Path, *,
                  combined: bool, template: Path | None = None, pdf: Path | None = None,
                  use_libreoffice: bool = True,
                  on_notice: Callable[[UserMessage], None] | None = None) -> Path:
    """Write the follow-up report (*combined*: the plan and its report in one) for
    *document* to *out* (.docx), atomically; return *out*.

    See :func:`insatsplan.word.writer.export_docx` for LibreOffice, the PDF and the
    notices *on_notice* hears (a font LibreOffice did not have).
    """
    return export_docx(lambda: build_report(document, follow_up, combined=combined,
                                            template=template),
                       out, pdf=pdf, use_libreoffice=use_libreoffice, on_notice=on_notice)
