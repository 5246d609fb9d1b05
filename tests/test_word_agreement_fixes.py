"""Issue 17: the agreement closer to the city's original, and page numbers that hold in Word.

Content is shaped like the real 2025 agreement: a title holding the year mid-title, topics
with empty long-term sections, addresses typed as text, and a template as Swedish Word
saves one (``Rubrik1`` ids, no TOC Heading of its own, a logo and an address in a header
taller than its top margin, the template's thumbnail, company and spelling state). Every
document is read back with python-docx and with an independent reader (docx2python, or
pandoc through pypandoc); LibreOffice renders where it is installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pypandoc
import pytest
from docx.shared import Emu, Twips
from docx2python import docx2python
from lxml import etree

from insatsplan.cli import main
from insatsplan.errors import UserMessage
from insatsplan.text import Run
from insatsplan.word import fonts, writer
from insatsplan.word.agreement import export_agreement
from insatsplan.word.autolinks import autolinked
from insatsplan.word.template import default_template
from word_helpers import needs_libreoffice, png, swedish_style_ids

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
TITLE = "Insatser inom området psykisk hälsa och suicidprevention 2025 barn, unga och vuxna"
SKR = "https://skr.se/skr/halsasjukvard/psykiskhalsa.html"
FHM = "https://www.folkhalsomyndigheten.se/suicidprevention/"
MAIL = "mailto:psykiskhalsa@exempelstad.se"
HEADER_ADDRESS = "Exempelstads stad · Stadsledningskontoret · Box 123, 123 45 Exempelstad"
COMPANY = "Exempelstads stad (mallens företag)"





@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


# --------------------------------------------------------------------------- content


def _node(kind: str, title: str, children: list[dict[str, Any]] | None = None,
          **extra: Any) -> dict[str, Any]:
    return {"uuid": str(uuid.uuid4()), "kind": kind, "title": title,
            "children": children or [], **extra}


def real_shaped_plan() -> dict[str, Any]:
    """Like the 2025 agreement: the year mid-title, addresses typed as text, a topic
    with only short-term content, one with a short-term section empty, one long-term only.
    """
    familjecentraler = _node("topic", "Familjecentraler", [
        _node("goal", "Fortsätta det länsgemensamma arbetet med familjecentraler.",
              horizon="short", text=f"Läs mer på <{FHM}> och {SKR}."),
        _node("goal", "Undersöka möjligheter för mobila familjecentraler.", horizon="short"),
        _node("indicator", "Antal familjecentraler i staden.", horizon="short"),
    ])
    elevhalsa = _node("topic", "Elevhälsa", [
        _node("goal", "Stärka elevhälsans förebyggande arbete.", horizon="short"),
        _node("goal", "Alla skolor har en plan för psykisk hälsa.", horizon="long"),
        _node("indicator", "Andel skolor med plan.", horizon="long"),
    ])
    suicidprevention = _node("topic", "Suicidprevention", [
        _node("goal", f"En handlingsplan, frågor till {MAIL}", horizon="long"),
        _node("indicator", "Antal utbildade i första hjälpen till psykisk hälsa.",
              horizon="long"),
    ])
    plan = {
        "uuid": str(uuid.uuid4()), "title": TITLE,
        "subtitle": "Överenskommelse mellan arbetsmarknadsförvaltningen, skol- och "
                    "fritidsförvaltningen, socialförvaltningen och vård- och "
                    "omsorgsförvaltningen",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "Syftet med denna överenskommelse är att skapa förutsättningar för ett "
                    f"långsiktigt arbete (se <{SKR}>). Otillåtet: <file:///etc/passwd>.",
        "basis": ["Insatser inom området psykisk hälsa och suicidprevention 2024 - "
                  f"Överenskommelse mellan staten och SKR, {SKR}"],
        "coordinator": "Lena Samordnare", "reporting_deadline": None, "signed_on": None,
        "fingerprint": None, "origin_plan_uuid": None, "parties": [],
        "signatories": [{"name": "Karin Direktör", "title": "Förvaltningsdirektör",
                         "organisation_code": "AMF",
                         "organisation_name": "Arbetsmarknadsförvaltningen"}],
        "children": [
            _node("focus_area", "Förebyggande och främjande insatser",
                  [familjecentraler, elevhalsa]),
            _node("focus_area", "Utsatta grupper", [suicidprevention]),
        ]}
    return {"format": "insatsplan/1", "plan": plan, "series": []}


def _paragraphs(path: Path) -> list[tuple[str, str, bool]]:
    """(style id, text, is a list item) of every body paragraph, read by python-docx."""
    found = []
    for p in docx.Document(str(path)).paragraphs:
        style = p._p.find(f"{W}pPr/{W}pStyle")
        found.append((style.get(f"{W}val") if style is not None else "", p.text,
                      p._p.find(f"{W}pPr/{W}numPr") is not None))
    return found


def _topic(paragraphs: list[tuple[str, str, bool]], title: str) -> list[tuple[str, str, bool]]:
    """The paragraphs from topic *title*'s heading to the next heading 1 or 2."""
    start = next(i for i, (_, text, _) in enumerate(paragraphs) if text == title)
    end = next((i for i in range(start + 1, len(paragraphs))
                if paragraphs[i][0] in ("Heading1", "Heading2", "Rubrik1", "Rubrik2")),
               len(paragraphs))
    return paragraphs[start + 1:end]


# --------------------------------------------------------------------------- the template


def swedish_city_template(folder: Path, *, toc_heading: str = "absent",
                          font: str | None = None) -> Path:
    """A .docx as a city's Swedish Word saves its template.

    Localised style ids (``Rubrik1``…); *toc_heading* ``absent`` (Word writes a style
    only once used) or ``dangling`` (a TOC Heading copied in from an English template,
    ``basedOn Heading1``, an id this template lacks); a logo and an address line in a
    header taller than the 2 cm top margin; python-docx's thumbnail, an app.xml naming
    the template's company and manager, and a spelling state marked clean and hidden.
    *font*: the body font (docDefaults and the theme's minor font).
    """
    document = docx.Document()
    styles = document.styles.element
    swedish_style_ids(document)
    toc = next(s for s in styles.iter(f"{W}style")
               if s.find(f"{W}name").get(f"{W}val") == "TOC Heading")
    if toc_heading == "absent":
        styles.remove(toc)
    else:
        toc.find(f"{W}basedOn").set(f"{W}val", "Heading1")
    if font is not None:
        for rfonts in styles.iter(f"{W}rFonts"):
            for attribute in list(rfonts.attrib):
                del rfonts.attrib[attribute]
            rfonts.set(f"{W}ascii", font)
            rfonts.set(f"{W}hAnsi", font)
    section = document.sections[0]
    section.top_margin = Twips(1134)
    section.header_distance = Twips(567)
    header = section.header
    header.is_linked_to_previous = False
    logo = folder / "logo.png"
    logo.write_bytes(png())
    header.paragraphs[0].add_run().add_picture(str(logo), width=Emu(540000))
    header.add_paragraph(HEADER_ADDRESS)
    for p in header._element.iter(f"{W}p"):
        p.get_or_add_pPr().get_or_add_pStyle().set(f"{W}val", "Sidhuvud")
    settings = document.settings.element
    hide = etree.SubElement(settings, f"{W}hideSpellingErrors")
    settings.insert(0, hide)
    document.add_paragraph("Mallens exempeltext.")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = folder / f"stadens-mall-{toc_heading}-{font or 'theme'}.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/app.xml":
                data = data.replace(b"</Properties>", (
                    f"<Company>{COMPANY}</Company><Manager>Mallens chef</Manager>"
                    "<Pages>7</Pages></Properties>").encode())
            if info.filename == "word/theme/theme1.xml" and font is not None:
                data = re.sub(rb'(<a:minorFont>\s*<a:latin typeface=")[^"]*', rb"\g<1>"
                              + font.encode(), data)
            target.writestr(info, data)
    return out


def test_the_template_is_as_built(tmp_path: Path) -> None:
    """The builder's template really carries what the fixes remove (else they prove
    nothing)."""
    path = swedish_city_template(tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert any(n.startswith("docProps/thumbnail") for n in names)
        assert COMPANY.encode() in archive.read("docProps/app.xml")
        settings = archive.read("word/settings.xml")
        assert b"proofState" in settings and b"hideSpellingErrors" in settings
        assert b'w:styleId="Rubrik1"' in archive.read("word/styles.xml")
        assert b"TOC Heading" not in archive.read("word/styles.xml").split(
            b"latentStyles>")[-1]


@pytest.mark.parametrize("toc_heading", ["absent", "dangling"])
def test_contents_heading_keeps_the_templates_heading_look(
        tmp_path: Path, toc_heading: str, no_libreoffice: None) -> None:
    """"Innehåll" is based on the template's heading 1 (``Rubrik1``), found by name."""
    template = swedish_city_template(tmp_path, toc_heading=toc_heading)
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template)
    document = docx.Document(str(out))
    sdt = document.element.body.find(f"{W}sdt")
    heading = sdt.find(f"{W}sdtContent/{W}p")
    style_id = heading.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
    style = document.styles.element.find(f"{W}style[@{W}styleId='{style_id}']")
    assert style.find(f"{W}name").get(f"{W}val") == "TOC Heading"
    assert style.find(f"{W}basedOn").get(f"{W}val") == "Rubrik1"
    assert style.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "9"
    ids = {s.get(f"{W}styleId") for s in document.styles.element.iter(f"{W}style")}
    for ref in document.styles.element.iter(f"{W}basedOn"):
        assert ref.get(f"{W}val") in ids  # no style is based on an id that is not there
    assert "Heading1" not in ids  # no second heading 1 beside the template's
    assert "Innehåll" in docx2python(str(out)).text


def test_thumbnail_app_properties_and_spelling_state_are_made_anew(
        tmp_path: Path, no_libreoffice: None) -> None:
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                           template=swedish_city_template(tmp_path))
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        app = archive.read("docProps/app.xml").decode()
        rels = archive.read("_rels/.rels").decode()
        settings = archive.read("word/settings.xml").decode()
    assert not any("thumbnail" in n for n in names) and "thumbnail" not in rels
    assert "<Application>Insatsplan</Application>" in app
    assert COMPANY not in app and "Manager" not in app and "<Pages>" not in app
    assert "extended-properties" in rels
    assert "proofState" not in settings and "hideSpellingErrors" not in settings
    document = docx.Document(str(out))  # python-docx still reads the package
    assert document.core_properties.title == TITLE


# --------------------------------------------------------------------------- horizons


def test_empty_horizons_are_left_out_and_an_empty_half_says_saknas(
        tmp_path: Path, no_libreoffice: None) -> None:
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                           template=swedish_city_template(tmp_path))
    paragraphs = _paragraphs(out)
    headings = {title: [text for style, text, _ in _topic(paragraphs, title)
                        if style == "Rubrik3"]
                for title in ("Familjecentraler", "Elevhälsa", "Suicidprevention")}
    short = ["Kortsiktiga mål och aktiviteter 2025", "Mätbara indikatorer för uppföljning"]
    long = ["Långsiktiga mål", "Mätbara indikatorer för uppföljning"]
    assert headings == {"Familjecentraler": short, "Elevhälsa": short + long,
                        "Suicidprevention": long}
    elevhalsa = _topic(paragraphs, "Elevhälsa")
    after = elevhalsa[[t for _, t, _ in elevhalsa].index(short[1]) + 1]
    assert after == ("Liststycke", "Saknas.", True)  # a bullet, like the goals
    assert sum(text == "Saknas." for _, text, _ in paragraphs) == 1

    text = docx2python(str(out)).text
    familjecentraler = text[text.index("Familjecentraler\n"):text.index("Elevhälsa\n")]
    assert "Långsiktiga mål" not in familjecentraler and "Saknas." not in familjecentraler
    markdown = pypandoc.convert_file(str(out), "gfm")
    assert re.search(r"Mätbara indikatorer för uppföljning\s+-\s+Saknas\.", markdown)


# --------------------------------------------------------------------------- links


def test_addresses_typed_as_text_become_links(tmp_path: Path, no_libreoffice: None) -> None:
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx")
    document = docx.Document(str(out))
    part = document.part
    links = {"".join(t.text for t in h.iter(f"{W}t")): part.rels[h.get(R_ID)].target_ref
             for h in document.element.body.iter(f"{W}hyperlink") if h.get(R_ID)}
    assert links[SKR] == SKR and links[FHM] == FHM and links[MAIL] == MAIL
    body = "\n".join(p.text for p in document.paragraphs)
    assert f"<{SKR}>" not in body and f"(se {SKR})." in body  # brackets gone
    assert f"{SKR}." in body  # the full stop after a bare address is not in the link
    assert "<file:///etc/passwd>" in body  # not on the allow-list: text as written
    assert not any("file:" in target for target in links.values())

    markdown = pypandoc.convert_file(str(out), "gfm")
    for address in (SKR, FHM, MAIL):
        assert f"]({address})" in markdown or f"<{address}>" in markdown
    html = docx2python(str(out), html=True).text
    assert f'<a href="{FHM}">' in html


def test_autolinks_leave_links_and_plain_text_alone() -> None:
    runs = [Run("redan [länk]", link="https://a.se"), Run("ingen adress här", bold=True),
            Run("se (https://b.se/x_(y)), sedan www.c.se!", italic=True)]
    assert list(autolinked(runs)) == [
        runs[0], runs[1], Run("se (", italic=True),
        Run("https://b.se/x_(y)", italic=True, link="https://b.se/x_(y)"),
        Run("), sedan ", italic=True),
        Run("www.c.se", italic=True, link="http://www.c.se"), Run("!", italic=True)]
    hostile = "<javascript:alert(1)> smb://server/share <ms-msdt:x> http:// mailto:"
    assert list(autolinked([Run(hostile)])) == [Run(hostile)]


# --------------------------------------------------------------------------- header


def test_header_prints_a_title_holding_the_year_once(tmp_path: Path,
                                                     no_libreoffice: None) -> None:
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx")
    header = docx.Document(str(out)).sections[0].header
    line = header.paragraphs[-1].text
    assert line == TITLE and line.count("2025") == 1 and "\t" not in line
    header_texts = [text.strip() for text in _flat(docx2python(str(out)).header)]
    assert header_texts[-1] == TITLE  # the independent reader: once, no year beside it

    trailing = real_shaped_plan()
    trailing["plan"]["title"] = "Överenskommelse om psykisk hälsa 2025"
    out = export_agreement(trailing, tmp_path / "trailing.docx")
    line = docx.Document(str(out)).sections[0].header.paragraphs[-1].text
    assert line == "Överenskommelse om psykisk hälsa\t2025"

    spanning = real_shaped_plan()
    spanning["plan"].update(title="Plan för 2025 och 2026", year_to=2026)
    out = export_agreement(spanning, tmp_path / "spanning.docx")
    assert docx.Document(str(out)).sections[0].header.paragraphs[-1].text == \
        "Plan för 2025 och 2026"


def _flat(nested: Any) -> list[str]:
    """docx2python's nested lists of a part, flattened to its paragraphs' texts."""
    if isinstance(nested, str):
        return [nested]
    return [text for item in nested for text in _flat(item)]


def test_a_long_header_title_is_shortened_to_one_line() -> None:
    long_title = "Överenskommelse om samverkan kring insatser för psykisk hälsa och " \
                 "suicidprevention för barn, unga och vuxna i Exempelstad"
    fitted = writer.fit_on_one_line(long_title, "2025", 9070, 22)
    assert fitted.endswith("…") and len(fitted) < len(long_title)
    assert long_title.startswith(fitted[:-1]) and not fitted[:-1].endswith(" ")
    assert writer.fit_on_one_line(TITLE, "", 9070, 18) == TITLE  # fits at 9 pt: as is


def _words(pdf: Path, page: int) -> list[tuple[str, float, float, float]]:
    """(word, xMin, yMin, yMax) on *page*, by poppler's pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                           "-"], capture_output=True, check=True, text=True).stdout
    return [(m.group(5), float(m.group(1)), float(m.group(2)), float(m.group(4)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                 r'yMax="([\d.]+)">([^<]*)</word>', html)]


@needs_libreoffice
def test_header_line_stays_off_the_body_in_libreoffices_layout(tmp_path: Path) -> None:
    """With a city header taller than the top margin, the title line is one line and
    there is space between it and the document's title (read from the PDF's layout)."""
    plan = real_shaped_plan()
    plan["plan"]["title"] = ("Överenskommelse om samverkan kring insatser för psykisk hälsa "
                             "och suicidprevention för barn, unga och vuxna i Exempelstad")
    pdf = tmp_path / "plan.pdf"
    export_agreement(plan, tmp_path / "plan.docx", template=swedish_city_template(tmp_path),
                     pdf=pdf)
    words = _words(pdf, 1)
    address_top = max(y0 for w, _, y0, _ in words if w == "Stadsledningskontoret")
    header = [w for w in words
              if w[2] > address_top + 1 and w[0] in ("Överenskommelse", "2025")]
    title_word, year = header[0], header[1]
    assert abs(title_word[2] - year[2]) < 1  # the year on the title's line: one line
    header_bottom = max(title_word[3], year[3])
    body = [w for w in words if w[2] > header_bottom + 1]
    assert body[0][0] == "Överenskommelse"  # the document's title comes next
    assert body[0][2] - header_bottom >= 8  # at least 8 pt apart (12 pt asked)


# --------------------------------------------------------------------------- fonts


def _pdffonts(pdf: Path) -> set[str]:
    """The font names poppler's pdffonts lists, subset prefixes removed."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True,
                           text=True).stdout.splitlines()[2:]
    return {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]) for line in lines if line.strip()}


def _system_has(family: str) -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    listed = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True,
                            check=False).stdout
    return family.lower() in listed.lower()


@needs_libreoffice
@pytest.mark.skipif(_system_has("Carlito"),
                    reason="Carlito is installed system-wide: the shipped copy cannot be "
                           "told apart")
def test_libreoffice_lays_calibri_out_in_the_shipped_carlito(tmp_path: Path) -> None:
    """The default template asks for Calibri; the PDF embeds Carlito (the copy in
    resources/fonts, since the system has none), not DejaVu Sans."""
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                           template=default_template(), pdf=tmp_path / "plan.pdf",
                           on_notice=notices.append)
    embedded = _pdffonts(tmp_path / "plan.pdf")
    assert any(name.startswith("Carlito") for name in embedded), embedded
    assert not any(name.startswith("DejaVu") for name in embedded), embedded
    assert notices == []
    settings = docx.Document(str(out)).settings.element
    assert settings.find(f"{W}updateFields") is None  # the page numbers are trusted


@needs_libreoffice
def test_a_font_without_a_twin_is_reported_and_word_asked_to_update(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    font = "Frutiger Exempelstad"
    template = swedish_city_template(tmp_path, font=font)
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template,
                           pdf=tmp_path / "plan.pdf", on_notice=notices.append)
    assert len(notices) == 1 and font in str(notices[0])
    update = docx.Document(str(out)).settings.element.find(f"{W}updateFields")
    assert update is not None and update.get(f"{W}val") == "true"
    assert not any(n.startswith("Frutiger") for n in _pdffonts(tmp_path / "plan.pdf"))

    workspace = str(tmp_path / "w.insatsplan")
    assert main(["--workspace", workspace, "demo"]) == 0
    capsys.readouterr()
    cli_out = tmp_path / "cli.docx"
    assert main(["--workspace", workspace, "export-word", "1", "--out", str(cli_out),
                 "--template", str(template)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(cli_out)
    lines = captured.err.splitlines()
    assert len(lines) == 1 and font in lines[0] and lines[0].startswith("insatsplan: ")


def test_requested_fonts_follow_styles_theme_and_runs(tmp_path: Path) -> None:
    """Theme fonts resolve to the theme's typeface; fonts no text uses do not count."""
    document = docx.Document()  # python-docx's default: body text in the theme's minor font
    document.add_paragraph("Brödtext")
    run = document.add_paragraph().add_run("Direkt formaterad")
    run.font.name = "Georgia"
    document.add_paragraph("", style="Heading 1")  # an empty heading sets no text
    theme_minor = re.search(rb'<a:minorFont>\s*<a:latin typeface="([^"]*)"',
                            document.part.part_related_by(
                                fonts._RT_THEME).blob).group(1).decode()
    assert fonts.requested_fonts(document) == {theme_minor, "Georgia"}
    assert fonts.missing_fonts({"Calibri", "Georgia", "Frutiger"},
                               {"Carlito", "DejaVuSans"}) == ("Frutiger", "Georgia")
    assert fonts.missing_fonts({"Times New Roman"}, {"TimesNewRomanPSMT"}) == ()


def test_private_fontconfig_includes_the_system_and_adds_our_fonts(tmp_path: Path) -> None:
    path = fonts.write_fontconfig(tmp_path, {})
    root = etree.parse(str(path)).getroot()
    assert [i.text for i in root.iter("include")] == list(fonts.SYSTEM_FONTCONFIGS)
    assert all(i.get("ignore_missing") == "yes" for i in root.iter("include"))
    folder = Path(root.find("dir").text)
    assert {"Carlito-Regular.ttf", "Caladea-Regular.ttf", "LICENSE-Carlito.txt",
            "LICENSE-Caladea.txt"} <= {p.name for p in folder.iterdir()}
    cache = Path(root.find("cachedir").text)
    assert cache.is_dir() and root[0].tag == "cachedir"  # ours first: written there
    aliases = {a.findtext("family"): a.findtext("accept/family") for a in root.iter("alias")}
    assert aliases == {"Calibri": "Carlito", "Cambria": "Caladea"}
    own = fonts.write_fontconfig(tmp_path, {"FONTCONFIG_FILE": "/opt/mine/fonts.conf"})
    assert [i.text for i in etree.parse(str(own)).getroot().iter("include")] == [
        "/opt/mine/fonts.conf"]


def _pages_png(pdf: Path, page: int, folder: Path) -> Iterator[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    str(pdf), str(folder / "page")], check=True)
    yield from sorted(folder.glob("page*.png"))


@needs_libreoffice
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_contents_page_renders_with_heading_look_and_real_page_numbers(
        tmp_path: Path) -> None:
    """The contents page of the real-shaped agreement in a Swedish template: "Innehåll"
    as tall as the template's heading 1, every topic with a page number, and a PNG of the
    page is made (looked at while writing this test)."""
    pdf = tmp_path / "plan.pdf"
    export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                     template=swedish_city_template(tmp_path), pdf=pdf)
    contents = _words(pdf, 2)
    heading = next(w for w in contents if w[0] == "Innehåll")
    first_area = next(w for w in _words(pdf, 3) if w[0] == "Förebyggande")
    assert abs((heading[3] - heading[2]) - (first_area[3] - first_area[2])) < 1
    text = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
                          capture_output=True, check=True, text=True).stdout
    for title in ("Familjecentraler", "Elevhälsa", "Suicidprevention", "Underskrifter"):
        assert re.search(rf"{title}\W*\.*\s*\d+\s*$", text, re.MULTILINE), title
    assert list(_pages_png(pdf, 2, tmp_path))
