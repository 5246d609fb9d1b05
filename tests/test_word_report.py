"""The follow-up report's Word layout (and the plan with its report in one), read back
with python-docx and an independent reader (docx2python), and rendered by LibreOffice
where it is installed."""

from __future__ import annotations

import copy
import re
import shutil
import struct
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx2python import docx2python
from lxml import etree

from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.follow_up.status import STATUS_SOFT_COLOUR
from insatsplan.word import agreement, export_document, writer
from insatsplan.word.report import build_report, export_report
from insatsplan.word.report_input import ChartImage, IndicatorLine, ReportInput
from word_helpers import REAL_LIBREOFFICE, demo_exchange_document, needs_libreoffice, png

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
NBSP = "\u00a0"

#: The labelled fields in the 2021 report's order.
LABELS = ("Bakgrund", "Syfte", "Målgrupp", "Kortsiktiga mål och aktiviteter",
          "Långsiktiga mål", "Finns mätbara mål inom området?", "Ansvariga", "Tidsplan",
          "Finansiering")
STATUSES = ("green", "yellow", "red", "none")
EVALUATION_WORDS = {"planned": "Planerad", "ongoing": "Pågår", "done": "Genomförd",
                    "postponed": "Uppskjuten", "cancelled": "Inställd"}

#: The real LibreOffice lookup, for the test that wants LibreOffice's own layout.


# --------------------------------------------------------------------------- fixtures


#: A chart as the caller draws it: 16 cm at 200 dpi is 1260 pixels wide.
CHART_PNG = png(1260, 709)


def _walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield node
        yield from _walk(node.get("children", []))


def _topics(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in _walk(document["plan"]["children"]) if n["kind"] == "topic"]


def _topic(document: dict[str, Any], title: str) -> dict[str, Any]:
    return next(t for t in _topics(document) if t["title"] == title)


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo plan as the exchange dict, made once through the workspace API."""
    return demo_exchange_document(tmp_path_factory)


def _line(title: str, status: str, n: int) -> IndicatorLine:
    return IndicatorLine(title=title, unit="antal", baseline=f"{n} (2023)",
                         target=f"{n + 100}", latest=f"1{NBSP}{n:03d}", latest_period="2025",
                         status=status)


def _demo_input(document: dict[str, Any], period: str = "2025") -> ReportInput:
    """Every indicator gets a line (statuses in turn); every topic with indicators one
    chart per indicator, with alt text naming the indicator."""
    lines: dict[str, IndicatorLine] = {}
    charts: dict[str, tuple[ChartImage, ...]] = {}
    for topic in _topics(document):
        for node in _walk(topic["children"]):
            if node["kind"] != "indicator":
                continue
            lines[node["uuid"]] = _line(node["title"], STATUSES[len(lines) % 4], len(lines))
            charts[topic["uuid"]] = (*charts.get(topic["uuid"], ()), ChartImage(
                CHART_PNG, f"{node['title']} 2021–2025, senaste 1 000 (2025), mål 200"))
    return ReportInput(period=period, period_label=period, indicators=lines, charts=charts)


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


@pytest.fixture(scope="module")
def report_file(demo_document: dict[str, Any],
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.docx"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(writer, "libreoffice_driver", lambda: None)
        return export_report(demo_document, _demo_input(demo_document), out, combined=False)


@pytest.fixture(scope="module")
def report(report_file: Path) -> Any:
    return docx.Document(str(report_file))


# --------------------------------------------------------------------------- reading


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _style_names(document: Any) -> dict[str, str]:
    return {s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val")
            for s in document.styles.element.iter(f"{W}style")}


def _paragraphs(document: Any) -> list[tuple[str, str]]:
    """(built-in style name, text) of every body paragraph outside tables, in order."""
    names = _style_names(document)
    out = []
    for p in document.element.body.iterchildren(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((names.get(style.get(f"{W}val") if style is not None else "", "Normal"),
                    _text(p)))
    return out


def _section(document: Any, heading: str) -> list[Any]:
    """The body elements after the Heading 2 *heading* up to the next heading 1 or 2."""
    names = _style_names(document)
    found: list[Any] = []
    inside = False
    for element in document.element.body:
        style = element.find(f"{W}pPr/{W}pStyle")
        name = names.get(style.get(f"{W}val")) if style is not None else None
        if name in ("heading 1", "heading 2"):
            if inside:
                break
            inside = name == "heading 2" and _text(element) == heading
            continue
        if inside:
            found.append(element)
    return found


def _labelled(elements: list[Any]) -> list[tuple[str, str]]:
    """(bold label, rest of the paragraph) of each paragraph that starts with a bold run."""
    out = []
    for p in elements:
        if p.tag != f"{W}p":
            continue
        runs = p.findall(f"{W}r")
        if runs and runs[0].find(f"{W}rPr/{W}b") is not None:
            out.append((_text(runs[0]), _text(p)[len(_text(runs[0])):]))
    return out


def _label_names(elements: list[Any]) -> list[str]:
    return [label.rstrip(": ").rstrip(":") for label, _ in _labelled(elements)
            if label.rstrip(": ").rstrip(":") in LABELS]


def _list_items(elements: list[Any]) -> list[tuple[int, str]]:
    return [(int(p.find(f"{W}pPr/{W}numPr/{W}ilvl").get(f"{W}val")), _text(p))
            for p in elements
            if p.tag == f"{W}p" and p.find(f"{W}pPr/{W}numPr") is not None]


def _rows(table: Any) -> list[list[str]]:
    return [[_text(tc) for tc in tr.iter(f"{W}tc")] for tr in table.iter(f"{W}tr")]


def _fills(table: Any) -> list[list[str | None]]:
    return [[(tc.find(f"{W}tcPr/{W}shd").get(f"{W}fill")
              if tc.find(f"{W}tcPr/{W}shd") is not None else None)
             for tc in tr.iter(f"{W}tc")] for tr in table.iter(f"{W}tr")]


def _custom_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        if "docProps/custom.xml" not in z.namelist():
            return {}
        root = etree.fromstring(z.read("docProps/custom.xml"))
    return {p.get("name"): "".join(p.itertext()) for p in root}


def _export(document: dict[str, Any], follow_up: ReportInput | None, path: Path,
            combined: bool = False) -> Any:
    export_report(document, follow_up, path, combined=combined)
    return docx.Document(str(path))


# --------------------------------------------------------------------------- structure


def test_focus_areas_are_numbered_headings_with_their_activities(
        report: Any, demo_document: dict[str, Any]) -> None:
    paragraphs = _paragraphs(report)
    headings = [(style, text) for style, text in paragraphs
                if style in ("heading 1", "heading 2")]
    expected: list[tuple[str, str]] = [("heading 1", "Sammanfattning 2025")]
    for number, area in enumerate(demo_document["plan"]["children"], 1):
        expected.append(("heading 1", f"Fokusområde {number}. {area['title']}"))
        expected += [("heading 2", t["title"].replace("**", "")) for t in area["children"]
                     if t["kind"] == "topic"]
    assert headings == expected
    assert "Fokusområde 5. Ett stärkt och utvecklat suicidpreventivt arbete" in [
        text for _, text in paragraphs]


def test_contents_lists_the_summary_focus_areas_and_activities(
        report: Any, demo_document: dict[str, Any]) -> None:
    sdt = report.element.body.find(f"{W}sdt")
    lines = [_text(p) for p in sdt.iter(f"{W}p")]
    assert lines[0] == "Innehåll"
    assert "Sammanfattning 2025" in lines
    assert "Fokusområde 1. Förebyggande och främjande arbete" in lines
    assert "Föräldraskapsstöd" in lines


def test_labels_in_the_2021_order_with_their_texts(report: Any,
                                                    demo_document: dict[str, Any]) -> None:
    fields = _topic(demo_document, "Föräldraskapsstöd")["fields"]
    section = _section(report, "Föräldraskapsstöd")
    assert _label_names(section) == list(LABELS)
    labelled = dict(_labelled(section))
    assert labelled["Bakgrund: "] == fields["background"]
    assert labelled["Syfte: "] == fields["purpose"]
    assert labelled["Målgrupp: "] == fields["target_group"]
    assert labelled["Tidsplan: "] == fields["timeline"]
    assert labelled["Finns mätbara mål inom området? "] == f"Ja. {fields['measurable']['text']}"
    assert labelled["Ansvariga: "] == (
        "Socialförvaltningen och Skol- och fritidsförvaltningen. "
        + fields["responsible"]["people"])
    assert labelled["Finansiering: "] == f"Stimulansmedel, 420{NBSP}000{NBSP}kr"


def test_goals_are_nested_bullets_under_their_horizon_and_indicators_under_measurable(
        report: Any, demo_document: dict[str, Any]) -> None:
    topic = _topic(demo_document, "Föräldraskapsstöd")
    section = _section(report, "Föräldraskapsstöd")
    texts = [_text(p) for p in section]
    short = texts.index("Kortsiktiga mål och aktiviteter:")
    long = texts.index("Långsiktiga mål:")
    measurable = next(i for i, t in enumerate(texts) if t.startswith("Finns mätbara"))
    items = _list_items(section[short + 1:long])
    assert items[0] == (0, "Erbjuda föräldraskapsprogrammet ABC (Alla Barn i Centrum) i "
                           "samtliga stadsdelar under 2025.")
    assert items[1] == (1, "Minst två gruppomgångar per termin ges på annat språk än "
                           "svenska.")
    assert [level for level, _ in items] == [0, 1, 1, 0]
    long_goals = [n["title"] for n in topic["children"]
                  if n["kind"] == "goal" and n["horizon"] == "long"]
    assert [t for _, t in _list_items(section[long + 1:measurable])] == long_goals
    indicators = [n["title"] for n in topic["children"] if n["kind"] == "indicator"]
    after = _list_items(section[measurable + 1:measurable + 1 + len(indicators)])
    assert [t for _, t in after] == indicators


def test_empty_fields_are_left_out(report: Any, demo_document: dict[str, Any]) -> None:
    """Brukarinflytande has a purpose, organisations without people and a 'no' answer."""
    section = _section(report, "Brukarinflytande")
    assert _label_names(section) == ["Syfte", "Kortsiktiga mål och aktiviteter",
                                     "Långsiktiga mål", "Finns mätbara mål inom området?",
                                     "Ansvariga"]
    labelled = dict(_labelled(section))
    assert labelled["Ansvariga: "] == "Socialförvaltningen och Vård- och omsorgsförvaltningen."
    assert labelled["Finns mätbara mål inom området? "].startswith("Nej. Brukarrevisionerna")
    # An activity without fields prints no field label at all, and never a bare one.
    bare = _section(report, "Psykisk hälsa i skolan")
    names = _label_names(bare)
    assert not {"Bakgrund", "Syfte", "Målgrupp", "Ansvariga", "Tidsplan",
                "Finansiering"} & set(names)
    for paragraph in _paragraphs(report):
        assert paragraph[1].rstrip(": ") not in LABELS[:3] + LABELS[6:]


def test_evaluation_status_participants_and_bullets(demo_document: dict[str, Any],
                                                    tmp_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    topic = _topic(document, "Föräldraskapsstöd")
    topic["evaluations"][-1]["text"] = (
        "Sex event planerades, fem genomfördes.\n\n"
        "- Digital föreläsning \"Våga fråga\". 22 deltagare.\n"
        "  - Utvärderad av deltagarna.\n"
        "- Konstworkshop (inställd på grund av sjukdom).\n\n"
        "Läs mer hos [Suicide Zero](https://www.suicidezero.se).")
    result = _export(document, _demo_input(document), tmp_path / "r.docx")
    section = _section(result, "Föräldraskapsstöd")
    texts = [_text(p) for p in section]
    start = texts.index("Utvärdering 2025")
    assert texts[start + 1:start + 4] == ["Status: Genomförd", "Deltagare: 292",
                                          "Sex event planerades, fem genomfördes."]
    assert _list_items(section[start:])[:3] == [
        (0, "Digital föreläsning \"Våga fråga\". 22 deltagare."),
        (1, "Utvärderad av deltagarna."),
        (0, "Konstworkshop (inställd på grund av sjukdom).")]
    link = section[start + 7].find(f"{W}hyperlink")
    assert link is not None and _text(link) == "Suicide Zero"
    # Participants are grouped the Swedish way; none counted prints no line.
    topic["evaluations"][-1]["participants"] = 1250
    _topic(document, "Psykisk hälsa i skolan")["evaluations"][0]["participants"] = None
    result = _export(document, _demo_input(document), tmp_path / "r2.docx")
    assert "Deltagare: 1\u00a0250" in [_text(p) for p in _section(result, "Föräldraskapsstöd")]
    school = [_text(p) for p in _section(result, "Psykisk hälsa i skolan")]
    assert "Status: Pågår" in school
    assert not any(t.startswith("Deltagare") for t in school)


def test_an_activity_without_evaluation_says_so(report: Any) -> None:
    texts = [_text(p) for p in _section(report, "Meningsfull fritid")]
    assert texts[texts.index("Utvärdering 2025") + 1] == "Ingen utvärdering för 2025."
    assert not any(t.startswith("Status:") for t in texts)


def test_a_period_nobody_reported_on(demo_document: dict[str, Any], tmp_path: Path) -> None:
    follow_up = ReportInput(period="2023-HT", period_label="HT 2023")
    result = _export(demo_document, follow_up, tmp_path / "r.docx")
    texts = [text for _, text in _paragraphs(result)]
    assert texts.count("Ingen utvärdering för HT 2023.") == len(_topics(demo_document))
    assert "Redovisning HT 2023" in texts
    activities = _rows(result.tables[0]._tbl)
    assert activities[0][-1] == "Ingen utvärdering"
    assert [row[1:-1] for row in activities[1:]] == [["0"] * 5] * 6
    assert activities[-1] == ["Hela planen", "0", "0", "0", "0", "0",
                              str(len(_topics(demo_document)))]
    assert not result.inline_shapes  # no charts given: none printed


# --------------------------------------------------------------------------- tables


def test_summary_counts_activities_by_status_and_indicators_by_colour(
        report: Any, demo_document: dict[str, Any]) -> None:
    follow_up = _demo_input(demo_document)
    activities, indicators = (report.tables[0]._tbl, report.tables[1]._tbl)
    rows = _rows(activities)
    assert rows[0] == ["Fokusområde", *EVALUATION_WORDS.values(), "Ingen utvärdering"]
    for number, area in enumerate(demo_document["plan"]["children"], 1):
        counts = dict.fromkeys([*EVALUATION_WORDS, "missing"], 0)
        for topic in (t for t in area["children"] if t["kind"] == "topic"):
            found = [e["status"] for e in topic.get("evaluations", []) if e["period"] == "2025"]
            counts[found[0] if found else "missing"] += 1
        assert rows[number] == [f"{number}. {area['title']}", *map(str, counts.values())]
    assert rows[-1][0] == "Hela planen"
    assert sum(map(int, rows[-1][1:])) == len(_topics(demo_document))

    rows = _rows(indicators)
    assert rows[0] == ["Fokusområde", "Grön", "Gul", "Röd", "Kan inte bedömas"]
    for number, area in enumerate(demo_document["plan"]["children"], 1):
        counts = dict.fromkeys(STATUSES, 0)
        for node in _walk(area["children"]):
            if node["kind"] == "indicator":
                counts[follow_up.indicators[node["uuid"]].status] += 1
        assert rows[number][1:] == [str(counts[s]) for s in STATUSES]
    total = sum(1 for n in _walk(demo_document["plan"]["children"]) if n["kind"] == "indicator")
    assert sum(map(int, rows[-1][1:])) == total
    colours = [STATUS_SOFT_COLOUR[s].lstrip("#").upper() for s in STATUSES]
    for fills in _fills(indicators):  # coloured, and every coloured cell carries its text
        assert fills[1:] == colours


def test_tables_have_real_header_rows_and_accessible_names(report: Any) -> None:
    tables = report.element.body.findall(f"{W}tbl")
    assert len(tables) >= 3
    for table in tables:
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
        assert table.find(f"{W}tblPr/{W}tblCaption").get(f"{W}val")
        assert table.find(f"{W}tblPr/{W}tblDescription").get(f"{W}val")
        assert table.find(f"{W}tblPr/{W}tblLook").get(f"{W}firstRow") == "1"


def test_indicator_table_rows_worded_and_coloured(demo_document: dict[str, Any],
                                                  tmp_path: Path) -> None:
    topic = _topic(demo_document, "Föräldraskapsstöd")
    first, second = (n for n in topic["children"] if n["kind"] == "indicator")
    follow_up = ReportInput(period="2025", period_label="2025", indicators={
        first["uuid"]: IndicatorLine("Antal föräldrar", "antal", "96 (VT 2023)",
                                     "160 (HT 2025)", "150", "VT 2025", "yellow"),
        # an indicator without any value: dashes and "Kan inte bedömas"
        second["uuid"]: IndicatorLine("Andel tryggare föräldrar", "", "", "", "", "",
                                      "none")})
    result = _export(demo_document, follow_up, tmp_path / "r.docx")
    section = _section(result, "Föräldraskapsstöd")
    table = next(e for e in section if e.tag == f"{W}tbl")
    assert _rows(table) == [
        ["Indikator", "Enhet", "Utgångsvärde", "Målvärde", "Senaste värde", "Status"],
        ["Antal föräldrar", "antal", "96 (VT 2023)", "160 (HT 2025)", "150 (VT 2025)", "Gul"],
        ["Andel tryggare föräldrar", "–", "–", "–", "–", "Kan inte bedömas"]]
    fills = _fills(table)
    assert fills[1][-1] == STATUS_SOFT_COLOUR["yellow"].lstrip("#").upper()
    assert fills[2][-1] == STATUS_SOFT_COLOUR["none"].lstrip("#").upper()
    # Only indicators with a line get a row; an activity with none gets no table.
    school = _section(result, "Psykisk hälsa i skolan")
    assert not [e for e in school if e.tag == f"{W}tbl"]
    assert "Indikatorer" not in [_text(p) for p in school]


# --------------------------------------------------------------------------- charts


def test_charts_are_inline_pictures_with_alt_text_at_print_resolution(
        report: Any, report_file: Path, demo_document: dict[str, Any]) -> None:
    follow_up = _demo_input(demo_document)
    expected = [chart.alt_text for topic in _topics(demo_document)
                for chart in follow_up.charts.get(topic["uuid"], ())]
    doc_prs = list(report.element.body.iter(f"{WP}docPr"))
    assert [d.get("descr") for d in doc_prs] == expected
    assert all(d.get("title") == "Trenddiagram" for d in doc_prs)
    assert len({d.get("id") for d in doc_prs}) == len(doc_prs)
    for inline in report.element.body.iter(f"{WP}inline"):
        extent = inline.find(f"{WP}extent")
        assert int(extent.get("cx")) == 16 * 360000  # 16 cm
        assert int(extent.get("cy")) == round(16 * 360000 * 709 / 1260)  # aspect kept
        rid = next(inline.iter(f"{A}blip")).get(R_EMBED)
        blob = report.part.related_parts[rid].blob
        assert blob == CHART_PNG  # as given: never resampled
        width_px = struct.unpack(">I", blob[16:20])[0]
        assert width_px / (16 / 2.54) >= 200  # dpi at 16 cm
    # Each picture has its caption below it, naming what it shows.
    texts = [text for _, text in _paragraphs(report)]
    assert f"Figur 1. {expected[0]}" in texts
    assert f"Figur {len(expected)}. {expected[-1]}" in texts
    # The independent reader sees the pictures and their alt text too.
    with docx2python(report_file) as read:
        assert all(alt in read.text for alt in expected)
        assert len(read.images) >= 1


def test_a_chart_that_is_no_picture_keeps_its_caption(demo_document: dict[str, Any],
                                                      tmp_path: Path) -> None:
    topic = _topic(demo_document, "Föräldraskapsstöd")
    follow_up = ReportInput(period="2025", period_label="2025", charts={topic["uuid"]: (
        ChartImage(b"not a png", "Antal deltagare 2021–2025"),
        ChartImage(png(1600, 800), "Andel tryggare föräldrar", width_cm=12))})
    result = _export(demo_document, follow_up, tmp_path / "r.docx")
    texts = [_text(p) for p in _section(result, "Föräldraskapsstöd")]
    assert "Figur 1. Antal deltagare 2021–2025" in texts
    assert "Figur 2. Andel tryggare föräldrar" in texts
    (shape,) = result.inline_shapes
    assert shape.width == 12 * 360000 and shape.height == 6 * 360000


def test_picture_ids_stay_clear_of_a_template_logo(demo_document: dict[str, Any],
                                                   tmp_path: Path) -> None:
    """A template's header logo has a ``wp:docPr`` id too; Word wants them unique."""
    template = docx.Document()
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(40, 40))
    header = template.sections[0].header
    header.paragraphs[0].add_run().add_picture(str(logo))
    template.save(str(tmp_path / "template.docx"))
    out = tmp_path / "report.docx"
    export_report(demo_document, _demo_input(demo_document), out, combined=False,
                  template=tmp_path / "template.docx")
    result = docx.Document(str(out))
    ids = [d.get("id") for d in result.element.body.iter(f"{WP}docPr")]
    ids += [d.get("id") for d in result.sections[0].header._element.iter(f"{WP}docPr")]
    assert len(ids) == len(set(ids)) > 1
    # A template with exact line spacing cannot clip a chart: its paragraph is single.
    for inline in result.element.body.iter(f"{WP}inline"):
        spacing = next(inline.iterancestors(f"{W}p")).find(f"{W}pPr/{W}spacing")
        assert spacing.get(f"{W}lineRule") == "auto"


# --------------------------------------------------------------------------- the whole


def test_title_page_names_the_period_deadline_and_the_plan_version(
        report: Any, report_file: Path, demo_document: dict[str, Any]) -> None:
    texts = [text for _, text in _paragraphs(report)]
    styles = dict((text, style) for style, text in _paragraphs(report))
    assert texts[0] == "Redovisning 2025" and styles["Redovisning 2025"] == "Title"
    assert texts[1] == demo_document["plan"]["title"]
    assert "Redovisas senast den 1 mars 2026." in texts
    assert (f"Redovisningen avser överenskommelsen med Dokument-ID "
            f"{grouped(fingerprint(demo_document))}.") in texts


def test_the_report_is_not_sealed(report: Any, report_file: Path,
                                  demo_document: dict[str, Any]) -> None:
    texts = [text for _, text in _paragraphs(report)]
    assert "Underskrifter" not in texts
    assert "Dokument-ID" not in texts  # no Dokument-ID block of its own
    custom = _custom_properties(report_file)
    assert writer.PROP_FINGERPRINT not in custom
    assert custom[writer.PROP_PLAN_UUID] == demo_document["plan"]["uuid"]
    assert custom["InsatsplanPeriod"] == "2025"
    core = report.core_properties
    assert core.category == "Redovisning"
    assert "redovisning" in core.keywords and "2025" in core.keywords
    assert core.title.startswith("Redovisning 2025")
    assert core.language == "sv-SE"


def test_an_earlier_agreement_as_template_brings_no_document_id(
        demo_document: dict[str, Any], tmp_path: Path) -> None:
    template = agreement.export_agreement(demo_document, tmp_path / "agreement.docx")
    assert writer.PROP_FINGERPRINT in _custom_properties(template)
    out = tmp_path / "report.docx"
    export_report(demo_document, _demo_input(demo_document), out, combined=False,
                  template=template)
    assert writer.PROP_FINGERPRINT not in _custom_properties(out)
    assert "Underskrifter" not in [text for _, text in _paragraphs(docx.Document(str(out)))]


def test_header_and_footer(report: Any) -> None:
    header = _text(report.sections[0].header._element)
    assert header == ("Insatser inom området psykisk hälsa och suicidprevention – "
                      "redovisning2025")
    footer = report.sections[0].footer._element
    instructions = [i.text.strip() for i in footer.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert _text(footer).startswith("Sida ")


def test_a_title_naming_the_year_mid_title_says_it_once_in_the_header(
        demo_document: dict[str, Any], tmp_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["plan"]["title"] = "Insatser 2025 för barn, unga och vuxna"
    result = _export(document, _demo_input(document), tmp_path / "r.docx")
    header = _text(result.sections[0].header._element)
    assert header == "Insatser 2025 för barn, unga och vuxna – redovisning"


def test_plan_and_report_in_one(demo_document: dict[str, Any], tmp_path: Path) -> None:
    plan = demo_document["plan"]
    result = _export(demo_document, _demo_input(demo_document), tmp_path / "p.docx",
                     combined=True)
    paragraphs = _paragraphs(result)
    texts = [text for _, text in paragraphs]
    assert paragraphs[0] == ("Title", plan["title"])
    assert paragraphs[1] == ("Subtitle", plan["subtitle"])
    assert texts[2].startswith("Syftet med överenskommelsen är att förvaltningarna")
    assert "Denna överenskommelse har sin grund i:" in texts
    basis = [t for _, t in _list_items(list(result.element.body))[:3]]
    assert basis[0] == plan["basis"][0]
    assert ("Dessa aktiviteter ska redovisas enligt överenskommelsen senast den 1 mars 2026."
            in texts)
    assert (f"Redovisningen avser överenskommelsen med Dokument-ID "
            f"{grouped(fingerprint(demo_document))}.") in texts
    assert "Underskrifter" not in texts
    assert "Fokusområde 1. Förebyggande och främjande arbete" in texts
    assert "Ingen utvärdering för 2025." in texts
    assert result.core_properties.category == "Handlingsplan samt redovisning"
    assert writer.PROP_FINGERPRINT not in _custom_properties(tmp_path / "p.docx")
    header = _text(result.sections[0].header._element)
    assert header.endswith("– handlingsplan och redovisning2025")


def test_a_plan_and_report_plan_names_itself_a_handlingsplan(demo_document: dict[str, Any],
                                                            tmp_path: Path) -> None:
    document = copy.deepcopy(demo_document)
    document["plan"]["kind"] = "plan_and_report"
    result = _export(document, None, tmp_path / "p.docx", combined=True)
    texts = [text for _, text in _paragraphs(result)]
    assert "Handlingsplanen har sin grund i:" in texts
    assert ("Dessa aktiviteter ska redovisas enligt handlingsplanen senast den 1 mars 2026."
            in texts)


def test_export_document_dispatches_every_kind(demo_document: dict[str, Any],
                                               tmp_path: Path) -> None:
    follow_up = _demo_input(demo_document)
    kinds = {}
    for kind in ("agreement", "report", "plan_and_report"):
        out = export_document(demo_document, tmp_path / f"{kind}.docx", kind=kind,
                              follow_up=follow_up)
        document = docx.Document(str(out))
        kinds[kind] = (document.core_properties.category,
                       "Underskrifter" in [t for _, t in _paragraphs(document)])
    assert kinds == {"agreement": ("Överenskommelse", True),
                     "report": ("Redovisning", False),
                     "plan_and_report": ("Handlingsplan samt redovisning", False)}


def test_the_independent_reader_sees_fields_evaluations_and_tables(report_file: Path) -> None:
    with docx2python(report_file) as read:
        text = read.text
    position = 0
    for needle in (
            "Fokusområde 1. Förebyggande och främjande arbete\n", "Föräldraskapsstöd\n",
            "Bakgrund: Föräldrar efterfrågar", "Syfte: Att stärka", "Målgrupp: Föräldrar",
            "Kortsiktiga mål och aktiviteter:", "Långsiktiga mål:",
            "Finns mätbara mål inom området? Ja.", "Ansvariga: Socialförvaltningen",
            "Tidsplan: Januari", "Finansiering: Stimulansmedel", "Utvärdering 2025",
            "Status: Genomförd", "Deltagare: 292", "Indikatorer", "Utgångsvärde", "Figur 1.",
            "Psykisk hälsa i skolan\n"):
        found = text.find(needle, position)
        assert found > position, needle  # each after the one before, past the contents
        position = found
    assert "Ingen utvärdering för 2025." in text
    assert "Kan inte bedömas" in text


# --------------------------------------------------------------------------- bad input


def _bare(children: list[dict[str, Any]], **plan: Any) -> dict[str, Any]:
    base = {"uuid": "00000000-0000-4000-8000-000000000001", "title": "Plan", "year_from": 2025,
            "year_to": 2025, "kind": "agreement", "children": children}
    return {"format": "insatsplan/1", "plan": {**base, **plan}, "series": []}


def _node(kind: str, title: str, n: int, children: list[dict[str, Any]] | None = None,
          **extra: Any) -> dict[str, Any]:
    return {"uuid": f"00000000-0000-4000-8000-{n:012d}", "kind": kind, "title": title,
            "children": children or [], **extra}


@pytest.mark.parametrize("follow_up", [
    None,
    ReportInput(period="2025", period_label="2025"),
    ReportInput(period="2025", period_label="", indicators={
        "00000000-0000-4000-8000-000000000004": IndicatorLine("", "", "", "", "", "", "odd")},
        charts={"00000000-0000-4000-8000-000000000003": (ChartImage(b"", ""),)}),
])
def test_odd_plans_give_sound_documents(follow_up: ReportInput | None,
                                        tmp_path: Path) -> None:
    plans = [
        _bare([]),  # nothing at all
        _bare([_node("focus_area", "", 2)]),  # an untitled, empty focus area
        _bare([_node("focus_area", "Område", 2, [
            _node("topic", "Tom insats", 3, [
                _node("indicator", "Indikator utan värden", 4, horizon="short"),
            ], fields={}, evaluations=[]),
            _node("topic", "Konstig insats", 5, fields={
                "responsible": {"organisations": ["XYZ"], "people": ""},
                "funding": {"source": "", "amount": "inte ett tal"},
                "measurable": {"answer": None, "text": ""}},
                evaluations=[{"period": "2025", "status": "unknown", "participants": True,
                              "text": None}, "junk"]),
            _node("goal", "Lös mål direkt under området", 6, horizon="short"),
        ])], reporting_deadline="2026-02-30", title=None),
        {"plan": None},
        {"plan": "not a plan"},
        _bare([_node("focus_area", "Område", 2, [_node("topic", "Insats", 3, fields={
            "responsible": {"organisations": "SOF", "people": "Anna"}})])],
            basis="inte en lista", title=""),
    ]
    for n, plan in enumerate(plans):
        for combined in (False, True):
            out = tmp_path / f"p{n}{combined}.docx"
            result = _export(plan, follow_up, out, combined=combined)
            with docx2python(out) as read:
                assert "Innehåll" in read.text
            texts = [text for _, text in _paragraphs(result)]
            for label in ("Bakgrund", "Syfte", "Målgrupp", "Ansvariga", "Tidsplan",
                          "Finansiering"):  # text fields: never a label without its text
                assert f"{label}:" not in texts and f"{label}: " not in texts
    weird = [text for _, text in _paragraphs(_export(plans[2], follow_up, tmp_path / "w.docx"))]
    assert "Ansvariga: XYZ." in weird  # an unknown organisation prints as its code
    assert "Finansiering: inte ett tal" in weird
    assert "Lös mål direkt under området" in weird
    assert not any(t.startswith("Redovisas senast") for t in weird)  # no such date


def test_build_refuses_what_is_not_a_document() -> None:
    with pytest.raises(TypeError):
        build_report([], None, combined=False)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- LibreOffice


@needs_libreoffice
def test_libreoffice_renders_the_report(demo_document: dict[str, Any], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", REAL_LIBREOFFICE)
    notices: list[Any] = []
    out = export_report(demo_document, _demo_input(demo_document), tmp_path / "r.docx",
                        combined=False, pdf=tmp_path / "r.pdf", on_notice=notices.append)
    assert notices == []  # every font the report asks for was there, or its twin
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(tmp_path / "r.pdf")], capture_output=True,
                                 check=True).stdout.decode().splitlines()[2:]
        names = {line.split()[0].split("+")[-1].split("-")[0] for line in listing}
        assert names <= {"Carlito", "Calibri"}, names
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
                           capture_output=True, check=True).stdout.decode().split("\f")
    text = "\n".join(pages)
    assert "Redovisning 2025" in pages[0]
    assert "Redovisningen avser överenskommelsen med Dokument-ID" in pages[0]
    for needle in ("Sammanfattning 2025", "Fokusområde 5. Ett stärkt", "Utvärdering 2025",
                   "Ingen utvärdering för 2025.", "Utgångsvärde", "Figur 1."):
        assert needle in text
    assert "Underskrifter" not in text
    # The contents got their page numbers from LibreOffice's layout.
    sdt = docx.Document(str(out)).element.body.find(f"{W}sdt")
    entries = [_text(p) for p in sdt.iter(f"{W}p")][1:-1]
    assert entries[0] == "Sammanfattning 20253"  # the title page, the contents, then it
    assert all(re.search(r"\D\d+$", entry) for entry in entries)
