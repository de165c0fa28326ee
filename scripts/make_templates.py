"""Generate the bundled templates in resources/templates/ and their index.json.

Run from the repository root:  .venv/bin/python scripts/make_templates.py

Each template is a valid project file with one map and realistic example content that a
designer can clear in one action (mapstudio.templates.clear_content keeps stages,
lanes, personas and bands). Like scripts/make_examples.py, the projects are built with
the model classes (valid by construction), use readable stable ids ("saas-onboarding-
stage-setup", "saas-onboarding-card-sofia-setup-pain-points-1") and a fixed save time,
so running the script again after a content change gives a clean diff.
tests/templates/test_templates.py checks that the files match this script.

It also writes the example sheets of docs/spreadsheets.md (docs/examples/journey.csv and
journey.xlsx): the bundled example project exported with mapstudio.export.sheets, which
tests/export/test_sheets.py keeps in step.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapstudio.fileformat import dumps_project
from mapstudio.model import (
    CLASSIC_STAGES,
    DEFAULT_LANE_KINDS,
    LANE_KIND_SCOPES,
    LANE_KIND_TITLES,
    PERSONA_COLORS,
    Card,
    Channel,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    MapKind,
    Persona,
    Project,
    Stage,
    integrity_problems,
)

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "resources" / "templates"
DOCS_EXAMPLES = ROOT / "docs" / "examples"
EXAMPLE_PROJECT = ROOT / "resources" / "examples" / "online-purchase.mapstudio"
INDEX = "index.json"
# A fixed save time keeps every file byte-identical between runs of this script.
SAVED_AT = "2024-10-01T09:00:00+00:00"

LANE_KEYS = {
    LaneKind.ACTIONS: "actions",
    LaneKind.TOUCHPOINTS: "touchpoints",
    LaneKind.THOUGHTS: "thoughts",
    LaneKind.EMOTIONS: "emotions",
    LaneKind.PAIN_POINTS: "pain-points",
    LaneKind.OPPORTUNITIES: "opportunities",
    LaneKind.BACKSTAGE: "backstage",
    LaneKind.KPIS: "kpis",
    LaneKind.NOTES: "notes",
}

# Short lane keys used by the helpers below.
A, T, TH, P, OPP, B, K = (
    "actions",
    "touchpoints",
    "thoughts",
    "pain-points",
    "opportunities",
    "backstage",
    "kpis",
)


@dataclass(frozen=True)
class TemplateEntry:
    """One line of index.json: what the gallery and `mapstudio templates` show."""

    name: str
    title: str
    sentence: str


def default_lanes() -> tuple[tuple[str, LaneKind, str, LaneScope], ...]:
    """The usual lanes as (key, kind, title, scope)."""
    return tuple(
        (LANE_KEYS[kind], kind, LANE_KIND_TITLES[kind], LANE_KIND_SCOPES[kind][0])
        for kind in DEFAULT_LANE_KINDS
    )


class Builder:
    """Collects one template's map with stable ids; cards stack in the order added."""

    def __init__(
        self,
        name: str,
        *,
        title: str,
        map_title: str,
        scenario: str,
        kind: MapKind,
        stages: tuple[tuple[str, str, str], ...],
        lanes: tuple[tuple[str, LaneKind, str, LaneScope], ...],
        personas: tuple[Persona, ...],
    ) -> None:
        self.name = name
        self.title = title
        self.personas = personas
        self.map = JourneyMap(
            id=f"{name}-map",
            title=map_title,
            scenario=scenario,
            kind=kind,
            stages=tuple(
                Stage(id=f"{name}-stage-{key}", name=label, description=note)
                for key, label, note in stages
            ),
            lanes=tuple(
                Lane(id=f"{name}-lane-{key}", kind=lane_kind, title=lane_title, scope=scope)
                for key, lane_kind, lane_title, scope in lanes
            ),
            bands=tuple(p.id for p in personas),
        )
        self.cards: list[Card] = []
        self.points: list[EmotionPoint] = []
        self._in_cell: Counter[tuple[str, str, str]] = Counter()
        self._feelings: Counter[tuple[str, str]] = Counter()

    def card(self, who: str | None, stage: str, lane: str, title: str, **fields: Any) -> None:
        """A card in (persona `who` or shared, stage key, lane key), below the others."""
        cell = (who or "shared", stage, lane)
        n = self._in_cell[cell]
        self._in_cell[cell] += 1
        self.cards.append(
            Card(
                id=f"{self.name}-card-{cell[0]}-{stage}-{lane}-{n + 1}",
                lane_id=f"{self.name}-lane-{lane}",
                stage_id=f"{self.name}-stage-{stage}",
                persona_id=f"persona-{who}" if who else None,
                order=n,
                title=title,
                **fields,
            )
        )

    def feel(
        self, who: str, stage: str, offset: float, score: int, feeling: str, note: str = ""
    ) -> None:
        """An emotion point of persona `who` in a stage."""
        self._feelings[(who, stage)] += 1
        self.points.append(
            EmotionPoint(
                id=f"{self.name}-emotion-{who}-{stage}-{self._feelings[(who, stage)]}",
                persona_id=f"persona-{who}",
                stage_id=f"{self.name}-stage-{stage}",
                offset=offset,
                score=score,
                feeling=feeling,
                note=note,
            )
        )

    # Short forms for the content tables below.
    def actions(self, who: str, stage: str, *titles: str) -> None:
        for text in titles:
            self.card(who, stage, A, text)

    def touch(self, who: str, stage: str, channel: Channel, title: str, body: str = "") -> None:
        self.card(who, stage, T, title, body=body, channel=channel)

    def thought(self, who: str, stage: str, text: str) -> None:
        self.card(who, stage, TH, text)

    def pain(
        self,
        who: str | None,
        stage: str,
        title: str,
        body: str,
        severity: int,
        evidence: str = "",
        tags: tuple[str, ...] = (),
        lane: str = P,
    ) -> None:
        self.card(
            who, stage, lane, title, body=body, severity=severity, evidence=evidence, tags=tags
        )

    def idea(
        self,
        who: str | None,
        stage: str,
        title: str,
        body: str,
        impact: int,
        effort: int,
        tags: tuple[str, ...] = (),
        lane: str = OPP,
    ) -> None:
        self.card(who, stage, lane, title, body=body, impact=impact, effort=effort, tags=tags)

    def back(self, stage: str, title: str, body: str = "", lane: str = B) -> None:
        self.card(None, stage, lane, title, body=body)

    def kpi(
        self,
        stage: str,
        title: str,
        value: float | None,
        target: float | None,
        unit: str,
        body: str = "",
        evidence: str = "",
    ) -> None:
        self.card(
            None,
            stage,
            K,
            title,
            value=value,
            target=target,
            unit=unit,
            body=body,
            evidence=evidence,
        )

    def project(self) -> Project:
        journey_map = self.map.model_copy(
            update={"cards": tuple(self.cards), "emotion_points": tuple(self.points)}
        )
        # Validate again: model_copy does not, and the template must be a valid file.
        journey_map = JourneyMap.model_validate(journey_map.model_dump())
        return Project(
            id=f"project-{self.name}",
            title=self.title,
            personas=self.personas,
            maps=(journey_map,),
        )


def persona(short: str, name: str, role: str, color: int, **fields: Any) -> Persona:
    return Persona(
        id=f"persona-{short}", name=name, role=role, color=PERSONA_COLORS[color], **fields
    )


# -- blank ----------------------------------------------------------------------------


def blank() -> Project:
    """The classic stages and the usual lanes, one persona, no content."""
    b = Builder(
        "blank",
        title="Untitled project",
        map_title="Customer journey",
        scenario="",
        kind=MapKind.CURRENT_STATE,
        stages=tuple((name.lower(), name, "") for name in CLASSIC_STAGES),
        lanes=default_lanes(),
        personas=(persona("1", "Persona 1", "Customer", 0),),
    )
    return b.project()


# -- online purchase ------------------------------------------------------------------


def online_purchase() -> Project:
    priya = persona(
        "priya",
        "Priya Raman",
        "Busy parent who shops on her phone",
        0,
        description=(
            "38, pharmacist and mother of two. Buys school shoes, trainers and kit online "
            "in the evening once the children are asleep, almost always on her phone."
        ),
        goals=("Get the right size first time", "Order in five minutes", "Free returns"),
        needs=("Clear size guidance for children's feet", "Delivery before the weekend"),
        frustrations=("Sizes that differ between brands", "Return labels she has to print"),
        quote="If I have to print a label to send it back, I'd rather go to the shop.",
    )
    tom = persona(
        "tom",
        "Tom Kowalski",
        "Keen runner who researches every purchase",
        1,
        description=(
            "29, software tester, training for his second marathon. Reads reviews and "
            "forums before buying and compares prices on three sites."
        ),
        goals=("Find a stable shoe for long runs", "Pay a fair price"),
        needs=("Detailed specs: drop, weight, stack height", "Honest reviews from runners"),
        frustrations=("Specs missing on the product page", "Discount codes that never work"),
        quote="I want the drop and the weight on the page, not just 'responsive cushioning'.",
    )
    b = Builder(
        "online-purchase",
        title="Online purchase — Sports retailer",
        map_title="Buying running shoes online",
        scenario=(
            "Buying a pair of running shoes from an online sports retailer: from seeing the "
            "first ad to recommending the shop, as it works today."
        ),
        kind=MapKind.CURRENT_STATE,
        stages=(
            ("awareness", "Awareness", "Learns that the shop and the shoe exist."),
            ("consideration", "Consideration", "Researches, compares and asks questions."),
            ("decision", "Decision", "Chooses a size and pays."),
            ("retention", "Retention", "Receives, tries and maybe returns the shoes."),
            ("advocacy", "Advocacy", "Reviews and recommends."),
        ),
        lanes=default_lanes(),
        personas=(priya, tom),
    )
    # Priya
    b.actions("priya", "awareness", "Sees a back-to-school ad while scrolling at night")
    b.touch("priya", "awareness", Channel.SOCIAL, "Instagram ad", "Kids' trainers, 2 for £50")
    b.thought("priya", "awareness", "“Two pairs for £50 — that would cover both kids.”")
    b.feel("priya", "awareness", 0.5, 1, "Interested", "The offer fits her budget")
    b.actions("priya", "consideration", "Checks the size guide", "Measures feet with a ruler")
    b.touch("priya", "consideration", Channel.WEB, "Size guide", "A table in EU, UK and US sizes")
    b.thought("priya", "consideration", "“Is a 13 in this brand the same as a 13 in the other?”")
    b.feel("priya", "consideration", 0.6, -1, "Unsure", "Size guide is hard to read on a phone")
    b.pain(
        "priya",
        "consideration",
        "Size guide unreadable on mobile",
        "A wide table that needs sideways scrolling; no advice for growing feet.",
        4,
        "Usability test, 6 parents",
        ("sizing",),
    )
    b.idea(
        "priya",
        "consideration",
        "Foot-length size finder",
        "Enter the foot length in cm and get the size for this model, with room to grow.",
        5,
        3,
        ("sizing",),
    )
    b.actions("priya", "decision", "Orders two sizes of the same shoe to be safe")
    b.touch("priya", "decision", Channel.WEB, "Checkout", "Guest checkout, Apple Pay")
    b.thought("priya", "decision", "“Quick — done before the kettle boiled.”")
    b.feel("priya", "decision", 0.5, 1, "Relieved", "Checkout takes two minutes")
    b.actions("priya", "retention", "Returns the pair that does not fit")
    b.touch("priya", "retention", Channel.EMAIL, "Returns email", "Print the label at home")
    b.thought("priya", "retention", "“I don't have a printer. Now what?”")
    b.feel("priya", "retention", 0.6, -2, "Frustrated", "Needs a printer for the return label")
    b.pain(
        "priya",
        "retention",
        "Return label must be printed",
        "No QR code option; 1 in 3 parents abandon the return or call support.",
        5,
        "Support tickets, Aug–Sep",
        ("returns",),
    )
    b.idea(
        "priya",
        "retention",
        "QR code returns at parcel shops",
        "Show a QR code in the app and the email; the parcel shop prints the label.",
        5,
        2,
        ("returns", "quick win"),
    )
    b.actions("priya", "advocacy", "Mentions the shop in the school parents' chat")
    b.touch("priya", "advocacy", Channel.SOCIAL, "WhatsApp group", "Shares a link")
    b.thought("priya", "advocacy", "“Good prices, but returns are a pain.”")
    b.feel("priya", "advocacy", 0.5, 0, "Mixed", "Happy with the shoes, not with the return")
    # Tom
    b.actions("tom", "awareness", "Reads a review of the new model on a running blog")
    b.touch("tom", "awareness", Channel.WEB, "Running blog review", "Links to the shop")
    b.thought("tom", "awareness", "“Sounds like the stable shoe I need for long runs.”")
    b.feel("tom", "awareness", 0.5, 1, "Curious")
    b.actions("tom", "consideration", "Compares specs on three sites", "Reads runner reviews")
    b.touch("tom", "consideration", Channel.WEB, "Product page", "No drop or stack height")
    b.touch("tom", "consideration", Channel.CHAT, "Chat with an adviser", "Answer after 2 hours")
    b.thought("tom", "consideration", "“Why is the drop missing? Every other site has it.”")
    b.feel("tom", "consideration", 0.4, -1, "Annoyed", "Specs missing, has to look elsewhere")
    b.pain(
        "tom",
        "consideration",
        "Technical specs missing",
        "Drop, weight and stack height are on competitors' pages but not ours.",
        3,
        "Exit survey, n=220",
        ("content",),
    )
    b.idea(
        "tom",
        "consideration",
        "Spec table on every running shoe",
        "Drop, weight, stack height and terrain, filled from the supplier feed.",
        4,
        2,
        ("content", "quick win"),
    )
    b.actions("tom", "decision", "Tries a discount code from a voucher site")
    b.touch("tom", "decision", Channel.WEB, "Checkout", "Code field rejects the code")
    b.thought("tom", "decision", "“Code invalid. Again. Maybe I'll buy it elsewhere.”")
    b.feel("tom", "decision", 0.4, -2, "Frustrated", "Voucher code fails at checkout")
    b.feel("tom", "decision", 0.85, 0, "Resigned", "Pays full price")
    b.pain(
        "tom",
        "decision",
        "Third-party codes fail",
        "Expired codes on voucher sites; the error gives no reason.",
        3,
        "Checkout analytics, September",
        ("checkout",),
    )
    b.actions("tom", "retention", "Tracks the parcel", "Runs 10 km in the new shoes")
    b.touch("tom", "retention", Channel.APP, "Tracking in the carrier app", "Next-day delivery")
    b.thought("tom", "retention", "“Fast delivery and they feel great.”")
    b.feel("tom", "retention", 0.6, 2, "Delighted", "Shoes arrive next day and fit well")
    b.actions("tom", "advocacy", "Writes a detailed review with his mileage")
    b.touch("tom", "advocacy", Channel.EMAIL, "Review request", "Sent 14 days after delivery")
    b.thought("tom", "advocacy", "“Happy to help other runners choose.”")
    b.feel("tom", "advocacy", 0.5, 1, "Proud")
    b.idea(
        "tom",
        "advocacy",
        "Reviewer badges for runners",
        "Show distance run in the shoe next to each review.",
        3,
        3,
        ("reviews",),
    )
    # Shared lanes
    b.back("awareness", "Paid social campaign", "Audience: parents and runners, 4 weeks")
    b.back("consideration", "Product data from supplier feed", "Specs not mapped to the page")
    b.back("decision", "Payment service provider", "Voucher rules checked at the last step")
    b.back("retention", "Returns handled by the warehouse", "Manual label creation")
    b.back("advocacy", "Review platform", "Reviews moderated within 48 hours")
    b.kpi("awareness", "Click-through rate", 1.4, 2.0, "%")
    b.kpi("consideration", "Product page to basket", 6.8, 9.0, "%")
    b.kpi("decision", "Checkout completion", 58.0, 70.0, "%")
    b.kpi("retention", "Return rate", 24.0, 15.0, "%", "Mostly size-related")
    b.kpi("advocacy", "NPS", 21.0, 35.0, "")
    return b.project()


# -- SaaS onboarding ------------------------------------------------------------------


def saas_onboarding() -> Project:
    daniel = persona(
        "daniel",
        "Daniel Osei",
        "Operations manager who chose the tool",
        2,
        description=(
            "41, runs operations for a 60-person logistics firm. Signed up for the trial "
            "to replace spreadsheets for shift planning and must show value within a month."
        ),
        goals=("Replace the shift spreadsheet in a month", "Get his team to use it"),
        needs=("Import of existing data", "A clear trial-to-paid path"),
        frustrations=("Setup that needs IT", "Sales calls before he has tried it"),
        quote="If my team isn't using it in two weeks, it's just another login.",
    )
    sofia = persona(
        "sofia",
        "Sofia Marino",
        "Team member invited by her manager",
        3,
        description=(
            "26, dispatcher on the early shift. Did not choose the tool; uses it on her "
            "phone between calls."
        ),
        goals=("See her shifts without asking", "Swap a shift quickly"),
        needs=("A mobile app that works on the first try", "Notifications she can control"),
        frustrations=("Yet another password", "Too many emails"),
        quote="Just tell me when I'm working. That's all I need.",
    )
    b = Builder(
        "saas-onboarding",
        title="SaaS onboarding — Shift planning app",
        map_title="From trial sign-up to a paying team",
        scenario=(
            "A logistics firm trials a shift-planning app: the manager signs up, imports the "
            "team, invites them, and decides whether to pay at the end of the trial."
        ),
        kind=MapKind.CURRENT_STATE,
        stages=(
            ("sign-up", "Sign up", "Creates a trial account."),
            ("first-session", "First session", "Looks around the empty product."),
            ("setup", "Set up", "Imports data and invites the team."),
            ("first-value", "First value", "The first real rota is published."),
            ("adoption", "Adoption", "The team uses it week after week."),
            ("renewal", "Convert / renew", "Decides to pay, upgrade or leave."),
        ),
        lanes=default_lanes(),
        personas=(daniel, sofia),
    )
    b.actions("daniel", "sign-up", "Signs up with his work email", "Skips the sales demo offer")
    b.touch("daniel", "sign-up", Channel.WEB, "Pricing page and sign-up form", "14-day trial")
    b.thought("daniel", "sign-up", "“No card needed — good, I can just try it.”")
    b.feel("daniel", "sign-up", 0.5, 1, "Hopeful")
    b.actions("daniel", "first-session", "Clicks through an empty dashboard")
    b.touch("daniel", "first-session", Channel.APP, "Empty dashboard", "No sample data")
    b.thought("daniel", "first-session", "“Where do I even start?”")
    b.feel("daniel", "first-session", 0.5, -1, "Lost", "Nothing to see until data is in")
    b.pain(
        "daniel",
        "first-session",
        "Blank first screen",
        "No sample rota and no checklist; 38 % of trials never return after day 1.",
        4,
        "Product analytics, Q2",
        ("activation",),
    )
    b.idea(
        "daniel",
        "first-session",
        "Sample rota and a setup checklist",
        "Start with a demo team and a 4-step checklist that ends with 'publish a rota'.",
        5,
        2,
        ("activation", "quick win"),
    )
    b.actions("daniel", "setup", "Uploads the shift spreadsheet", "Fixes 40 import errors")
    b.touch("daniel", "setup", Channel.APP, "CSV importer", "Errors shown one at a time")
    b.touch("daniel", "setup", Channel.CHAT, "Support chat", "Replies within 10 minutes")
    b.thought("daniel", "setup", "“Why can't it just read my spreadsheet?”")
    b.feel("daniel", "setup", 0.35, -2, "Frustrated", "The importer rejects his file")
    b.feel("daniel", "setup", 0.8, 0, "Relieved", "Support fixes the column mapping")
    b.pain(
        "daniel",
        "setup",
        "Importer rejects real spreadsheets",
        "Merged cells and 24-hour times are refused with one error at a time.",
        5,
        "Support chats, 112 about import",
        ("import",),
    )
    b.idea(
        "daniel",
        "setup",
        "Forgiving importer with a preview",
        "Map columns on a preview, fix all errors in one table, import the rest.",
        5,
        4,
        ("import",),
    )
    b.actions("daniel", "first-value", "Publishes next week's rota")
    b.touch("daniel", "first-value", Channel.EMAIL, "Rota published email", "Sent to the team")
    b.thought("daniel", "first-value", "“That took 20 minutes instead of a morning.”")
    b.feel("daniel", "first-value", 0.5, 2, "Delighted", "First rota in minutes")
    b.actions("daniel", "adoption", "Approves shift swaps from his phone")
    b.touch("daniel", "adoption", Channel.APP, "Manager app", "Swap requests inbox")
    b.thought("daniel", "adoption", "“Fewer phone calls about shifts. Nice.”")
    b.feel("daniel", "adoption", 0.5, 1, "Confident")
    b.actions("daniel", "renewal", "Compares plans", "Asks finance to approve the annual plan")
    b.touch("daniel", "renewal", Channel.EMAIL, "Trial ending email", "3 days before the end")
    b.thought("daniel", "renewal", "“Per-user pricing gets expensive with seasonal staff.”")
    b.feel("daniel", "renewal", 0.5, -1, "Worried", "Cost of seasonal staff seats")
    b.pain(
        "daniel",
        "renewal",
        "Pricing punishes seasonal teams",
        "Every invited user counts as a paid seat, even when they leave after summer.",
        3,
        "Lost-deal interviews, 9 accounts",
        ("pricing",),
    )
    b.idea(
        "daniel",
        "renewal",
        "Pay for active users only",
        "Bill monthly for users who had a shift that month.",
        4,
        3,
        ("pricing",),
    )
    b.actions("sofia", "setup", "Gets an invite email", "Installs the app")
    b.touch("sofia", "setup", Channel.EMAIL, "Invitation email", "Link expires after 48 h")
    b.thought("sofia", "setup", "“Another app? Fine, if it shows my shifts.”")
    b.feel("sofia", "setup", 0.5, -1, "Annoyed", "The invitation link had expired")
    b.pain(
        "sofia",
        "setup",
        "Invitation link expires",
        "Night-shift staff open it after 48 hours and must ask for a new one.",
        3,
        "Support tickets",
        ("invites",),
    )
    b.actions("sofia", "first-value", "Sees her shifts for next week")
    b.touch("sofia", "first-value", Channel.APP, "My shifts", "Push notification")
    b.thought("sofia", "first-value", "“Oh, that's actually handy.”")
    b.feel("sofia", "first-value", 0.5, 1, "Pleased")
    b.actions("sofia", "adoption", "Requests a shift swap", "Mutes most notifications")
    b.touch("sofia", "adoption", Channel.APP, "Swap request", "Colleague accepts in the app")
    b.thought("sofia", "adoption", "“Swapping used to take ten messages.”")
    b.feel("sofia", "adoption", 0.5, 2, "Delighted", "Swap done in a minute")
    b.back("sign-up", "Trial account created", "Marketing automation starts a 7-email series")
    b.back("setup", "Support team on chat", "Two agents, business hours only")
    b.back("first-value", "Notifications service", "Email and push per rota change")
    b.back("renewal", "Customer success call", "Only for teams over 50 seats")
    b.kpi("sign-up", "Trial sign-ups per week", 420.0, 500.0, "")
    b.kpi("first-session", "Day-1 return rate", 62.0, 75.0, "%")
    b.kpi("setup", "Import success on first try", 31.0, 70.0, "%")
    b.kpi("first-value", "Time to first published rota", 3.2, 1.0, "days")
    b.kpi("adoption", "Weekly active team members", 54.0, 80.0, "%")
    b.kpi("renewal", "Trial-to-paid conversion", 14.0, 20.0, "%")
    return b.project()


# -- service blueprint ----------------------------------------------------------------


def service_blueprint() -> Project:
    grace = persona(
        "grace",
        "Grace Adeyemi",
        "Remote worker whose broadband fails",
        0,
        description=(
            "34, works from home as a translator. Loses income for every hour offline and "
            "has already restarted the router twice."
        ),
        goals=("Be back online today", "Know when the engineer comes"),
        needs=("One person who owns the problem", "Updates without having to chase"),
        frustrations=("Repeating the same story to every agent", "All-day appointment slots"),
        quote="I've told three people the same thing. Doesn't anyone write it down?",
    )
    b = Builder(
        "service-blueprint",
        title="Service blueprint — Broadband repair",
        map_title="Broadband fault: report to repair",
        scenario=(
            "A home broadband customer reports a fault and gets it repaired: what she sees, "
            "what the agents and field engineers do behind the scenes, and the systems they use."
        ),
        kind=MapKind.SERVICE_BLUEPRINT,
        stages=(
            ("notice", "Notice the fault", "The connection drops and does not come back."),
            ("report", "Report", "Contacts the provider."),
            ("diagnose", "Diagnose", "Remote tests and troubleshooting."),
            ("visit", "Engineer visit", "A field engineer repairs the line."),
            ("follow-up", "Follow-up", "Confirmation, compensation and survey."),
        ),
        lanes=(
            ("actions", LaneKind.ACTIONS, "Customer actions", LaneScope.PERSONA),
            ("touchpoints", LaneKind.TOUCHPOINTS, "Frontstage", LaneScope.PERSONA),
            ("emotions", LaneKind.EMOTIONS, "Emotions", LaneScope.PERSONA),
            ("pain-points", LaneKind.PAIN_POINTS, "Pain points", LaneScope.PERSONA),
            ("backstage", LaneKind.BACKSTAGE, "Backstage staff", LaneScope.SHARED),
            ("support", LaneKind.BACKSTAGE, "Support team", LaneScope.SHARED),
            ("systems", LaneKind.BACKSTAGE, "Systems", LaneScope.SHARED),
            ("opportunities", LaneKind.OPPORTUNITIES, "Opportunities", LaneScope.SHARED),
            ("kpis", LaneKind.KPIS, "KPIs", LaneScope.SHARED),
        ),
        personas=(grace,),
    )
    g = "grace"
    b.actions(g, "notice", "Restarts the router twice", "Checks the status page on her phone")
    b.touch(g, "notice", Channel.WEB, "Service status page", "“No known issues in your area”")
    b.feel(g, "notice", 0.5, -1, "Anxious", "A deadline this afternoon")
    b.actions(g, "report", "Calls the helpline", "Explains the fault and router lights")
    b.touch(g, "report", Channel.PHONE, "Helpline", "IVR menu, 18 minutes on hold")
    b.feel(g, "report", 0.4, -2, "Frustrated", "Long hold and the same questions twice")
    b.pain(
        g,
        "report",
        "Repeats the story to each agent",
        "The IVR answers are not passed on; the second agent starts from scratch.",
        5,
        "Call recordings, 50 fault calls",
        ("handover",),
    )
    b.actions(g, "diagnose", "Runs the tests the agent asks for")
    b.touch(g, "diagnose", Channel.PHONE, "Agent-led troubleshooting", "20 minutes")
    b.touch(g, "diagnose", Channel.EMAIL, "Fault reference email", "Reference number only")
    b.feel(g, "diagnose", 0.5, -1, "Impatient")
    b.actions(g, "visit", "Stays home for the all-day slot", "Lets the engineer in")
    b.touch(g, "visit", Channel.PHONE, "Engineer's call", "30 minutes before arrival")
    b.feel(g, "visit", 0.3, -1, "Stuck", "Cannot leave the house all day")
    b.feel(g, "visit", 0.85, 2, "Relieved", "Back online by 3 pm")
    b.pain(
        g,
        "visit",
        "8 am to 6 pm appointment window",
        "No narrower slot and no live arrival time.",
        4,
        "Survey, n=530",
        ("scheduling",),
    )
    b.actions(g, "follow-up", "Answers a satisfaction text", "Asks about compensation")
    b.touch(g, "follow-up", Channel.OTHER, "SMS survey", "One question, 0–10")
    b.feel(g, "follow-up", 0.5, 0, "Neutral", "Has to ask for compensation herself")
    b.back("report", "First-line agent logs the call", "Free-text notes")
    b.back("diagnose", "Second-line agent runs line tests", "Escalates to field team")
    b.back("visit", "Field engineer replaces the faulty socket", "Parts from the van stock")
    b.card(None, "notice", "support", "Network operations centre watches alarms")
    b.card(None, "report", "support", "Workforce planning sets hold-time targets")
    b.card(None, "diagnose", "support", "Scheduling desk books the engineer")
    b.card(None, "visit", "support", "Dispatcher re-routes engineers during the day")
    b.card(None, "follow-up", "support", "Billing team applies compensation on request")
    b.card(None, "notice", "systems", "Status page", body="Updated by hand, often late")
    b.card(None, "report", "systems", "IVR and CRM", body="IVR answers not stored in the CRM")
    b.card(None, "diagnose", "systems", "Line test tool", body="Separate login from the CRM")
    b.card(None, "visit", "systems", "Field service app", body="Job notes, parts, photos")
    b.card(None, "follow-up", "systems", "Survey tool", body="Not linked to the fault ticket")
    b.idea(
        None,
        "report",
        "Pass IVR answers to the agent",
        "Show what the customer already told the IVR on the agent's screen.",
        5,
        2,
        ("handover", "quick win"),
    )
    b.idea(
        None,
        "visit",
        "Two-hour slots with live arrival",
        "Book narrow slots; text a tracking link when the engineer sets off.",
        4,
        4,
        ("scheduling",),
    )
    b.idea(
        None,
        "follow-up",
        "Automatic compensation",
        "Credit the account when a repair misses its target time.",
        4,
        3,
        ("trust",),
    )
    b.kpi("report", "Average hold time", 18.0, 5.0, "min")
    b.kpi("diagnose", "First-contact resolution", 34.0, 50.0, "%")
    b.kpi("visit", "Repairs within 24 h", 61.0, 85.0, "%")
    b.kpi("follow-up", "CSAT after repair", 3.1, 4.2, "/5")
    return b.project()


# -- patient journey ------------------------------------------------------------------


def patient_journey() -> Project:
    margaret = persona(
        "margaret",
        "Margaret Hughes",
        "Retired, with worsening knee pain",
        4,
        description=(
            "72, widowed, lives alone and still drives. Knee pain now stops her from walking "
            "the dog; her son lives two hours away."
        ),
        goals=("Walk without pain again", "Stay independent after the operation"),
        needs=("Letters she can read and keep", "Someone to call with questions"),
        frustrations=("Long waits without news", "Online-only booking"),
        quote="I don't mind waiting if someone tells me how long.",
    )
    ahmed = persona(
        "ahmed",
        "Ahmed Karimi",
        "Shift worker with a sports injury",
        5,
        description=(
            "45, warehouse supervisor on rotating shifts. Injured his knee playing five-a-"
            "side; cannot take many days off."
        ),
        goals=("Get back to work quickly", "Book appointments around his shifts"),
        needs=("Online booking and reminders", "Evening or weekend physiotherapy"),
        frustrations=("Appointments only during working hours", "Phoning at 8 am to book"),
        quote="Every appointment costs me half a shift.",
    )
    b = Builder(
        "patient-journey",
        title="Patient journey — Knee care",
        map_title="Knee pain: first symptoms to recovery",
        scenario=(
            "Two patients with knee problems go from the first symptoms through the GP, "
            "diagnosis and treatment to recovery and physiotherapy."
        ),
        kind=MapKind.CURRENT_STATE,
        stages=(
            ("symptoms", "Symptoms", "Pain starts to limit daily life."),
            ("gp", "GP appointment", "Books and sees the family doctor."),
            ("diagnosis", "Diagnosis", "Scan and specialist consultation."),
            ("treatment", "Treatment", "Surgery or a course of therapy."),
            ("recovery", "Recovery", "Rehabilitation at home and physiotherapy."),
        ),
        lanes=default_lanes(),
        personas=(margaret, ahmed),
    )
    m, a = "margaret", "ahmed"
    b.actions(m, "symptoms", "Takes painkillers", "Stops walking the dog")
    b.touch(m, "symptoms", Channel.STORE, "Pharmacy", "Pharmacist suggests seeing the GP")
    b.thought(m, "symptoms", "“It's just age, isn't it?”")
    b.feel(m, "symptoms", 0.5, -1, "Worried")
    b.actions(m, "gp", "Phones the surgery at 8 am three days running")
    b.touch(m, "gp", Channel.PHONE, "Surgery phone line", "Engaged tone, then all slots gone")
    b.thought(m, "gp", "“There must be an easier way to see a doctor.”")
    b.feel(m, "gp", 0.4, -2, "Exhausted", "Three mornings of calling")
    b.pain(
        m,
        "gp",
        "8 am phone scramble",
        "All same-day slots go in 20 minutes; online booking needs an app she doesn't use.",
        5,
        "Patient survey, n=1,040",
        ("access",),
    )
    b.idea(
        m,
        "gp",
        "Call-back queue",
        "Keep her place in the queue and call her back within the morning.",
        4,
        2,
        ("access", "quick win"),
    )
    b.actions(m, "diagnosis", "Waits 14 weeks for the specialist")
    b.touch(m, "diagnosis", Channel.MAIL, "Referral letter", "No expected waiting time")
    b.thought(m, "diagnosis", "“Have they forgotten me?”")
    b.feel(m, "diagnosis", 0.5, -2, "Forgotten", "No news for 14 weeks")
    b.pain(
        m,
        "diagnosis",
        "Waiting without news",
        "Nothing between the referral and the appointment letter.",
        4,
        "Complaints log",
        ("communication",),
    )
    b.idea(
        m,
        "diagnosis",
        "Monthly waiting-list update",
        "A letter or text with her place in the queue and who to call.",
        4,
        2,
        ("communication",),
    )
    b.actions(m, "treatment", "Has a knee replacement", "Stays in hospital for 3 nights")
    b.touch(m, "treatment", Channel.EVENT, "Pre-op class", "Exercises and what to bring")
    b.thought(m, "treatment", "“The nurses were wonderful.”")
    b.feel(m, "treatment", 0.5, 1, "Reassured")
    b.actions(m, "recovery", "Does exercises at home", "Attends physiotherapy twice a week")
    b.touch(m, "recovery", Channel.PHONE, "Follow-up call", "Nurse checks the wound")
    b.thought(m, "recovery", "“I walked to the end of the road today!”")
    b.feel(m, "recovery", 0.5, 2, "Proud", "Walking the dog again after 8 weeks")
    b.actions(a, "symptoms", "Ices the knee", "Searches his symptoms online")
    b.touch(a, "symptoms", Channel.WEB, "Health website", "Symptom checker")
    b.thought(a, "symptoms", "“Probably a sprain — I'll give it a week.”")
    b.feel(a, "symptoms", 0.5, 0, "Unconcerned")
    b.actions(a, "gp", "Books an online appointment")
    b.touch(a, "gp", Channel.APP, "Health app booking", "First slot in 9 days, 10:40 am")
    b.thought(a, "gp", "“10:40 on a weekday — I'll lose half a shift.”")
    b.feel(a, "gp", 0.5, -1, "Annoyed", "Only weekday daytime slots")
    b.pain(
        a,
        "gp",
        "No evening or weekend slots",
        "Shift workers lose pay for every appointment.",
        3,
        "Interviews, 6 shift workers",
        ("access",),
    )
    b.actions(a, "diagnosis", "Has an MRI scan", "Gets results from the specialist")
    b.touch(a, "diagnosis", Channel.APP, "Results in the app", "Before the consultation")
    b.thought(a, "diagnosis", "“‘Partial ACL tear’ — what does that mean for work?”")
    b.feel(a, "diagnosis", 0.5, -1, "Anxious", "Reads results without explanation")
    b.actions(a, "treatment", "Starts 8 weeks of physiotherapy")
    b.touch(a, "treatment", Channel.STORE, "Physiotherapy clinic", "Slots 9 am–4 pm only")
    b.thought(a, "treatment", "“How do I fit this around rotating shifts?”")
    b.feel(a, "treatment", 0.5, -1, "Stretched")
    b.idea(
        a,
        "treatment",
        "Video physiotherapy sessions",
        "Evening video sessions for exercises that need no equipment.",
        4,
        3,
        ("access",),
    )
    b.actions(a, "recovery", "Back at work on light duties")
    b.touch(a, "recovery", Channel.APP, "Exercise videos", "Reminders at chosen times")
    b.thought(a, "recovery", "“Nearly there.”")
    b.feel(a, "recovery", 0.5, 1, "Optimistic")
    b.back("gp", "Reception triages calls", "Two receptionists for 9,000 patients")
    b.back("diagnosis", "Referral management centre", "Prioritises by urgency")
    b.back("treatment", "Theatre scheduling", "Cancellations when beds are full")
    b.back("recovery", "Community physiotherapy", "Separate booking system")
    b.kpi("gp", "Calls answered within 5 minutes", 35.0, 80.0, "%")
    b.kpi("diagnosis", "Referral to consultation", 14.0, 6.0, "weeks")
    b.kpi("treatment", "Missed appointments (DNA)", 8.0, 4.0, "%")
    b.kpi("recovery", "Readmissions within 30 days", 4.5, 3.0, "%")
    return b.project()


# -- B2B buying -----------------------------------------------------------------------


def b2b_buying() -> Project:
    lena = persona(
        "lena",
        "Lena Novak",
        "Finance operations lead — the champion",
        6,
        description=(
            "37, runs accounts payable for a manufacturer with 900 staff. Wants to automate "
            "invoice processing and needs her CFO, IT and procurement on board."
        ),
        goals=("Cut invoice processing time in half", "Win the internal business case"),
        needs=("Numbers she can put in front of the CFO", "A pilot with real invoices"),
        frustrations=("Vendors who hide prices", "Demos that show nothing of her process"),
        quote="I need proof I can forward, not another slide deck.",
    )
    marcus = persona(
        "marcus",
        "Marcus Reid",
        "IT security reviewer",
        7,
        description=(
            "48, IT risk manager. Joins late in every purchase and has to approve data "
            "handling, single sign-on and the vendor's security posture."
        ),
        goals=("No new risk without a review", "Fewer questionnaires to chase"),
        needs=("Security documents up front", "SSO and audit logs"),
        frustrations=("Being brought in after the decision", "300-question spreadsheets"),
        quote="If you'd asked me in week one, this would've taken a day, not a month.",
    )
    b = Builder(
        "b2b-buying",
        title="B2B buying journey — Invoice automation",
        map_title="Buying invoice automation software",
        scenario=(
            "A manufacturer's buying group chooses invoice automation software: from the "
            "trigger to signing and implementation, seen by the champion and IT security."
        ),
        kind=MapKind.CURRENT_STATE,
        stages=(
            ("trigger", "Trigger", "A problem becomes urgent enough to act."),
            ("research", "Research", "Explores solutions and vendors."),
            ("shortlist", "Shortlist", "Demos and requirements."),
            ("evaluate", "Evaluate", "Pilot, security review and business case."),
            ("purchase", "Purchase", "Negotiation, procurement and signature."),
            ("implement", "Implement", "Roll-out and first results."),
        ),
        lanes=default_lanes(),
        personas=(lena, marcus),
    )
    le, ma = "lena", "marcus"
    b.actions(le, "trigger", "Misses month-end close by 4 days", "Gets asked for a plan by the CFO")
    b.touch(le, "trigger", Channel.EVENT, "Finance conference talk", "A peer's automation story")
    b.thought(le, "trigger", "“We can't keep keying 6,000 invoices by hand.”")
    b.feel(le, "trigger", 0.5, -1, "Under pressure")
    b.actions(le, "research", "Reads analyst reports", "Asks peers on LinkedIn")
    b.touch(le, "research", Channel.WEB, "Vendor websites", "Pricing 'on request'")
    b.touch(le, "research", Channel.SOCIAL, "LinkedIn peer group", "Three recommendations")
    b.thought(le, "research", "“Why won't anyone show a price?”")
    b.feel(le, "research", 0.5, 0, "Curious")
    b.pain(
        le,
        "research",
        "No pricing without a sales call",
        "She cannot build a budget estimate before speaking to sales.",
        3,
        "Win/loss interviews, 12 deals",
        ("pricing",),
    )
    b.idea(
        le,
        "research",
        "Public price ranges and an ROI calculator",
        "Ranges per invoice volume and a calculator she can forward to the CFO.",
        4,
        2,
        ("pricing", "quick win"),
    )
    b.actions(le, "shortlist", "Sits through three demos", "Writes a requirements list")
    b.touch(le, "shortlist", Channel.WEB, "Video demo", "Generic, not her ERP")
    b.thought(le, "shortlist", "“Will it read our suppliers' messy PDFs?”")
    b.feel(le, "shortlist", 0.5, 0, "Skeptical")
    b.actions(le, "evaluate", "Runs a pilot with 500 real invoices", "Writes the business case")
    b.touch(le, "evaluate", Channel.APP, "Pilot workspace", "Sandbox with her invoices")
    b.thought(le, "evaluate", "“87 % read automatically — that's the number for the CFO.”")
    b.feel(le, "evaluate", 0.3, 2, "Excited", "The pilot works on real invoices")
    b.feel(le, "evaluate", 0.8, -2, "Blocked", "Security review stalls for 5 weeks")
    b.pain(
        le,
        "evaluate",
        "Security review starts too late",
        "IT hears about the tool after the pilot; the deal waits 5 weeks.",
        5,
        "CRM: stage durations, 40 deals",
        ("security",),
    )
    b.idea(
        le,
        "evaluate",
        "Bring IT in at the shortlist",
        "A security pack and a 30-minute IT call offered with every demo.",
        5,
        1,
        ("security", "quick win"),
    )
    b.actions(le, "purchase", "Negotiates the contract with procurement")
    b.touch(le, "purchase", Channel.EMAIL, "Contract redlines", "Three rounds")
    b.thought(le, "purchase", "“Almost there — don't let legal kill it now.”")
    b.feel(le, "purchase", 0.5, 0, "Tense")
    b.actions(le, "implement", "Connects the ERP", "Trains five clerks")
    b.touch(le, "implement", Channel.PHONE, "Onboarding manager", "Weekly check-ins")
    b.thought(le, "implement", "“Month-end closed on time for the first time this year.”")
    b.feel(le, "implement", 0.5, 2, "Proud")
    b.actions(ma, "evaluate", "Receives a 300-question security questionnaire")
    b.touch(ma, "evaluate", Channel.EMAIL, "Vendor security documents", "Sent piece by piece")
    b.thought(ma, "evaluate", "“Nobody told me we were buying this.”")
    b.feel(ma, "evaluate", 0.5, -2, "Irritated", "Brought in after the pilot")
    b.pain(
        ma,
        "evaluate",
        "Security answers scattered",
        "SOC 2 report, DPA and SSO details come in separate emails over weeks.",
        4,
        "Interviews with 5 IT reviewers",
        ("security",),
    )
    b.idea(
        ma,
        "evaluate",
        "Trust centre page",
        "SOC 2, DPA, sub-processors and SSO docs in one place, with NDA click-through.",
        4,
        2,
        ("security",),
    )
    b.actions(ma, "purchase", "Approves SSO and data processing terms")
    b.touch(ma, "purchase", Channel.EMAIL, "DPA signature", "")
    b.thought(ma, "purchase", "“Fine — audit logs and SSO are there.”")
    b.feel(ma, "purchase", 0.5, 0, "Satisfied")
    b.actions(ma, "implement", "Sets up SSO", "Reviews access logs after a month")
    b.touch(ma, "implement", Channel.WEB, "Admin console", "SAML setup guide")
    b.thought(ma, "implement", "“Setup was easy, I'll say that.”")
    b.feel(ma, "implement", 0.5, 1, "Reassured")
    b.back("research", "Marketing scores web visits", "Lena's firm flagged as in-market")
    b.back("shortlist", "Sales engineer prepares the demo", "Standard demo data")
    b.back("evaluate", "Security team answers questionnaires", "Backlog of 2 weeks")
    b.back("purchase", "Legal reviews redlines", "")
    b.back("implement", "Onboarding team", "ERP connector set up by a partner")
    b.kpi("research", "Inbound demo requests", 36.0, 50.0, "/month")
    b.kpi("shortlist", "Demo to pilot", 40.0, 50.0, "%")
    b.kpi("evaluate", "Pilot to contract", 45.0, 60.0, "%")
    b.kpi("purchase", "Sales cycle length", 142.0, 100.0, "days")
    b.kpi("implement", "Time to first automated invoice", 21.0, 10.0, "days")
    return b.project()


# -- day in the life ------------------------------------------------------------------


def day_in_the_life() -> Project:
    amara = persona(
        "amara",
        "Amara Mensah",
        "Home-care nurse",
        0,
        description=(
            "39, community nurse with eight home visits a day across a rural district. Works "
            "from her car, her phone and a tablet with a patchy signal."
        ),
        goals=("Spend time with patients, not with paperwork", "Finish her notes before 6 pm"),
        needs=("Notes that work offline", "A route that adapts when a visit runs long"),
        frustrations=("Typing the same notes twice", "No signal at patients' homes"),
        quote="I became a nurse to care for people, not to fight a tablet.",
    )
    b = Builder(
        "day-in-the-life",
        title="Day in the life — Home-care nurse",
        map_title="A day of home visits",
        scenario=(
            "One ordinary working day of a community nurse, from checking the rota before "
            "breakfast to finishing notes in the evening."
        ),
        kind=MapKind.DAY_IN_THE_LIFE,
        stages=(
            ("early-morning", "6:00–8:00", "Early morning: before the first visit."),
            ("morning", "8:00–12:00", "Morning visits."),
            ("midday", "12:00–13:00", "Lunch in the car."),
            ("afternoon", "13:00–17:00", "Afternoon visits."),
            ("evening", "17:00–21:00", "Notes, handover and home."),
        ),
        lanes=(
            ("actions", LaneKind.ACTIONS, "Activities", LaneScope.PERSONA),
            ("touchpoints", LaneKind.TOUCHPOINTS, "Tools and channels", LaneScope.PERSONA),
            ("thoughts", LaneKind.THOUGHTS, "Thoughts", LaneScope.PERSONA),
            ("emotions", LaneKind.EMOTIONS, "Emotions", LaneScope.PERSONA),
            ("pain-points", LaneKind.PAIN_POINTS, "Pain points", LaneScope.PERSONA),
            ("opportunities", LaneKind.OPPORTUNITIES, "Opportunities", LaneScope.PERSONA),
            ("notes", LaneKind.NOTES, "Context", LaneScope.SHARED),
        ),
        personas=(amara,),
    )
    n = "amara"
    b.actions(n, "early-morning", "Checks today's visits on her phone", "Loads the car")
    b.touch(n, "early-morning", Channel.APP, "Rota app", "Eight visits, 94 km")
    b.thought(n, "early-morning", "“Mrs Patel's dressing again — allow extra time.”")
    b.feel(n, "early-morning", 0.5, 1, "Ready")
    b.actions(n, "morning", "Four visits: wound care, insulin, a new patient assessment")
    b.touch(n, "morning", Channel.APP, "Care record on the tablet", "No signal at two homes")
    b.touch(n, "morning", Channel.PHONE, "Calls the GP about a medication", "On hold 12 minutes")
    b.thought(n, "morning", "“I'll write it up later — if I remember it all.”")
    b.feel(n, "morning", 0.3, 1, "Focused")
    b.feel(n, "morning", 0.8, -1, "Rushed", "Running 40 minutes late")
    b.pain(
        n,
        "morning",
        "Care record needs a signal",
        "The tablet app cannot save offline; notes go on paper and are typed in later.",
        5,
        "Shadowing, 4 nurses, 3 days",
        ("offline",),
    )
    b.idea(
        n,
        "morning",
        "Offline notes that sync later",
        "Write and save notes without a signal; sync when back in coverage.",
        5,
        4,
        ("offline",),
    )
    b.actions(n, "midday", "Eats in the car", "Catches up on messages")
    b.touch(n, "midday", Channel.CHAT, "Team group chat", "Three requests to swap visits")
    b.thought(n, "midday", "“Fifteen minutes to myself.”")
    b.feel(n, "midday", 0.5, 0, "Tired")
    b.actions(n, "afternoon", "Four visits", "Re-plans the route after a visit runs long")
    b.touch(n, "afternoon", Channel.APP, "Maps", "Route re-planned by hand")
    b.thought(n, "afternoon", "“If I skip the coffee I can still make it.”")
    b.feel(n, "afternoon", 0.5, -1, "Stressed", "Late for the last two patients")
    b.pain(
        n,
        "afternoon",
        "Route does not adapt",
        "When one visit runs over, she re-orders the rest by hand and phones patients.",
        3,
        "Nurse survey, n=64",
        ("scheduling",),
    )
    b.idea(
        n,
        "afternoon",
        "Automatic 'running late' texts",
        "The rota app texts the next patients a new arrival time.",
        4,
        2,
        ("scheduling", "quick win"),
    )
    b.actions(n, "evening", "Types up paper notes at the kitchen table", "Reads the handover")
    b.touch(n, "evening", Channel.APP, "Care record on the laptop", "45 minutes of typing")
    b.thought(n, "evening", "“Another hour I'm not paid for.”")
    b.feel(n, "evening", 0.5, -2, "Drained", "Notes at home, unpaid")
    b.pain(
        n,
        "evening",
        "Double documentation",
        "Paper notes during the day, typed again at night.",
        5,
        "Overtime records",
        ("offline",),
    )
    b.card(None, "early-morning", "notes", "Rural district, 40 % of homes without mobile signal")
    b.card(None, "morning", "notes", "Visits booked centrally the day before")
    b.card(None, "afternoon", "notes", "School-run traffic between 15:00 and 16:00")
    b.card(None, "evening", "notes", "Handover to the night team at 20:00 by phone")
    return b.project()


# -- the list -------------------------------------------------------------------------

# Gallery order; the sentence is what `mapstudio templates` and the gallery show.
TEMPLATES_INDEX: tuple[tuple[TemplateEntry, Any], ...] = (
    (
        TemplateEntry(
            "blank",
            "Blank map",
            "The five classic stages and the usual lanes with one persona, nothing filled in.",
        ),
        blank,
    ),
    (
        TemplateEntry(
            "online-purchase",
            "Online purchase",
            "Two shoppers buying online, from the first ad to a review, over the five classic "
            "stages.",
        ),
        online_purchase,
    ),
    (
        TemplateEntry(
            "saas-onboarding",
            "SaaS onboarding",
            "From trial sign-up to first value and a paid plan, for the admin and an invited user.",
        ),
        saas_onboarding,
    ),
    (
        TemplateEntry(
            "service-blueprint",
            "Service blueprint",
            "What the customer sees, and what staff, the support team and systems do behind it.",
        ),
        service_blueprint,
    ),
    (
        TemplateEntry(
            "patient-journey",
            "Patient journey",
            "Two patients from first symptoms through diagnosis and treatment to recovery.",
        ),
        patient_journey,
    ),
    (
        TemplateEntry(
            "b2b-buying",
            "B2B buying journey",
            "A buying group from trigger to purchase, seen by the champion and IT security.",
        ),
        b2b_buying,
    ),
    (
        TemplateEntry(
            "day-in-the-life",
            "Day in the life",
            "One person's working day hour by hour: activities, tools, feelings and frustrations.",
        ),
        day_in_the_life,
    ),
)


def build_all() -> dict[str, Project]:
    """Every template project by name, in gallery order."""
    return {entry.name: make() for entry, make in TEMPLATES_INDEX}


def index_document() -> list[dict[str, str]]:
    """The content of resources/templates/index.json."""
    return [
        {
            "name": entry.name,
            "title": entry.title,
            "sentence": entry.sentence,
            "file": f"{entry.name}.mapstudio",
        }
        for entry, _make in TEMPLATES_INDEX
    ]


def write_docs_examples() -> None:
    """docs/examples/journey.csv and .xlsx: the bundled example as sheets."""
    from mapstudio.export.sheets import export_sheet
    from mapstudio.fileformat import load_project

    project = load_project(EXAMPLE_PROJECT).project
    DOCS_EXAMPLES.mkdir(parents=True, exist_ok=True)
    for suffix in ("csv", "xlsx"):
        path = DOCS_EXAMPLES / f"journey.{suffix}"
        rows = export_sheet(project, path)
        print(f"wrote {path.relative_to(ROOT)}: {rows} rows")


def main() -> None:
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    for name, project in build_all().items():
        problems = integrity_problems(project)
        assert problems == [], (name, problems)
        path = TEMPLATES / f"{name}.mapstudio"
        path.write_text(dumps_project(project, saved_at=SAVED_AT), encoding="utf-8", newline="\n")
        journey_map = project.maps[0]
        print(
            f"wrote {path.relative_to(ROOT)}: {len(journey_map.cards)} cards, "
            f"{len(journey_map.emotion_points)} emotion points"
        )
    index = TEMPLATES / INDEX
    text = json.dumps(index_document(), indent=2, ensure_ascii=False) + "\n"
    index.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {index.relative_to(ROOT)}")
    write_docs_examples()


if __name__ == "__main__":
    main()
