"""Generate the bundled example projects in resources/examples/.

Run from the repository root:  .venv/bin/python scripts/make_examples.py

The example is built with the model classes (so it is valid by construction) and uses
readable, stable ids ("persona-maya", "current-stage-decision",
"current-card-maya-decision-pain-points-1"), so the written file diffs cleanly when the
script is run again after a content change. Everything inside a map is prefixed with the
map ("current-", "future-") so that ids are unique across the whole project, which keeps
comparing and merging copies simple.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapstudio.fileformat import dumps_project
from mapstudio.model import (
    CLASSIC_STAGES,
    DEFAULT_LANE_KINDS,
    PERSONA_COLORS,
    Card,
    Channel,
    EmotionPoint,
    JourneyMap,
    LaneKind,
    MapKind,
    Persona,
    Project,
    Stage,
    default_lane,
    integrity_problems,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
# A fixed save time keeps the file byte-identical between runs of this script.
SAVED_AT = "2024-10-01T09:00:00+00:00"

# Short keys of the classic stages, used in ids ("current-stage-awareness", ...).
STAGE_KEYS = ("awareness", "consideration", "decision", "retention", "advocacy")
LANE_KEYS = {
    LaneKind.ACTIONS: "actions",
    LaneKind.TOUCHPOINTS: "touchpoints",
    LaneKind.THOUGHTS: "thoughts",
    LaneKind.EMOTIONS: "emotions",
    LaneKind.PAIN_POINTS: "pain-points",
    LaneKind.OPPORTUNITIES: "opportunities",
    LaneKind.BACKSTAGE: "backstage",
    LaneKind.KPIS: "kpis",
}

# -- content types --------------------------------------------------------------------


@dataclass(frozen=True)
class Pain:
    title: str
    body: str
    severity: int
    evidence: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Idea:
    title: str
    body: str
    impact: int
    effort: int
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feeling:
    offset: float
    score: int
    feeling: str
    note: str


@dataclass(frozen=True)
class Kpi:
    title: str
    value: float | None
    target: float
    unit: str
    body: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Moment:
    """What one persona does, meets, thinks and feels in one stage."""

    actions: tuple[str, ...]
    touchpoints: tuple[tuple[Channel, str, str], ...]
    thought: str
    feelings: tuple[Feeling, ...]
    pains: tuple[Pain, ...] = ()
    ideas: tuple[Idea, ...] = ()


@dataclass(frozen=True)
class Shared:
    """The shared lanes of one stage: what happens backstage and how it is measured."""

    backstage: tuple[tuple[str, str], ...]
    kpis: tuple[Kpi, ...] = field(default=())


# -- personas -------------------------------------------------------------------------

MAYA = Persona(
    id="persona-maya",
    name="Maya Okafor",
    role="Confident digital native, bargain hunter",
    description=(
        "31, UX researcher, rents a flat in the city with her partner. Shops on her phone "
        "in spare minutes, keeps three tabs open to compare prices and never pays without "
        "looking for a discount code first."
    ),
    goals=(
        "Find a stylish three-seat sofa for under €900",
        "Pay with a discount code or in a sale",
        "Get it delivered on a Saturday without taking a day off",
    ),
    needs=(
        "The full price, delivery included, before she reaches checkout",
        "A fast mobile checkout with a wallet payment",
        "Live order tracking with a narrow delivery window",
    ),
    frustrations=(
        "Being forced to create yet another account",
        "Fees that appear only at the last step",
        "Delivery windows of 'between 7 am and 7 pm'",
    ),
    quote="If I can't see the full price in two taps, I'm already in another tab.",
    color=PERSONA_COLORS[0],
)

GEORGE = Persona(
    id="persona-george",
    name="George Whitfield",
    role="Cautious first-time online buyer",
    description=(
        "64, retired school teacher, lives with his wife in a terraced house with a narrow "
        "hallway. Has always bought furniture in a store where he could sit on it first. "
        "The local store closed, so his daughter talked him into looking online; before "
        "spending a large sum he wants to speak to a person."
    ),
    goals=(
        "Replace the 20-year-old sofa with a firm one that is easy to get up from",
        "Be certain the sofa fits through the hallway",
        "Pay safely without giving more details than necessary",
    ),
    needs=(
        "Someone to phone before and after buying",
        "Fabric samples and exact measurements, including seat height",
        "A clear, large-print confirmation of what he ordered and when it arrives",
    ),
    frustrations=(
        "Small text and pop-ups on websites",
        "Passwords with complicated rules",
        "Not knowing whom to call when something goes wrong",
    ),
    quote="I don't mind paying a bit more — I just want to know a real person will answer.",
    color=PERSONA_COLORS[1],
)

# -- evidence sources (quoted on cards so the map says where each point comes from) ---

SURVEY = "Survey Q3, n=412"
TICKETS = "Support tickets, Jul–Sep (1,180 tickets)"
FUNNEL = "Analytics: checkout funnel, September"
RECORDINGS = "Session recordings, 40 abandoned checkouts"
INTERVIEWS = "Interviews, 8 customers aged 60+"
USABILITY = "Usability test, 6 participants"
CALLS = "Call centre report, September"
CONCEPT = "Concept test of the new checkout, 5 participants"

# -- current state --------------------------------------------------------------------

CURRENT_MAYA: dict[str, Moment] = {
    "awareness": Moment(
        actions=(
            "Saves a sofa ad on Instagram during her commute",
            "Looks up the shop's rating on a review site",
        ),
        touchpoints=(
            (Channel.SOCIAL, "Instagram carousel ad", "'Cloud' 3-seater, 20 % off this week"),
            (Channel.WEB, "Review site", "4.1 stars from 2,300 reviews"),
        ),
        thought="“Nice — but is 20 % off the real price or a fake sale?”",
        feelings=(
            Feeling(0.3, 1, "Curious", "Likes the colour and shape in the ad"),
            Feeling(0.75, 1, "Interested", "Good reviews calm her doubts about the sale"),
        ),
        pains=(
            Pain(
                "Sale price is hard to trust",
                "The ad shows '-20 %' but not the price it was reduced from.",
                2,
                "Comments on paid social posts, August",
                ("trust",),
            ),
        ),
        ideas=(
            Idea(
                "Show the 30-day lowest price on sale items",
                "On the ad and on the product page, so the discount is credible.",
                3,
                2,
                ("trust",),
            ),
        ),
    ),
    "consideration": Moment(
        actions=(
            "Compares the sofa with two rivals in three browser tabs",
            "Signs up to the newsletter for a 10 % code",
        ),
        touchpoints=(
            (Channel.WEB, "Product page on mobile", "Photos, 360° view, dimensions"),
            (Channel.EMAIL, "Welcome email", "10 % code, valid for 7 days"),
            (Channel.CHAT, "Chatbot", "Answers questions on fabric care"),
        ),
        thought="“Signed up for the newsletter just for the code. Fine.”",
        feelings=(
            Feeling(0.3, 2, "Excited", "Found the right colour and a 10 % code"),
            Feeling(0.8, 1, "Focused", "Narrowed it down to one sofa"),
        ),
        pains=(
            Pain(
                "Delivery cost not shown on the product page",
                "Only 'Delivery from €29'; the real fee depends on the postcode and size "
                "and appears at checkout.",
                3,
                USABILITY,
                ("delivery",),
            ),
        ),
        ideas=(
            Idea(
                "Postcode delivery estimate on product pages",
                "Enter a postcode once; every product shows its delivery fee and earliest date.",
                5,
                3,
                ("delivery",),
            ),
        ),
    ),
    "decision": Moment(
        actions=(
            "Starts checkout on her phone with the code",
            "Creates an account because there is no guest checkout",
            "Retries the payment twice, then pays with another card",
        ),
        touchpoints=(
            (Channel.WEB, "Basket and checkout", "5 steps, account required"),
            (Channel.APP, "Bank app", "3-D Secure approval"),
            (Channel.EMAIL, "Order confirmation email", ""),
        ),
        thought="“€79 for delivery?! That wasn't in the ad.”",
        feelings=(
            Feeling(0.2, 0, "Hopeful", "Ready to buy with her code"),
            Feeling(0.5, -1, "Annoyed", "The €79 delivery fee appears after the address"),
            Feeling(0.85, -2, "Frustrated", "Payment fails twice; she nearly gives up"),
        ),
        pains=(
            Pain(
                "Surprise delivery fee at the last step",
                "€79 two-person delivery appears only after the address is entered; "
                "27 % of checkouts are abandoned at this step.",
                5,
                FUNNEL,
                ("checkout", "delivery"),
            ),
            Pain(
                "Forced account creation",
                "An 11-field sign-up form with strict password rules comes before payment.",
                4,
                RECORDINGS,
                ("checkout",),
            ),
            Pain(
                "Payment fails after bank approval",
                "3-D Secure times out while she switches apps, and the error empties the basket.",
                5,
                TICKETS,
                ("checkout", "payments"),
            ),
        ),
        ideas=(
            Idea(
                "Guest checkout",
                "Pay first; offer an account on the confirmation page.",
                5,
                2,
                ("checkout", "quick win"),
            ),
            Idea(
                "Keep the basket when a payment fails",
                "Return to the payment step with the basket intact and a clear retry message.",
                4,
                2,
                ("payments", "quick win"),
            ),
        ),
    ),
    "retention": Moment(
        actions=(
            "Waits four days for an email with a delivery slot",
            "Unpacks the sofa and screws on the legs",
        ),
        touchpoints=(
            (Channel.EMAIL, "Dispatch email", "No tracking link"),
            (Channel.PHONE, "Carrier's call", "The evening before delivery"),
        ),
        thought="“Is it even coming this week? There's no tracking.”",
        feelings=(
            Feeling(0.3, 0, "Impatient", "Four days without news"),
            Feeling(0.8, 1, "Relieved", "The sofa arrives and looks like the photos"),
        ),
        pains=(
            Pain(
                "No order tracking",
                "The dispatch email has no link; the delivery window is 7 am to 7 pm.",
                4,
                SURVEY,
                ("delivery",),
            ),
        ),
        ideas=(
            Idea(
                "Live tracking with a 2-hour window",
                "Carrier ETA by text and email on the day, with a link to reschedule.",
                4,
                3,
                ("delivery",),
            ),
        ),
    ),
    "advocacy": Moment(
        actions=(
            "Posts a photo of the sofa in her stories",
            "Leaves a 4-star review that mentions the checkout trouble",
        ),
        touchpoints=(
            (Channel.SOCIAL, "Instagram story", "Tags the shop"),
            (Channel.EMAIL, "Review request email", "Sent before the sofa arrived"),
        ),
        thought="“Love the sofa. The checkout, not so much.”",
        feelings=(Feeling(0.5, 1, "Pleased", "Friends compliment the sofa"),),
        pains=(
            Pain(
                "Review request arrives before delivery",
                "The CRM sends it three days after dispatch instead of after delivery.",
                2,
                TICKETS,
            ),
        ),
        ideas=(
            Idea(
                "Referral code for happy customers",
                "€30 off for a friend and €30 for Maya, sent after delivery.",
                3,
                2,
                ("quick win",),
            ),
        ),
    ),
}

CURRENT_GEORGE: dict[str, Moment] = {
    "awareness": Moment(
        actions=(
            "Leafs through the printed catalogue that came in the post",
            "Asks his daughter to show him the website",
        ),
        touchpoints=(
            (Channel.MAIL, "Spring catalogue", "Posted to every household in the area"),
            (Channel.WEB, "Home page", "On his daughter's laptop"),
        ),
        thought="“Can I really buy a sofa without sitting on it first?”",
        feelings=(Feeling(0.4, 0, "Unsure", "Interested, but doubts furniture bought online"),),
        pains=(
            Pain(
                "No phone number for advice in the catalogue",
                "Only a web address and a QR code on the back page.",
                2,
                INTERVIEWS,
                ("accessibility",),
            ),
        ),
        ideas=(
            Idea(
                "Print a staffed advice line in the catalogue",
                "Number and opening hours on every spread.",
                3,
                1,
                ("quick win", "accessibility"),
            ),
        ),
    ),
    "consideration": Moment(
        actions=(
            "Measures the hallway and the living room twice",
            "Phones the store to ask about firmness and seat height",
            "Orders fabric swatches by post",
        ),
        touchpoints=(
            (Channel.PHONE, "Store phone line", "14 minutes on hold"),
            (Channel.WEB, "Product page on a tablet", "Small text, dimensions in a tab"),
            (Channel.MAIL, "Fabric swatch pack", "Arrives after 5 days"),
        ),
        thought="“Will it fit through the hallway? The website doesn't say.”",
        feelings=(
            Feeling(0.25, -1, "Overwhelmed", "Too many models, tiny photos"),
            Feeling(0.7, 0, "Reassured", "The adviser on the phone was kind and patient"),
        ),
        pains=(
            Pain(
                "Key measurements hidden in a tab",
                "Seat height and diagonal depth are missing; no advice for narrow doorways.",
                3,
                USABILITY,
                ("accessibility",),
            ),
            Pain("Long wait on the phone", "14 minutes on hold before anyone answers.", 3, CALLS),
        ),
        ideas=(
            Idea(
                "'Will it fit?' guide",
                "Doorway and stair check with diagrams and a printable checklist.",
                4,
                2,
                ("delivery",),
            ),
            Idea(
                "Call-back booking",
                "Customers pick a time for an adviser to call them.",
                3,
                2,
            ),
        ),
    ),
    "decision": Moment(
        actions=(
            "Tries to order online with his daughter on speakerphone",
            "Gives up on the sign-up form and orders by phone",
        ),
        touchpoints=(
            (Channel.WEB, "Checkout", "Account required before payment"),
            (Channel.PHONE, "Phone order", "Reads his card number aloud"),
            (Channel.EMAIL, "Order confirmation email", "Small grey text, no delivery date"),
        ),
        thought="“Why does it want a password with a symbol? I only want to buy a sofa.”",
        feelings=(
            Feeling(0.3, -1, "Anxious", "Confused by the account form"),
            Feeling(0.65, -2, "Frustrated", "Gives up online and feels foolish"),
            Feeling(0.95, -1, "Uneasy", "Paid by phone but not sure it went through"),
        ),
        pains=(
            Pain(
                "Sign-up form too long and too strict",
                "11 fields, password rules shown only after an error, then a CAPTCHA.",
                5,
                RECORDINGS,
                ("checkout", "accessibility"),
            ),
            Pain(
                "Surprise delivery fee",
                "€79 appears at the end; he wonders what else is hidden.",
                4,
                INTERVIEWS,
                ("checkout", "delivery"),
            ),
            Pain(
                "Phone orders cost a €10 handling fee",
                "He pays extra for the one channel he trusts.",
                3,
                TICKETS,
            ),
        ),
        ideas=(
            Idea(
                "Guest checkout with large, clear fields",
                "Accessible form (WCAG 2.2 AA); no password until after the order.",
                5,
                2,
                ("checkout", "accessibility"),
            ),
            Idea(
                "Drop the phone-order fee",
                "Treat the phone as a full sales channel and give advisers order entry.",
                3,
                3,
            ),
        ),
    ),
    "retention": Moment(
        actions=(
            "Phones to ask when the sofa will arrive",
            "Stays at home all day waiting for the delivery",
        ),
        touchpoints=(
            (Channel.PHONE, "Customer support line", "Agent promises to email the warehouse"),
            (Channel.PHONE, "Carrier's call", "The evening before delivery"),
        ),
        thought="“Nobody could tell me where my sofa is.”",
        feelings=(
            Feeling(0.35, -1, "Worried", "No answer about the delivery date"),
            Feeling(0.85, 1, "Relieved", "Two friendly drivers carry it in and take the boxes"),
        ),
        pains=(
            Pain(
                "Support cannot look up his order",
                "Agents email the warehouse; the answer comes two days later.",
                4,
                TICKETS,
                ("support",),
            ),
            Pain(
                "All-day delivery window",
                "He moves a hospital appointment to be at home.",
                4,
                INTERVIEWS,
                ("delivery",),
            ),
        ),
        ideas=(
            Idea(
                "Order lookup for support agents",
                "Order, delivery slot and carrier status on one screen.",
                5,
                4,
                ("support",),
            ),
            Idea(
                "Choose the delivery day at checkout",
                "A day and a morning or afternoon slot, confirmed by letter if asked.",
                4,
                3,
                ("delivery",),
            ),
        ),
    ),
    "advocacy": Moment(
        actions=("Tells his neighbour about the sofa and the delivery team",),
        touchpoints=(
            (Channel.MAIL, "Thank-you card in the parcel", "Signed by the delivery team"),
            (Channel.EMAIL, "Review request email", "Links to a form that needs an account"),
        ),
        thought="“Lovely sofa. I'd buy again — by phone.”",
        feelings=(Feeling(0.5, 1, "Content", "Proud that he managed it"),),
        pains=(
            Pain(
                "Reviews only possible online with an account",
                "He would happily give feedback, but not by creating an account.",
                2,
                SURVEY,
            ),
        ),
        ideas=(
            Idea(
                "Feedback by phone or reply card",
                "A prepaid reply card in the parcel; phone feedback counts as a review.",
                2,
                1,
                ("quick win", "accessibility"),
            ),
        ),
    ),
}

CURRENT_SHARED: dict[str, Shared] = {
    "awareness": Shared(
        backstage=(
            (
                "Paid social run by an agency",
                "Promo codes in ads are set up by hand and are not synced with the shop.",
            ),
            ("Catalogue mailing", "Bought address list, not segmented by age or past orders."),
        ),
        kpis=(Kpi("Ad click-through rate", 1.8, 2.5, "%", evidence="Ad platform, September"),),
    ),
    "consideration": Shared(
        backstage=(
            (
                "Product data typed in by hand",
                "Copied from supplier sheets; seat height and diagonal depth often missing.",
            ),
            ("Store advisers", "Cannot see online stock or delivery dates."),
        ),
        kpis=(Kpi("Product page to basket", 6.2, 8.0, "%", evidence=FUNNEL),),
    ),
    "decision": Shared(
        backstage=(
            (
                "Delivery fee from the carrier at checkout",
                "The carrier's rate API is called only after the address is entered.",
            ),
            (
                "Account required by the ERP",
                "The order system needs a customer number before it accepts an order.",
            ),
            (
                "Payment provider settings",
                "3-D Secure timeout of 5 minutes; failed payments raise no alert.",
            ),
        ),
        kpis=(
            Kpi("Checkout completion rate", 41.0, 60.0, "%", evidence=FUNNEL),
            Kpi(
                "Drop-off at the delivery step",
                27.0,
                10.0,
                "%",
                "Share of checkouts abandoned when the fee appears.",
                FUNNEL,
            ),
        ),
    ),
    "retention": Shared(
        backstage=(
            (
                "Warehouse books delivery slots by phone",
                "Slots kept in a spreadsheet; customers hear nothing until the day before.",
            ),
            (
                "Support team without order lookup",
                "Agents email the warehouse and wait two days on average.",
            ),
        ),
        kpis=(
            Kpi("CSAT after delivery", 3.6, 4.3, "/5", evidence=SURVEY),
            Kpi("Time to resolve delivery queries", 52.0, 24.0, "h", evidence=TICKETS),
            Kpi("Where-is-my-order calls", 31.0, 10.0, "per 100 orders", evidence=CALLS),
        ),
    ),
    "advocacy": Shared(
        backstage=(
            (
                "CRM review emails",
                "Sent 3 days after dispatch, often before the delivery.",
            ),
            ("Referral codes", "Handed out by marketing from a spreadsheet; no tracking."),
        ),
        kpis=(
            Kpi("NPS", 12.0, 35.0, "", evidence=SURVEY),
            Kpi("Review rate", 7.0, 15.0, "% of orders"),
        ),
    ),
}

# -- future state ---------------------------------------------------------------------

FUTURE_MAYA: dict[str, Moment] = {
    "awareness": Moment(
        actions=("Saves a sofa ad that shows the 30-day lowest price",),
        touchpoints=((Channel.SOCIAL, "Instagram ad", "Sale price with price history"),),
        thought="“20 % off a price it actually had. Okay, I'm in.”",
        feelings=(Feeling(0.5, 1, "Curious", "Trusts the discount"),),
    ),
    "consideration": Moment(
        actions=(
            "Enters her postcode once and sees the delivery fee on every sofa",
            "Compares three sofas side by side",
        ),
        touchpoints=(
            (Channel.WEB, "Product page", "Delivery €49, Saturday slots available"),
            (Channel.EMAIL, "Welcome email", "10 % code"),
        ),
        thought="“€49 delivery, Saturday possible. Good to know now.”",
        feelings=(
            Feeling(0.3, 2, "Excited", "Found the sofa and knows the full price"),
            Feeling(0.8, 2, "Confident", "No open questions left"),
        ),
    ),
    "decision": Moment(
        actions=("Checks out as a guest and pays with her phone wallet",),
        touchpoints=(
            (Channel.WEB, "Guest checkout", "3 steps, code applied automatically"),
            (Channel.APP, "Wallet payment", "One approval, no app switching"),
            (Channel.EMAIL, "Confirmation", "With the delivery date and slot"),
        ),
        thought="“Done. That was quicker than choosing the colour.”",
        feelings=(
            Feeling(0.4, 1, "Confident", "Total price matches what she expected"),
            Feeling(0.9, 2, "Delighted", "Paid in under two minutes"),
        ),
        pains=(
            Pain(
                "Discount field easy to miss",
                "Codes from other sources still need to be typed into a collapsed field.",
                1,
                CONCEPT,
                ("checkout",),
            ),
        ),
    ),
    "retention": Moment(
        actions=(
            "Follows the van on a live map",
            "Moves the slot to Saturday morning from the tracking page",
        ),
        touchpoints=(
            (Channel.EMAIL, "Tracking link", "Sent at dispatch"),
            (Channel.PHONE, "Text message", "2-hour window on the day"),
        ),
        thought="“Arriving between 10 and 12. Perfect.”",
        feelings=(
            Feeling(0.3, 1, "Relaxed", "Knows exactly when it comes"),
            Feeling(0.8, 2, "Delighted", "Sofa arrives on time"),
        ),
    ),
    "advocacy": Moment(
        actions=("Shares her referral code with two friends",),
        touchpoints=(
            (Channel.EMAIL, "Review request", "Sent the day after delivery"),
            (Channel.SOCIAL, "Referral link", "€30 for each of them"),
        ),
        thought="“We both get €30 — obviously I'm sharing it.”",
        feelings=(Feeling(0.5, 2, "Proud", "Her friends ask where the sofa is from"),),
        ideas=(
            Idea(
                "Customer photos in the product gallery",
                "Invite reviewers to add a photo of the sofa at home.",
                3,
                2,
                ("trust",),
            ),
        ),
    ),
}

FUTURE_GEORGE: dict[str, Moment] = {
    "awareness": Moment(
        actions=("Reads the catalogue and notices the advice line",),
        touchpoints=((Channel.MAIL, "Spring catalogue", "Advice line on every spread"),),
        thought="“There's a number to ring. Good.”",
        feelings=(Feeling(0.5, 0, "Open", "Willing to give it a try"),),
    ),
    "consideration": Moment(
        actions=(
            "Books a call-back and talks through seat height and the hallway",
            "Ticks off the printable 'Will it fit?' checklist",
        ),
        touchpoints=(
            (Channel.PHONE, "Booked call-back", "At the time he chose"),
            (Channel.WEB, "'Will it fit?' guide", "Printable checklist"),
            (Channel.MAIL, "Fabric swatch pack", ""),
        ),
        thought="“She measured it with me over the phone. It will fit.”",
        feelings=(
            Feeling(0.3, 0, "Cautious", "Still many models to choose from"),
            Feeling(0.8, 1, "Reassured", "An adviser checked the hallway with him"),
        ),
    ),
    "decision": Moment(
        actions=(
            "Orders as a guest on the tablet with his daughter's help",
            "Sees the delivery cost from the start",
        ),
        touchpoints=(
            (Channel.WEB, "Guest checkout", "Large fields, no password"),
            (Channel.EMAIL, "Large-print confirmation", "Order, price and delivery day"),
        ),
        thought="“No password, no surprises. I can do this.”",
        feelings=(
            Feeling(0.3, 0, "Nervous", "Paying a large sum online for the first time"),
            Feeling(0.8, 1, "Relieved", "Confirmation shows the delivery day"),
        ),
        pains=(
            Pain(
                "Still nervous about paying online",
                "He wants someone to confirm that the order went through.",
                2,
                CONCEPT,
                ("trust",),
            ),
        ),
        ideas=(
            Idea(
                "Optional confirmation call",
                "Offer a short call the next working day for orders over €500.",
                2,
                3,
                ("trust",),
            ),
        ),
    ),
    "retention": Moment(
        actions=(
            "Picked a Tuesday morning slot at checkout",
            "Gets a text the day before and when the van is on its way",
        ),
        touchpoints=(
            (Channel.PHONE, "Support line", "The agent sees his order at once"),
            (Channel.PHONE, "Text message", "Driver on the way"),
        ),
        thought="“The lady on the phone knew exactly where my sofa was.”",
        feelings=(
            Feeling(0.4, 1, "Calm", "Knows the day and the morning slot"),
            Feeling(0.85, 2, "Delighted", "Delivered and set up on time"),
        ),
    ),
    "advocacy": Moment(
        actions=(
            "Sends back the prepaid feedback card",
            "Recommends the shop at his bowls club",
        ),
        touchpoints=((Channel.MAIL, "Prepaid reply card", "Counts as a review"),),
        thought="“Ring them, I tell everyone — they're very helpful.”",
        feelings=(Feeling(0.5, 2, "Proud", "Friends ask him for the number"),),
    ),
}

FUTURE_SHARED: dict[str, Shared] = {
    "awareness": Shared(
        backstage=(
            ("One source for promo codes", "The CRM issues codes for ads, email and the shop."),
        ),
        kpis=(Kpi("Ad click-through rate", None, 2.5, "%", "Baseline 1.8 %"),),
    ),
    "consideration": Shared(
        backstage=(
            (
                "Carrier rates cached per postcode",
                "Refreshed nightly, so product pages show the fee without waiting.",
            ),
            ("Call-back calendar", "Advisers share one calendar with bookable slots."),
        ),
        kpis=(Kpi("Product page to basket", None, 8.0, "%", "Baseline 6.2 %"),),
    ),
    "decision": Shared(
        backstage=(
            (
                "Guest orders get a customer number",
                "The ERP creates it automatically; the account is optional.",
            ),
            (
                "Basket kept after a failed payment",
                "The session survives 30 minutes and failed payments raise an alert.",
            ),
        ),
        kpis=(
            Kpi("Checkout completion rate", None, 60.0, "%", "Baseline 41 %"),
            Kpi("Drop-off at the delivery step", None, 10.0, "%", "Baseline 27 %"),
        ),
    ),
    "retention": Shared(
        backstage=(
            (
                "Support sees orders in one view",
                "Order, delivery slot and carrier status next to the customer's calls.",
            ),
            (
                "Slots published from the routing tool",
                "The warehouse offers real delivery slots to the checkout.",
            ),
        ),
        kpis=(
            Kpi("CSAT after delivery", None, 4.3, "/5", "Baseline 3.6"),
            Kpi("Time to resolve delivery queries", None, 24.0, "h", "Baseline 52 h"),
        ),
    ),
    "advocacy": Shared(
        backstage=(
            (
                "Emails triggered by delivery",
                "Review and referral emails go out the day after the delivered event.",
            ),
        ),
        kpis=(Kpi("NPS", None, 35.0, "", "Baseline 12"),),
    ),
}

# -- building the model ---------------------------------------------------------------


def _short(persona: Persona) -> str:
    return persona.id.removeprefix("persona-")


def build_map(
    *,
    prefix: str,
    title: str,
    scenario: str,
    kind: MapKind,
    future_state_of: str | None,
    moments: dict[str, dict[str, Moment]],
    shared: dict[str, Shared],
) -> JourneyMap:
    """One map over the classic stages; `moments` is keyed by persona id, then stage key."""
    stage_notes = {
        "awareness": "Learns that the shop and the sofa exist.",
        "consideration": "Researches, compares and asks questions.",
        "decision": "Chooses and pays: basket, checkout, payment.",
        "retention": "Waits for delivery, receives and uses the sofa, contacts support.",
        "advocacy": "Reviews, recommends and refers.",
    }
    stages = tuple(
        Stage(id=f"{prefix}stage-{key}", name=name, description=stage_notes[key])
        for key, name in zip(STAGE_KEYS, CLASSIC_STAGES, strict=True)
    )
    lanes = tuple(
        default_lane(kind_).model_copy(update={"id": f"{prefix}lane-{LANE_KEYS[kind_]}"})
        for kind_ in DEFAULT_LANE_KINDS
    )
    lane = {ln.kind: ln for ln in lanes}
    cards: list[Card] = []
    points: list[EmotionPoint] = []

    def add(
        kind_: LaneKind, stage: Stage, who: str, n: int, persona_id: str | None, **kw: Any
    ) -> None:
        key = stage.id.removeprefix(f"{prefix}stage-")
        cards.append(
            Card(
                id=f"{prefix}card-{who}-{key}-{LANE_KEYS[kind_]}-{n + 1}",
                lane_id=lane[kind_].id,
                stage_id=stage.id,
                persona_id=persona_id,
                order=n,
                **kw,
            )
        )

    for persona_id, by_stage in moments.items():
        who = persona_id.removeprefix("persona-")
        for stage, key in zip(stages, STAGE_KEYS, strict=True):
            m = by_stage[key]
            for n, text in enumerate(m.actions):
                add(LaneKind.ACTIONS, stage, who, n, persona_id, title=text)
            for n, (channel, tp_title, body) in enumerate(m.touchpoints):
                add(
                    LaneKind.TOUCHPOINTS,
                    stage,
                    who,
                    n,
                    persona_id,
                    title=tp_title,
                    body=body,
                    channel=channel,
                )
            add(LaneKind.THOUGHTS, stage, who, 0, persona_id, title=m.thought)
            for n, pain in enumerate(m.pains):
                add(
                    LaneKind.PAIN_POINTS,
                    stage,
                    who,
                    n,
                    persona_id,
                    title=pain.title,
                    body=pain.body,
                    severity=pain.severity,
                    evidence=pain.evidence,
                    tags=pain.tags,
                )
            for n, idea in enumerate(m.ideas):
                add(
                    LaneKind.OPPORTUNITIES,
                    stage,
                    who,
                    n,
                    persona_id,
                    title=idea.title,
                    body=idea.body,
                    impact=idea.impact,
                    effort=idea.effort,
                    tags=idea.tags,
                )
            for n, f in enumerate(m.feelings):
                points.append(
                    EmotionPoint(
                        id=f"{prefix}emotion-{who}-{key}-{n + 1}",
                        persona_id=persona_id,
                        stage_id=stage.id,
                        offset=f.offset,
                        score=f.score,
                        feeling=f.feeling,
                        note=f.note,
                    )
                )

    for stage, key in zip(stages, STAGE_KEYS, strict=True):
        s = shared[key]
        for n, (bs_title, body) in enumerate(s.backstage):
            add(LaneKind.BACKSTAGE, stage, "shared", n, None, title=bs_title, body=body)
        for n, kpi in enumerate(s.kpis):
            add(
                LaneKind.KPIS,
                stage,
                "shared",
                n,
                None,
                title=kpi.title,
                body=kpi.body,
                value=kpi.value,
                target=kpi.target,
                unit=kpi.unit,
                evidence=kpi.evidence,
            )

    return JourneyMap(
        id=f"{prefix}map",
        title=title,
        scenario=scenario,
        kind=kind,
        future_state_of=future_state_of,
        stages=stages,
        lanes=lanes,
        bands=tuple(moments),
        cards=tuple(cards),
        emotion_points=tuple(points),
    )


def online_purchase() -> Project:
    """The 'Online purchase — Homeware shop' example: current and future state."""
    current = build_map(
        prefix="current-",
        title="Current state",
        scenario=(
            "Buying a three-seat sofa from the online homeware shop: from the first ad to "
            "recommending it to a friend, as it works today."
        ),
        kind=MapKind.CURRENT_STATE,
        future_state_of=None,
        moments={MAYA.id: CURRENT_MAYA, GEORGE.id: CURRENT_GEORGE},
        shared=CURRENT_SHARED,
    )
    future = build_map(
        prefix="future-",
        title="Future state",
        scenario=(
            "The same purchase after the spring release: guest checkout, delivery cost shown "
            "on the product page, delivery slots at checkout and live order tracking."
        ),
        kind=MapKind.FUTURE_STATE,
        future_state_of=current.id,
        moments={MAYA.id: FUTURE_MAYA, GEORGE.id: FUTURE_GEORGE},
        shared=FUTURE_SHARED,
    )
    return Project(
        id="project-online-purchase",
        title="Online purchase — Homeware shop",
        personas=(MAYA, GEORGE),
        maps=(current, future),
    )


# -- writing --------------------------------------------------------------------------


def write(name: str, project: Project) -> Path:
    """Check `project` and write it as resources/examples/`name`."""
    problems = integrity_problems(project)
    assert problems == [], problems
    path = EXAMPLES / name
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps_project(project, saved_at=SAVED_AT), encoding="utf-8", newline="\n")
    return path


def main() -> None:
    project = online_purchase()
    path = write("online-purchase.mapstudio", project)
    cards = sum(len(m.cards) for m in project.maps)
    points = sum(len(m.emotion_points) for m in project.maps)
    print(f"wrote {path.relative_to(ROOT)}: {cards} cards, {points} emotion points")


if __name__ == "__main__":
    main()
