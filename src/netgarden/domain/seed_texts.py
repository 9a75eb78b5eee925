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
# --- the prep sheet (issue 12) ---------------------------------------------------------
_BEFORE = "Part 2: Event Networking: Before the Event"
_MASTERY = "Networking Event Mastery: Pre-Event Preparation"

# seeds/002, "Before the Event": the research questions the sheet answers from data
RESEARCH_QUESTIONS = (
    Quote("Who's attending?", "seeds/002", _BEFORE),
    Quote("What companies are represented?", "seeds/002", _BEFORE),
    Quote("What are the hot topics?", "seeds/002", _BEFORE),
    Quote("Who would you like to meet?", "seeds/002", _BEFORE),
)
# seeds/002, "Pre-Event Preparation": how many targets
TARGETS_ADVICE = Quote("Prepare 3-5 target connections", "seeds/002", _MASTERY)
STARTERS_ADVICE = Quote("Plan conversation starters for each", "seeds/002", _MASTERY)
# seeds/002, "Your 30-Second Introduction"
PITCH_FORMULA = Quote(
    "Who you are + What you do + Interesting hook", "seeds/002", "Your 30-Second Introduction"
)
# seeds/001: the three lengths of a pitch
PITCH_VARIANTS = Quote(
    "Elevator pitch variants: 30-second, 60-second, and 2-minute personal introductions",
    "seeds/001",
    "Industry and Conference Networking",
)
_OPENERS = "Conversation Starters: Universal Openers"
OPENERS = (
    Quote("What brings you to this event?", "seeds/002", _OPENERS),
    Quote("What's the most interesting thing you've heard today?", "seeds/002", _OPENERS),
    Quote("How do you know [host/organizer]?", "seeds/002", _OPENERS),
    Quote("What are you working on these days?", "seeds/002", _OPENERS),
)
JOIN_LINE = Quote(
    "Mind if I join you? I'm [name].", "seeds/002", "The Art of Mingling: Join a Group"
)
_EXIT = "The Art of Mingling: Exit Gracefully"
EXIT_LINES = (
    Quote("I promised myself I'd meet five new people tonight.", "seeds/002", _EXIT),
    Quote("I want to catch [speaker] before they leave.", "seeds/002", _EXIT),
    Quote("Let me introduce you to [person] who knows more about that.", "seeds/002", _EXIT),
    Quote("It was great talking with you. Let's connect on LinkedIn.", "seeds/002", _EXIT),
)
_TIP5 = "tip number five: when to show up to a networking event"
# seeds/004: a target on the attendee list gets an honest opener
ATTENDEE_OPENER = Quote(
    "hi I'm [name] I noticed your name in the list of attendees and I just really wanted to "
    "have a conversation with you because I noticed on your LinkedIn that you did ABC or you "
    "work at ABC",
    "seeds/004",
    _TIP5,
)
ARRIVE_EARLY = Quote(
    "if you show up at the very beginning and I actually think that it's quite efficient if "
    "you know the attendees",
    "seeds/004",
    _TIP5,
)
ARRIVE_LATE = Quote(
    "if it's a fairly small networking event happening locally within 40 minutes by 7:50 it's "
    "kind of hard to describe but it's a point where most people have already met each other",
    "seeds/004",
    _TIP5,
)
DONT_PITCH = Quote(
    "please don't start the conversation by pitching yourself to a stranger",
    "seeds/004",
    "tip number eight: what not to do",
)
HOW_CAN_I_HELP = Quote(
    'Ask "How can I help?" instead of pitching yourself',
    "seeds/002",
    "During-Event Strategies: The Helper Strategy",
)

# --- commitments, introductions, interviews ---------------------------------------------
TRUST_EQUATION = Quote(
    "Trust = (Credibility + Reliability + Intimacy) / Self-Orientation",
    "seeds/002",
    "The Trust Equation",
)
RELIABILITY = Quote("Follow through on commitments", "seeds/002", "The Trust Equation: Reliability")
UPDATE_INTRODUCER = Quote(
    "Follow-up commitment: Promise to update the introducer on the outcome",
    "seeds/001",
    "The Warm Introduction System: Introduction Request Framework",
)
INTERVIEW_QUESTIONS = Quote("Come prepared with specific questions", "seeds/002", "For Mentors")
INTERVIEW_TIME = Quote(
    "I'd be grateful for 15 minutes of your time",
    "seeds/002",
    "Networking Scripts: For Industry Leaders",
)
REPORT_BACK = Quote("Implement their advice and report back", "seeds/002", "For Mentors")
THANK_YOU = Quote(
    "Thank you emails: Appreciation for time spent and insights shared",
    "seeds/001",
    "Post-Conference Follow-up: Immediate Follow-up (Within 48 hours)",
)
CONNECT_PEOPLE = Quote(
    "Facilitate introductions: Connect people you meet with each other when appropriate",
    "seeds/001",
    "Conference Networking Excellence: During-Conference Networking",
)

# --- event ROI -------------------------------------------------------------------------
ROI_METRICS = Quote(
    "Define success metrics (contacts made, meetings scheduled)",
    "seeds/002",
    "Networking Event Mastery: Goal Setting",
)
STOPPED_AFTER_THIRD = Quote(
    "I actually stopped going to their events after the third event",
    "seeds/004",
    "tip number six: how to choose a networking event",
)
SOMEONE_VALUABLE = Quote(
    "every event you show up to you're going to be able to find someone really valuable",
    "seeds/004",
    "tip number six: how to choose a networking event",
)

# --- opportunities and networking ROI (issue 16) -------------------------------------------
COLD_APPLYING = Quote(
    "the response rate or the offer rate is actually 1% from cold applying",
    "seeds/004",
    "layoffs: who would I call",
)
QUALITY_CONNECTIONS = Quote(
    "I've been able to make approximately 200 highquality connections on LinkedIn",
    "seeds/004",
    "my networking journey since late 2023",
)
HIRING_MANAGER = Quote(
    "unless that referral is going to the hiring manager and the person referring you knows "
    "the hiring manager can put in a good word for you I don't think that referral is going "
    "to help you much",
    "seeds/004",
    "layoffs: who would I call",
)
OPPORTUNITY_ALERTING = Quote(
    "Opportunity alerting: Notifying connections about relevant job openings, projects, or "
    "partnerships",
    "seeds/001",
    "Maintaining and Nurturing Networks: Value-Driven Maintenance Activities",
)
LAID_OFF_SUPPORT = Quote(
    "Offer support to those who have been laid off",
    "seeds/002",
    "Crisis Networking: Maintaining Relationships During Difficult Times",
)
