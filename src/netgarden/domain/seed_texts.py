"""The seeds' own words, as the screens quote them: each text with the seed it comes from.

The seeds (``seeds/000``…``seeds/004``) are the method netgarden runs; where a screen
quotes one, the words are kept here once, verbatim, beside the seed and section they come
from, so a page, a command and the API say the same thing and a reader can look it up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quote:
    """Words quoted from a seed: ``seed`` names the file, ``section`` where in it."""

    text: str
    seed: str
    section: str

    def cited(self) -> str:
        """The words followed by the seed they come from: ``"…" (seeds/002)``."""
        return f"“{self.text}” ({self.seed})"


_RULE = "Post-Event Follow-up Systems: The 24-48-7 Rule"

# seeds/002, "The 24-48-7 Rule": one line per follow-up task an event's meeting makes
FOLLOW_UP_CONNECT = Quote(
    "24 hours: Send connection requests with personalized messages", "seeds/002", _RULE
)
FOLLOW_UP_RESOURCES = Quote(
    "48 hours: Email with promised resources or information", "seeds/002", _RULE
)
FOLLOW_UP_SCHEDULE = Quote("7 days: Schedule follow-up meetings or calls", "seeds/002", _RULE)

# seeds/002, "Following Up": the message a connect follow-up drafts from
FOLLOW_UP_MESSAGE = Quote(
    "Hi [Name], Great meeting you at [event] yesterday. I enjoyed our conversation about "
    "[topic], especially your insights on [specific point]. Here's the [resource] I "
    "mentioned. Would love to continue the conversation over coffee next week if you're "
    "interested.",
    "seeds/002",
    "Networking Scripts: Following Up",
)

# seeds/002, "For Introverts": the default goal of an event
MEET_GOAL = Quote(
    "Set a goal (meet 3 people)", "seeds/002", "Networking Personality Types: For Introverts"
)

# hosting an event counts (seeds/001 and seeds/002)
HOST_EVENTS = Quote(
    "Host networking events: Bring together members of your network for mutual benefit",
    "seeds/001",
    "The 5-to-1 Rule: Monthly Value Creation",
)
HOST_MEETUPS = Quote(
    "Host networking events or meetups", "seeds/002", "Months 7-12: Leadership and Giving"
)

# seeds/004: go to many events first, then keep only those that give you valuable people
GO_TO_EVERY_EVENT = Quote(
    "if you're just starting go to every single possible event that you can get into over "
    "time limit your choice to events that are really valuable",
    "seeds/004",
    "tip number six: how to choose a networking event",
)

# --- network reviews (issue 13) ---------------------------------------------------------
_CIRCLES = "The Three Circles of Networking"
INNER_CIRCLE = Quote("Inner Circle (5-10 people)", "seeds/002", _CIRCLES)
MIDDLE_CIRCLE = Quote("Middle Circle (30-50 people)", "seeds/002", _CIRCLES)
OUTER_CIRCLE = Quote("Outer Circle (150+ people)", "seeds/002", _CIRCLES)
OUTER_LINKEDIN = Quote("LinkedIn connections", "seeds/002", _CIRCLES)
_DUNBAR = "The 150-50-15 Network Framework"
TOTAL_150 = Quote("150 Total Professional Contacts", "seeds/001", _DUNBAR)
ACTIVE_50 = Quote("50 Active Professional Relationships", "seeds/001", _DUNBAR)
CORE_15 = Quote("15 Core Professional Relationships", "seeds/001", _DUNBAR)
_TIES = "Network Diversity Audit"
STRONG_TIES = Quote(
    "Strong ties: Close colleagues, friends, and frequent collaborators (usually 5-10 people)",
    "seeds/001", _TIES,
)  # fmt: skip
MEDIUM_TIES = Quote(
    "Medium ties: Regular professional contacts and occasional collaborators "
    "(usually 20-50 people)", "seeds/001", _TIES,
)  # fmt: skip
DIVERSITY_AUDIT = Quote(
    "Diversity prioritization: Different industries, functions, levels, and backgrounds",
    "seeds/001", "Strategic Relationship Mapping",
)  # fmt: skip
SENIORITY_LEVELS = Quote(
    "Seniority levels: Both senior mentors and junior colleagues you can develop",
    "seeds/001", "Strategic Network Design",
)  # fmt: skip
THREE_TOUCH = Quote(
    "Minimum three meaningful touchpoints per year with each network member", "seeds/001",
    "The 3-Touch System",
)  # fmt: skip
_PRUNE = "Network Evolution and Pruning"
NATURAL_ATTRITION = Quote(
    "Natural attrition: Allowing some relationships to fade naturally over time", "seeds/001",
    _PRUNE,
)  # fmt: skip
GRACEFUL_TRANSITION = Quote(
    "Graceful transition: Moving from active to passive maintenance for some relationships",
    "seeds/001", _PRUNE,
)  # fmt: skip
ENERGY_BALANCE = Quote(
    "Energy balance: Whether relationships energize or drain you", "seeds/001", _PRUNE
)
REVIEW_AND_PRUNE = Quote("Review and prune network", "seeds/002", "This Quarter")
EXPAND_INNER = Quote("Expand inner circle by one", "seeds/002", "This Quarter")
_MATRIX = "The Network Value Matrix"
GOLDEN = Quote("Proactive outreach with specific value propositions", "seeds/001", _MATRIX)
ASPIRATIONAL = Quote(
    "Build relationships with people who can provide introductions", "seeds/001", _MATRIX
)
PEER = Quote(
    "Maintain relationships for potential future value and to provide value to others",
    "seeds/001", _MATRIX,
)  # fmt: skip
AVOID = Quote(
    "Generally not worth significant time investment unless they become more relevant",
    "seeds/001", _MATRIX,
)  # fmt: skip
AVOID_NO_REPLY = Quote(
    "People who don't respond to outreach", "seeds/002", "The Network Effect Matrix"
)
AVOID_TAKERS = Quote("Those who only take, never give", "seeds/002", "The Network Effect Matrix")
_BOARD = "Building Your Personal Board of Directors"
BOARD_SEATS = {
    "sponsor": Quote("Advocates for you in rooms you're not in", "seeds/002", _BOARD),
    "mentor": Quote("Provides wisdom and guidance", "seeds/002", _BOARD),
    "coach": Quote("Helps improve specific skills", "seeds/002", _BOARD),
    "connector": Quote("Makes valuable introductions", "seeds/002", _BOARD),
    "peer": Quote("Provides mutual support and accountability", "seeds/002", _BOARD),
}
_CULTIVATE = "Cultivating Each Relationship Type"
CULTIVATION = {
    "sponsor": Quote("Show appreciation for their advocacy", "seeds/002", _CULTIVATE),
    "mentor": Quote("Implement their advice and report back", "seeds/002", _CULTIVATE),
    "coach": Quote("Practice skills between sessions", "seeds/002", _CULTIVATE),
    "connector": Quote("Expands your reach and influence", "seeds/002", _BOARD),
    "peer": Quote("Shares resources and opportunities", "seeds/002", _BOARD),
}
MENTEES = Quote("Begin mentoring 2-3 junior professionals", "seeds/002", "Months 7-9")
_POSITIONS = "Network Positions and Power"
BROKERS = Quote(
    "Brokers: People who connect different network segments have significant influence",
    "seeds/001", _POSITIONS,
)  # fmt: skip
BRIDGES = Quote(
    "Bridges: People who span different industries or functions provide unique value",
    "seeds/001", _POSITIONS,
)  # fmt: skip
CONNECTORS = Quote(
    "Connectors: Individuals with large, diverse networks can access many resources",
    "seeds/001", _POSITIONS,
)  # fmt: skip
NOVEL_INFORMATION = Quote(
    "Novel information: Access to different industries and perspectives", "seeds/001",
    "The Strength of Weak Ties",
)  # fmt: skip
INTERNAL_HORIZONTAL = Quote(
    "Horizontal relationships: Peers in other departments and functions", "seeds/001",
    "Internal Organizational Networking",
)  # fmt: skip
INTERNAL_VERTICAL = Quote(
    "Vertical relationships: People at different hierarchical levels", "seeds/001",
    "Internal Organizational Networking",
)  # fmt: skip
DECISION_MAKERS = Quote(
    "Decision maker mapping: Identifying who makes different types of decisions", "seeds/001",
    "Internal Organizational Networking",
)  # fmt: skip
HANDOVER = Quote(
    "Institutional knowledge transfer: Sharing networking insights and relationship maps "
    "with successors", "seeds/001", "Building Your Networking Legacy",
)  # fmt: skip
