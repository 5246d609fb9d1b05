"""The Swedish words the agreement document prints, in one place.

Exported documents are Swedish whatever language the editor shows (DOMAIN.md,
"Language"), so these are plain constants rather than translatable messages; keeping
them together lets a reviewer read the document's vocabulary in one screen.
"""

from __future__ import annotations

from typing import Final

BASIS_INTRO: Final = "Denna överenskommelse har sin grund i:"
TOC_HEADING: Final = "Innehåll"

#: The four fixed sections of a topic, in print order; ``{years}`` is the plan's year.
SECTION_SHORT_GOALS: Final = "Kortsiktiga mål och aktiviteter {years}"
SECTION_SHORT_INDICATORS: Final = "Mätbara indikatorer för uppföljning"
SECTION_LONG_GOALS: Final = "Långsiktiga mål"
SECTION_LONG_INDICATORS: Final = "Mätbara indikatorer för uppföljning"

#: Printed where a section has no items, as the city's own documents do.
EMPTY_SECTION: Final = "Saknas."

#: A focus area's or topic's heading (and its contents line) when it has no title: an
#: empty heading is an accessibility fault, and LibreOffice leaves it out of the contents.
UNTITLED_HEADING: Final = "(utan rubrik)"

SIGNATURES_HEADING: Final = "Underskrifter"
SIGNATURES_INTRO: Final = "Överenskommelsen godkänns av förvaltningarnas direktörer."
SIGNATURE_TABLE_CAPTION: Final = "Underskrifter"
SIGNATURE_TABLE_DESCRIPTION: Final = "Namn, titel och förvaltning för varje part som undertecknar."
NO_SIGNATORIES: Final = "Inga undertecknare har angetts."

FINGERPRINT_LABEL: Final = "Dokument-ID"
FINGERPRINT_NOTE: Final = (
    "Dokument-ID är en kontrollsumma över planens innehåll; samma innehåll ger alltid "
    "samma Dokument-ID."
)

#: Footer: "Sida 3 av 12", the numbers being PAGE and NUMPAGES fields.
PAGE_PREFIX: Final = "Sida "
PAGE_MIDDLE: Final = " av "

KIND_AGREEMENT: Final = "Överenskommelse"
KEYWORDS: Final = ("psykisk hälsa", "suicidprevention", "överenskommelse")

LANGUAGE: Final = "sv-SE"
