"""The Swedish words the Word documents (the agreement, the follow-up report) print, in
one place.

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

# --------------------------------------------------------------------------- the report
# The follow-up report (redovisning) and the action plan with its report in one; the
# words and the order of the labelled fields follow the city's 2021 report
# (FOLLOW-UP.md, "The report").

KIND_REPORT: Final = "Redovisning"
KIND_PLAN_AND_REPORT: Final = "Handlingsplan samt redovisning"
REPORT_KEYWORDS: Final = ("psykisk hälsa", "suicidprevention", "redovisning", "uppföljning")

#: The report's title; ``{period}`` as people say it ("2025", "VT 2025").
REPORT_TITLE: Final = "Redovisning {period}"
#: Below the title of the report alone, and in the combined document's front matter.
REPORT_DEADLINE: Final = "Redovisas senast den {date}."
PLAN_DEADLINE: Final = "Dessa aktiviteter ska redovisas enligt {document} senast den {date}."
REPORT_INTRO: Final = (
    "Redovisningen omfattar {document_whose} samtliga insatser och vad de gjorde under "
    "{period}: status, deltagare och utvärdering, indikatorernas senaste värden och "
    "trenddiagram.")
PLAN_AND_REPORT_INTRO: Final = (
    "I detta dokument ingår {document_whose} samtliga insatser för {years}, inklusive "
    "utvärdering för {period}.")
#: Names the plan version followed up: the fingerprint of its content (the report itself
#: is not sealed: evaluations and measurements are outside the fingerprint).
REPORT_FOLLOWS: Final = "Redovisningen avser {document} med Dokument-ID {fingerprint}."
#: The plan by its kind, as the sentences above name it ("enligt överenskommelsen").
PLAN_NOUN: Final = {"agreement": "överenskommelsen", "plan_and_report": "handlingsplanen"}
PLAN_NOUN_WHOSE: Final = {"agreement": "överenskommelsens",
                          "plan_and_report": "handlingsplanens"}
PLAN_BASIS_INTRO: Final = "Handlingsplanen har sin grund i:"

#: The header line's left part after the plan's short title.
REPORT_HEADER: Final = "{title} – redovisning"
PLAN_AND_REPORT_HEADER: Final = "{title} – handlingsplan och redovisning"

SUMMARY_HEADING: Final = "Sammanfattning {period}"
SUMMARY_ACTIVITIES_CAPTION: Final = "Insatser efter status {period}"
SUMMARY_ACTIVITIES_DESCRIPTION: Final = (
    "Antal insatser per fokusområde efter utvärderingens status för {period}, och de "
    "insatser som saknar utvärdering; sista raden summerar hela planen.")
SUMMARY_INDICATORS_CAPTION: Final = "Indikatorer efter status {period}"
SUMMARY_INDICATORS_DESCRIPTION: Final = (
    "Antal indikatorer per fokusområde efter status (grön, gul eller röd nivå, eller kan "
    "inte bedömas) för det senaste värdet; sista raden summerar hela planen.")
SUMMARY_FOCUS_AREA: Final = "Fokusområde"
SUMMARY_TOTAL: Final = "Hela planen"
SUMMARY_NOTE: Final = (
    "Indikatorns status bedömer det senaste värdet mot planens nivåer; kan inte bedömas "
    "när värde eller nivåer saknas.")

#: "Fokusområde 1. Förebyggande och främjande arbete".
FOCUS_AREA_HEADING: Final = "Fokusområde {number}. "

#: The labelled fields of an activity, in the 2021 report's order.
FIELD_BACKGROUND: Final = "Bakgrund"
FIELD_PURPOSE: Final = "Syfte"
FIELD_TARGET_GROUP: Final = "Målgrupp"
FIELD_SHORT_GOALS: Final = "Kortsiktiga mål och aktiviteter"
FIELD_LONG_GOALS: Final = "Långsiktiga mål"
FIELD_MEASURABLE: Final = "Finns mätbara mål inom området?"
FIELD_RESPONSIBLE: Final = "Ansvariga"
FIELD_TIMELINE: Final = "Tidsplan"
FIELD_FUNDING: Final = "Finansiering"
#: A label before its text: "Bakgrund: …"; a label ending in "?" takes no colon.
LABEL_SEPARATOR: Final = ": "
MEASURABLE_ANSWERS: Final = {"yes": "Ja", "no": "Nej"}
#: "420 000 kr".
CURRENCY: Final = "kr"
#: Between the last two organisations' names: "Socialförvaltningen och Vård- och
#: omsorgsförvaltningen".
AND: Final = " och "

EVALUATION_HEADING: Final = "Utvärdering {period}"
EVALUATION_STATUS: Final = "Status"
EVALUATION_PARTICIPANTS: Final = "Deltagare"
#: Before the period an evaluation was written for when it is a part of the report's
#: ("Avser: 2025 K4" in a report for 2025).
EVALUATION_PERIOD: Final = "Avser"
NO_EVALUATION: Final = "Ingen utvärdering för {period}."
#: Evaluation statuses (the model's keys) in the order the summary counts them.
EVALUATION_WORDS: Final = {
    "planned": "Planerad", "ongoing": "Pågår", "done": "Genomförd",
    "postponed": "Uppskjuten", "cancelled": "Inställd"}
NO_EVALUATION_COLUMN: Final = "Ingen utvärdering"

#: Indicator statuses (follow_up.status keys) as the report's tables print them.
STATUS_WORDS: Final = {"green": "Grön", "yellow": "Gul", "red": "Röd",
                       "none": "Kan inte bedömas"}

INDICATOR_TABLE_CAPTION: Final = "Indikatorer för {title}"
INDICATOR_TABLE_DESCRIPTION: Final = (
    "Varje indikator med enhet, utgångsvärde, målvärde, senaste värde med dess period, "
    "och status för det senaste värdet.")
INDICATOR_COLUMNS: Final = ("Indikator", "Enhet", "Utgångsvärde", "Målvärde",
                            "Senaste värde", "Status")
#: Printed in a table cell that has no value.
NO_VALUE: Final = "–"

CHART_TITLE: Final = "Trenddiagram"
#: Under each chart: "Figur 3. Antal deltagare 2021–2025, senaste 292 (2025), mål 300".
CHART_CAPTION: Final = "Figur {number}. {text}"
#: Above an activity's indicator table and trend charts.
INDICATORS_HEADING: Final = "Indikatorer"
