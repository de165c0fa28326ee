"""Journey maps built in code for the layout tests and the timing script."""

from __future__ import annotations

import random

from mapstudio.model import (
    PERSONA_COLORS,
    Card,
    Channel,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    Persona,
    Project,
    Stage,
)

# Plain words plus accents and an em-dash, so widths and wrapping meet non-ASCII text.
_SENTENCE = (
    "customer compares prices across sites and reads reviews before deciding whether "
    "shipping is free the checkout asks for an account again support chat answers slowly "
    "confirmation email arrives late onboarding tour helps café naïve résumé — delighted"
)
WORDS = tuple(_SENTENCE.split(" "))


def sample_project() -> Project:
    """2 personas, 5 stages, persona and shared lanes, cards of every kind, emotions."""
    anna = Persona(id="anna", name="Anna Berg", role="First-time buyer", color="#3A6EA5")
    ben = Persona(id="ben", name="Ben Okafor", role="Returning customer", color="#C8553D")
    stages = tuple(
        Stage(id=f"s{i}", name=name)
        for i, name in enumerate(
            ("Awareness", "Consideration", "Decision", "Retention", "Advocacy")
        )
    )
    lanes = (
        Lane(id="act", kind=LaneKind.ACTIONS, title="Actions"),
        Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="th", kind=LaneKind.THOUGHTS),
        Lane(id="emo", kind=LaneKind.EMOTIONS, title="Emotions"),
        Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
        Lane(id="opp", kind=LaneKind.OPPORTUNITIES, title="Opportunities"),
        Lane(id="notes", kind=LaneKind.NOTES, title="Notes for the team and the workshop"),
        Lane(id="back", kind=LaneKind.BACKSTAGE, scope=LaneScope.SHARED, title="Backstage"),
        Lane(id="kpi", kind=LaneKind.KPIS, scope=LaneScope.SHARED, title="KPIs"),
        Lane(id="sopp", kind=LaneKind.OPPORTUNITIES, scope=LaneScope.SHARED),
    )
    cards = [
        Card(
            id="a1",
            lane_id="act",
            stage_id="s0",
            persona_id="anna",
            order=0,
            title="Sees an Instagram ad",
            body="Scrolling on the train home",
        ),
        Card(
            id="a2",
            lane_id="act",
            stage_id="s0",
            persona_id="anna",
            order=1,
            title="Visits the website",
            body="Reads " + " ".join(WORDS[:40]),
            tags=("web",),
        ),
        Card(
            id="a3",
            lane_id="act",
            stage_id="s0",
            persona_id="anna",
            order=2,
            title="Supercalifragilisticexpialidociouslylongwordwithoutspaces",
        ),
        Card(
            id="t1",
            lane_id="tp",
            stage_id="s1",
            persona_id="anna",
            title="Product page",
            channel=Channel.WEB,
        ),
        Card(
            id="t2",
            lane_id="tp",
            stage_id="s2",
            persona_id="ben",
            title="Support call",
            channel=Channel.PHONE,
            body="Waits 12 minutes",
        ),
        Card(
            id="q1",
            lane_id="th",
            stage_id="s2",
            persona_id="anna",
            body="“Is shipping free? Why do I need an account?”",
        ),
        Card(
            id="p1",
            lane_id="pain",
            stage_id="s2",
            persona_id="anna",
            title="Long checkout",
            severity=4,
            tags=("checkout", "drop-off"),
        ),
        Card(
            id="p2",
            lane_id="pain",
            stage_id="s3",
            persona_id="ben",
            title="Late confirmation email",
            severity=2,
        ),
        Card(
            id="o1",
            lane_id="opp",
            stage_id="s2",
            persona_id="anna",
            title="Guest checkout",
            impact=4,
            effort=2,
        ),
        Card(
            id="n1",
            lane_id="notes",
            stage_id="s4",
            persona_id="ben",
            body="Ask about referrals",
            color="#FFDDEE",
        ),
        Card(id="b1", lane_id="back", stage_id="s3", title="Support team lacks order history"),
        Card(
            id="k1",
            lane_id="kpi",
            stage_id="s2",
            title="Checkout drop-off",
            value=38.0,
            target=25,
            unit="%",
        ),
        Card(id="k2", lane_id="kpi", stage_id="s4", title="NPS", value=41.5),
        Card(id="so1", lane_id="sopp", stage_id="s1", title="Comparison table", impact=3),
    ]
    points = [
        EmotionPoint(
            id="e1", persona_id="anna", stage_id="s0", offset=0.0, score=1, feeling="curious"
        ),
        EmotionPoint(
            id="e2", persona_id="anna", stage_id="s1", offset=0.5, score=2, feeling="excited"
        ),
        EmotionPoint(
            id="e3", persona_id="anna", stage_id="s2", offset=0.5, score=-2, feeling="frustrated"
        ),
        EmotionPoint(id="e4", persona_id="anna", stage_id="s3", offset=1.0, score=0),
        EmotionPoint(
            id="e5", persona_id="ben", stage_id="s0", offset=0.3, score=-1, feeling="anxious"
        ),
        EmotionPoint(
            id="e6", persona_id="ben", stage_id="s4", offset=0.7, score=2, feeling="delighted"
        ),
    ]
    journey = JourneyMap(
        id="m1",
        title="Online purchase",
        stages=stages,
        lanes=lanes,
        bands=("anna", "ben", "ghost"),  # an unknown persona id is skipped
        cards=tuple(cards),
        emotion_points=tuple(points),
    )
    return Project(title="Test", personas=(anna, ben), maps=(journey,))


def large_project(
    personas: int = 8, stages: int = 30, cards: int = 5_000, seed: int = 1
) -> Project:
    """The benchmark-sized map: 8 personas x 30 stages, about 5,000 cards."""
    rng = random.Random(seed)
    people = tuple(
        Persona(id=f"p{i}", name=f"Persona {i}", role="Customer", color=PERSONA_COLORS[i % 8])
        for i in range(personas)
    )
    stage_list = tuple(Stage(id=f"s{i}", name=f"Stage {i}") for i in range(stages))
    lanes = (
        Lane(id="act", kind=LaneKind.ACTIONS),
        Lane(id="tp", kind=LaneKind.TOUCHPOINTS),
        Lane(id="th", kind=LaneKind.THOUGHTS),
        Lane(id="emo", kind=LaneKind.EMOTIONS),
        Lane(id="pain", kind=LaneKind.PAIN_POINTS),
        Lane(id="opp", kind=LaneKind.OPPORTUNITIES),
        Lane(id="back", kind=LaneKind.BACKSTAGE, scope=LaneScope.SHARED),
        Lane(id="kpi", kind=LaneKind.KPIS, scope=LaneScope.SHARED),
    )
    card_lanes = ("act", "tp", "th", "pain", "opp")
    made = []
    for n in range(cards):
        shared = rng.random() < 0.05
        lane = rng.choice(("back", "kpi")) if shared else rng.choice(card_lanes)
        made.append(
            Card(
                id=f"c{n}",
                lane_id=lane,
                stage_id=f"s{rng.randrange(stages)}",
                persona_id=None if shared else f"p{rng.randrange(personas)}",
                order=n,
                title=" ".join(rng.choices(WORDS, k=rng.randint(2, 6))),
                body=" ".join(rng.choices(WORDS, k=rng.randint(0, 30))),
                channel=Channel.WEB if lane == "tp" else None,
                severity=rng.randint(1, 5) if lane == "pain" else None,
                impact=3 if lane == "opp" else None,
                effort=2 if lane == "opp" else None,
                value=12.5 if lane == "kpi" else None,
                unit="%" if lane == "kpi" else "",
            )
        )
    points = tuple(
        EmotionPoint(id=f"e{p}-{s}", persona_id=f"p{p}", stage_id=f"s{s}", score=rng.randint(-2, 2))
        for p in range(personas)
        for s in range(stages)
    )
    journey = JourneyMap(
        id="big",
        title="Large",
        stages=stage_list,
        lanes=lanes,
        bands=tuple(p.id for p in people),
        cards=tuple(made),
        emotion_points=points,
    )
    return Project(title="Large", personas=people, maps=(journey,))
