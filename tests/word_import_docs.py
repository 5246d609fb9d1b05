"""Word documents from producers other than our exporter, for the import's tests.

Earlier years' plans were written by people in Word, LibreOffice and whatever else; the
import must read them. These builders make such documents in the tests: pandoc from
Markdown (both document styles), LibreOffice re-saving a document, and python-docx
writing a careless author's file — no heading styles, bold lines as headings,
"Fokusområde 1." numbering, typed bullets with indents and a typed table of contents.

Each document's content is known, so a test can count what recognition and the import
must find, every kind exactly (:data:`AGREEMENT_COUNTS`, :data:`REPORT_COUNTS`,
:data:`REPORT_FIELDS`). The content is invented, in the shape
of the city's documents (DOMAIN.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Final

AGREEMENT_YEAR: Final = 2024
REPORT_YEAR: Final = 2023

ORGANISATIONS: Final = {
    "AMF": "Arbetsmarknadsförvaltningen",
    "SFF": "Skol- och fritidsförvaltningen",
    "SOF": "Socialförvaltningen",
    "VOF": "Vård- och omsorgsförvaltningen",
}

#: What every agreement-style document below holds.
AGREEMENT_COUNTS: Final = {
    "focus_area": 2,
    "topic": 3,
    ("goal", "short"): 6,
    ("goal", "long"): 5,
    ("indicator", "short"): 3,
    ("indicator", "long"): 3,
    "fields": 0,  # an agreement prints no labelled fields
    "evaluations": 0,
    "participants": 0,
    "basis": 2,
    "signatories": 3,
}

LINK: Final = "https://www.folkhalsomyndigheten.se/suicidprevention"

AGREEMENT_SUBTITLE: Final = ("Överenskommelse mellan skol- och fritidsförvaltningen, "
                              "socialförvaltningen och kulturförvaltningen")

AGREEMENT_MARKDOWN: Final = f"""---
title: Överenskommelse om psykisk hälsa och suicidprevention {AGREEMENT_YEAR}
subtitle: {AGREEMENT_SUBTITLE}
---

Överenskommelsen beskriver hur förvaltningarna tillsammans arbetar för att stärka
den psykiska hälsan hos stadens invånare och för att förebygga suicid.

Arbetet följs upp varje år och redovisas till kommunstyrelsen.

Denna överenskommelse har sin grund i:

- Nationell överenskommelse om psykisk hälsa {AGREEMENT_YEAR}
- Regional handlingsplan för psykisk hälsa, se [regionens webbplats](https://www.example.se/plan)

# Främjande och förebyggande insatser

## Föräldrastöd i öppna förskolan

Öppna förskolan når många föräldrar med små barn och är en naturlig plats för stöd.

### Kortsiktiga mål och aktiviteter {AGREEMENT_YEAR}

- Erbjuda föräldragrupper på tre öppna förskolor.
    - Minst en grupp hålls på arabiska.
- Sprida information om [suicidprevention]({LINK}) till personalen.

### Mätbara indikatorer för uppföljning

- Antal föräldragrupper.
- Antal deltagande föräldrar.

### Långsiktiga mål

- Alla föräldrar i staden känner till föräldrastödet.

### Mätbara indikatorer för uppföljning

- Saknas.

## Trygg skolväg

### KORTSIKTIGA MÅL OCH AKTIVITETER

- Kartlägga otrygga platser kring skolorna.

### Mätbara indikatorer för uppföljning

- Antal kartlagda platser.

### Långsiktiga mål

- Elever upplever skolvägen som trygg.
    - Särskilt elever i årskurs 4–6.
- Föräldrar deltar i trygghetsvandringar.

### Mätbara indikatorer för uppföljning

- Andel elever som känner sig trygga.

# Suicidprevention i kommunen

## Utbildning för chefer

### Kortsiktiga mål och aktiviteter {AGREEMENT_YEAR}

- Utbilda alla nya chefer i att uppmärksamma suicidrisk.
- Ta fram en rutin för samtal efter en suicid på arbetsplatsen.

### Mätbara indikatorer för uppföljning

Saknas.

### Långsiktiga mål

- Chefer har kunskap om suicidprevention.

### Mätbara indikatorer för uppföljning

- Andel utbildade chefer.
- Antal genomförda samtal.

# Underskrifter

Eva Lind

Skoldirektör

Skol- och fritidsförvaltningen

Omar Haddad

Socialdirektör

Socialförvaltningen

Stina Berg

Kulturdirektör

Kulturförvaltningen
"""

#: The fields each activity of the plan-and-report documents below has, in order.
REPORT_FIELDS: Final = (
    {"background", "purpose", "target_group", "measurable", "responsible", "timeline",
     "funding"},
    {"background", "purpose", "target_group", "responsible", "timeline"},
    {"background", "purpose", "target_group", "responsible", "timeline"},
)

#: What every plan-and-report-style document below holds.
REPORT_COUNTS: Final = {
    "focus_area": 2,
    "topic": 3,
    ("goal", "short"): 3 + 1,  # a nested one in the first activity; "Mål:" in the second
    ("goal", "long"): 2 + 1,
    ("indicator", "short"): 2,  # "Mätbara indikatorer för uppföljning", once "Saknas."
    ("indicator", "long"): 0,
    "fields": sum(len(fields) for fields in REPORT_FIELDS),
    "evaluations": 3,
    "participants": 35 + 12 + 20,
    "basis": 0,
    "signatories": 2,
}

REPORT_MARKDOWN: Final = f"""---
title: Handlingsplan för psykisk hälsa och suicidprevention {REPORT_YEAR}
subtitle: Insatser bekostade av stimulansmedel samt redovisning
---

Handlingsplanen samlar stadens insatser som bekostas av stimulansmedel under {REPORT_YEAR}.

Dessa aktiviteter ska redovisas senast den 1 mars {REPORT_YEAR + 1}.

# Fokusområde 1. Tidiga insatser

## Samtalsstöd för unga vuxna

**Bakgrund:** Allt fler unga vuxna söker stöd för oro och nedstämdhet.

**Syfte:** Att unga vuxna ska få stöd tidigt.

**Målgrupp:** Unga vuxna 18–25 år.

**Kortsiktiga mål och aktiviteter:**

- Erbjuda samtal inom en vecka.
- Starta en chatt för unga vuxna.
    - Chatten är öppen på kvällarna.

**Långsiktiga mål:**

- Färre unga vuxna behöver specialistvård.
- Unga vuxna vet var de får stöd.

**Finns mätbara mål inom området?** Ja, antal samtal per år.

**Mätbara indikatorer för uppföljning:**

- Antal samtal per år.
- Andel som fått samtal inom en vecka.

**Ansvariga:** Socialförvaltningen, enhetschef Eva Berg.

**Tidsplan:** Hela {REPORT_YEAR}.

**Finansiering:** Stimulansmedel, 250 000 kr.

**Utvärdering:** Samtalsstödet har varit efterfrågat under hela året.

- Föreläsning om stress. 35 deltagare.
- Gruppträffar om sömn. 12 deltagare.

## Stöd i skolan

**Bakgrund:** Elevhälsan ser ökad psykisk ohälsa bland elever.

**Syfte:** Att stärka elevernas psykiska hälsa.

**Målgrupp:** Elever i årskurs 7–9.

**Mål:** Ta fram ett material om stress.

**Ansvariga:** Skol- och fritidsförvaltningen.

**Tidsplan:** Läsåret {REPORT_YEAR}.

**Utvärdering:** Materialet har använts på fyra skolor.

# Fokusområde 2. Suicidprevention

## Utbildning i att fråga om självmordstankar

**Bakgrund:** Kunskap om suicid räddar liv.

**Syfte:** Att medarbetare ska våga fråga.

**Målgrupp:** Medarbetare i socialtjänsten.

**Långsiktiga mål:** Medarbetare vågar fråga om självmordstankar.

**Mätbara indikatorer för uppföljning:** Saknas.

**Ansvariga:** Vård- och omsorgsförvaltningen.

**Tidsplan:** Våren {REPORT_YEAR}.

**Utvärdering:** Utbildningen genomfördes i två omgångar med 20 deltagare.

# Underskrifter

Eva Lind

Socialdirektör

Socialförvaltningen

Omar Haddad

Omsorgsdirektör

Vård- och omsorgsförvaltningen
"""


# ----------------------------------------------------------------------------- pandoc


def pandoc_docx(markdown: str, out: Path) -> Path:
    """*markdown* as a Word file written by pandoc."""
    import pypandoc

    pypandoc.convert_text(markdown, "docx", format="md", outputfile=str(out))
    return out


def pandoc_agreement(folder: Path) -> Path:
    return pandoc_docx(AGREEMENT_MARKDOWN, folder / "pandoc-overenskommelse.docx")


def pandoc_report(folder: Path) -> Path:
    return pandoc_docx(REPORT_MARKDOWN, folder / "pandoc-redovisning.docx")


# ----------------------------------------------------------------------------- notes


_W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ENDNOTES_TYPE: Final = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")
_ENDNOTES_REL: Final = ("http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/endnotes")


def with_endnote(source: Path, out: Path, anchor: str, note: str) -> Path:
    """A copy of *source* with an endnote saying *note*, referred to at the end of the
    first paragraph whose text holds *anchor*: the endnotes part, its relationship and
    content type written as Word writes them (python-docx cannot, pandoc makes
    footnotes only), with Word's separator notes before it."""
    import zipfile

    from lxml import etree

    w = f"{{{_W_NS}}}"
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    document = etree.fromstring(parts["word/document.xml"])
    paragraph = next(p for p in document.iter(f"{w}p")
                     if anchor in "".join(p.itertext()))
    run = etree.SubElement(paragraph, f"{w}r")
    etree.SubElement(etree.SubElement(run, f"{w}rPr"), f"{w}vertAlign").set(
        f"{w}val", "superscript")
    etree.SubElement(run, f"{w}endnoteReference").set(f"{w}id", "1")
    parts["word/document.xml"] = etree.tostring(document, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    parts["word/endnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:endnotes xmlns:w="{_W_NS}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        '<w:continuationSeparator/></w:r></w:p></w:endnote>'
        '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve">'
        f' {note}</w:t></w:r></w:p></w:endnote></w:endnotes>').encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        f'<Override PartName="/word/endnotes.xml" ContentType="{_ENDNOTES_TYPE}"/>'
        "</Types>")).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        f'<Relationship Id="rIdEndnotes1" Type="{_ENDNOTES_REL}" Target="endnotes.xml"/>'
        "</Relationships>")).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out


# ----------------------------------------------------------------------------- LibreOffice


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_resave(source: Path, folder: Path, timeout: float = 180) -> Path:
    """*source* opened and saved again as .docx by LibreOffice (its own styles, numbering
    and field codes), in *folder*; a private profile so parallel runs do not collide."""
    program = soffice()
    if program is None:
        raise RuntimeError("LibreOffice is not installed")
    out_dir = folder / "libreoffice"
    out_dir.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wi-lo-profile-") as profile:
        subprocess.run(
            [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source)],
            check=True, capture_output=True, timeout=timeout,
            env={**os.environ, "HOME": profile})
    out = out_dir / source.name
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no {out.name}")
    return out


# ----------------------------------------------------------------------------- python-docx


def _bold(doc: Any, text: str, size: float | None = None) -> None:
    from docx.shared import Pt

    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    if size is not None:
        run.font.size = Pt(size)


def _typed(doc: Any, marker: str, text: str, level: int) -> None:
    from docx.shared import Cm

    p = doc.add_paragraph(f"{marker} {text}")
    p.paragraph_format.left_indent = Cm(0.6 + 0.8 * level)


def _labelled(doc: Any, label: str, text: str) -> None:
    """A bold label and its text on one line; the label alone when *text* is empty."""
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    if text:
        p.add_run(" " + text)


def careless_agreement(folder: Path) -> Path:
    """The agreement as a careless author writes it: Normal style throughout, bold lines
    as headings, "Fokusområde N." numbering, typed bullets ("•", "-", "–") indented by
    hand, a typed table of contents with page numbers, section headings in other case
    and with a colon."""
    from docx import Document

    doc = Document()
    _bold(doc, f"Överenskommelse om psykisk hälsa och suicidprevention {AGREEMENT_YEAR}", 20)
    doc.add_paragraph(AGREEMENT_SUBTITLE)
    doc.add_paragraph("Överenskommelsen beskriver hur förvaltningarna tillsammans arbetar "
                      "för att stärka den psykiska hälsan hos stadens invånare.")
    doc.add_paragraph("Denna överenskommelse har sin grund i:")
    _typed(doc, "•", f"Nationell överenskommelse om psykisk hälsa {AGREEMENT_YEAR}", 0)
    _typed(doc, "•", "Regional handlingsplan för psykisk hälsa", 0)
    _bold(doc, "Innehåll")
    for line in ("Fokusområde 1. Främjande och förebyggande insatser\t2",
                 "\tFöräldrastöd i öppna förskolan\t2", "\tTrygg skolväg ........ 3",
                 "Fokusområde 2. Suicidprevention i kommunen\t4",
                 "\tUtbildning för chefer\t4", "Underskrifter\t5"):
        doc.add_paragraph(line)

    _bold(doc, "Fokusområde 1. Främjande och förebyggande insatser")
    _bold(doc, "Föräldrastöd i öppna förskolan")
    doc.add_paragraph("Öppna förskolan når många föräldrar med små barn.")
    _bold(doc, "Kortsiktiga mål och aktiviteter")
    _typed(doc, "•", "Erbjuda föräldragrupper på tre öppna förskolor.", 0)
    _typed(doc, "-", "Minst en grupp hålls på arabiska.", 1)
    _typed(doc, "•", "Sprida information om suicidprevention till personalen.", 0)
    _bold(doc, "Mätbara indikatorer för uppföljning:")
    _typed(doc, "–", "Antal föräldragrupper.", 0)
    _typed(doc, "–", "Antal deltagande föräldrar.", 0)
    _bold(doc, "LÅNGSIKTIGA MÅL")
    _typed(doc, "•", "Alla föräldrar i staden känner till föräldrastödet.", 0)
    _bold(doc, "Mätbara indikatorer för uppföljning")
    doc.add_paragraph("Saknas.")

    _bold(doc, "Trygg skolväg")
    _bold(doc, f"Kortsiktiga mål och aktiviteter {AGREEMENT_YEAR}")
    _typed(doc, "•", "Kartlägga otrygga platser kring skolorna.", 0)
    _bold(doc, "Mätbara indikatorer för uppföljning")
    _typed(doc, "•", "Antal kartlagda platser.", 0)
    _bold(doc, "Långsiktiga mål")
    _typed(doc, "•", "Elever upplever skolvägen som trygg.", 0)
    _typed(doc, "-", "Särskilt elever i årskurs 4–6.", 1)
    _typed(doc, "•", "Föräldrar deltar i trygghetsvandringar.", 0)
    _bold(doc, "Mätbara indikatorer för uppföljning")
    _typed(doc, "•", "Andel elever som känner sig trygga.", 0)

    _bold(doc, "Fokusområde 2. Suicidprevention i kommunen")
    _bold(doc, "Utbildning för chefer")
    _bold(doc, f"Kortsiktiga mål och aktiviteter {AGREEMENT_YEAR}")
    _typed(doc, "•", "Utbilda alla nya chefer i att uppmärksamma suicidrisk.", 0)
    _typed(doc, "•", "Ta fram en rutin för samtal efter en suicid på arbetsplatsen.", 0)
    _bold(doc, "Mätbara indikatorer för uppföljning")
    _typed(doc, "•", "Saknas.", 0)
    _bold(doc, "Långsiktiga mål")
    _typed(doc, "•", "Chefer har kunskap om suicidprevention.", 0)
    _bold(doc, "Mätbara indikatorer för uppföljning")
    _typed(doc, "•", "Andel utbildade chefer.", 0)
    _typed(doc, "•", "Antal genomförda samtal.", 0)

    _bold(doc, "Underskrifter")
    for name, title, organisation in (
            ("Eva Lind", "Skoldirektör", "Skol- och fritidsförvaltningen"),
            ("Omar Haddad", "Socialdirektör", "Socialförvaltningen"),
            ("Stina Berg", "Kulturdirektör", "Kulturförvaltningen")):
        doc.add_paragraph("")
        for line in (name, title, organisation):
            doc.add_paragraph(line)
    out = folder / "slarvig-overenskommelse.docx"
    doc.save(str(out))
    return out


def careless_report(folder: Path) -> Path:
    """The plan and report as the city's 2021 document is written: "Fokusområde N." as
    plain lines, each activity's title a plain line before its labelled paragraphs (the
    labels bold), the evaluation's events as typed bullets."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(f"Handlingsplan för psykisk hälsa och suicidprevention {REPORT_YEAR}")
    doc.add_paragraph("Insatser bekostade av stimulansmedel samt redovisning")
    doc.add_paragraph("Handlingsplanen samlar stadens insatser som bekostas av "
                      f"stimulansmedel under {REPORT_YEAR}.")
    doc.add_paragraph(f"Dessa aktiviteter ska redovisas senast den 1 mars {REPORT_YEAR + 1}.")
    doc.add_paragraph("Fokusområde 1. Tidiga insatser")
    doc.add_paragraph("Samtalsstöd för unga vuxna")
    _labelled(doc, "Bakgrund:", "Allt fler unga vuxna söker stöd för oro och nedstämdhet.")
    _labelled(doc, "Syfte:", "Att unga vuxna ska få stöd tidigt.")
    _labelled(doc, "Målgrupp:", "Unga vuxna 18–25 år.")
    _labelled(doc, "Kortsiktiga mål och aktiviteter:", "")
    _typed(doc, "•", "Erbjuda samtal inom en vecka.", 0)
    _typed(doc, "•", "Starta en chatt för unga vuxna.", 0)
    _typed(doc, "-", "Chatten är öppen på kvällarna.", 2)
    _labelled(doc, "Långsiktiga mål:", "")
    _typed(doc, "•", "Färre unga vuxna behöver specialistvård.", 0)
    _typed(doc, "•", "Unga vuxna vet var de får stöd.", 0)
    _labelled(doc, "Finns mätbara mål inom området?", "Ja, antal samtal per år.")
    _labelled(doc, "Mätbara indikatorer för uppföljning:", "")
    _typed(doc, "–", "Antal samtal per år.", 0)
    _typed(doc, "–", "Andel som fått samtal inom en vecka.", 0)
    _labelled(doc, "Ansvariga:", "Socialförvaltningen, enhetschef Eva Berg.")
    _labelled(doc, "Tidsplan:", f"Hela {REPORT_YEAR}.")
    _labelled(doc, "Finansiering:", "Stimulansmedel, 250 000 kr.")
    _labelled(doc, "Utvärdering:", "Samtalsstödet har varit efterfrågat under hela året.")
    _typed(doc, "-", "Föreläsning om stress. 35 deltagare.", 0)
    _typed(doc, "-", "Gruppträffar om sömn. 12 deltagare.", 0)
    doc.add_paragraph("Stöd i skolan")
    _labelled(doc, "Bakgrund:", "Elevhälsan ser ökad psykisk ohälsa bland elever.")
    _labelled(doc, "Syfte:", "Att stärka elevernas psykiska hälsa.")
    _labelled(doc, "Målgrupp:", "Elever i årskurs 7–9.")
    _labelled(doc, "Mål:", "Ta fram ett material om stress.")
    _labelled(doc, "Ansvariga:", "Skol- och fritidsförvaltningen.")
    _labelled(doc, "Tidsplan:", f"Läsåret {REPORT_YEAR}.")
    _labelled(doc, "Utvärdering:", "Materialet har använts på fyra skolor.")
    doc.add_paragraph("Fokusområde 2. Suicidprevention")
    doc.add_paragraph("Utbildning i att fråga om självmordstankar")
    _labelled(doc, "Bakgrund:", "Kunskap om suicid räddar liv.")
    _labelled(doc, "Syfte:", "Att medarbetare ska våga fråga.")
    _labelled(doc, "Målgrupp:", "Medarbetare i socialtjänsten.")
    _labelled(doc, "Långsiktiga mål:", "Medarbetare vågar fråga om självmordstankar.")
    _labelled(doc, "Mätbara indikatorer för uppföljning:", "Saknas.")
    _labelled(doc, "Ansvariga:", "Vård- och omsorgsförvaltningen.")
    _labelled(doc, "Tidsplan:", f"Våren {REPORT_YEAR}.")
    _labelled(doc, "Utvärdering:",
              "Utbildningen genomfördes i två omgångar med 20 deltagare.")
    doc.add_paragraph("Underskrifter")
    for name, title, organisation in (
            ("Eva Lind", "Socialdirektör", "Socialförvaltningen"),
            ("Omar Haddad", "Omsorgsdirektör", "Vård- och omsorgsförvaltningen")):
        doc.add_paragraph("")
        for line in (name, title, organisation):
            doc.add_paragraph(line)
    out = folder / "slarvig-redovisning.docx"
    doc.save(str(out))
    return out
