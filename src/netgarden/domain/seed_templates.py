"""The built-in outreach templates: the seeds' own scripts, each with the seed it quotes.

Each template quotes its seed verbatim (``quote``, a test compares it with the seed file)
and says what it changes to make a template of it (``swaps``): a spoken example's
particulars become square-bracket placeholders in the seed's own style ("the Data Science
Conference" → ``[event]``), and the follow-up's "yesterday" becomes ``[when]`` so that a
follow-up three days later says "on Friday". Everything else is the seed's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from netgarden.domain.seed_texts import FOLLOW_UP_MESSAGE, Quote

# what a message asks of its reader: the outreach report counts meetings accepted
MEETING, INTRODUCTION, NOTHING = "meeting", "introduction", "nothing"
ASKS = (MEETING, INTRODUCTION, NOTHING)


@dataclass(frozen=True, slots=True)
class BuiltIn:
    """A read-only template: ``body`` is ``quote`` with ``swaps`` applied in order."""

    key: str
    name: str
    purpose: str
    asks: str
    quote: Quote
    swaps: tuple[tuple[str, str], ...] = ()

    @property
    def body(self) -> str:
        text = self.quote.text
        for seed_words, placeholder in self.swaps:
            text = text.replace(seed_words, placeholder)
        return text


_SCRIPTS = "Networking Scripts"
_LINKEDIN = "LinkedIn Outreach Templates"

COLD = BuiltIn(
    "cold",
    "Reaching Out Cold",
    "a first message to someone you have not met, about their work",
    MEETING,
    Quote(
        "Hi [Name], I came across your [work/article/profile] on [platform] and was impressed "
        "by [specific thing]. I'm also working in [related area] and would love to learn "
        "about your experience with [specific topic]. Would you be open to a brief virtual "
        "coffee?",
        "seeds/002",
        f"{_SCRIPTS}: Reaching Out Cold",
    ),
)

FOLLOW_UP = BuiltIn(
    "follow-up",
    "Following Up",
    "after meeting someone at an event: the conversation, the resource, a coffee",
    MEETING,
    FOLLOW_UP_MESSAGE,
    (("at [event] yesterday.", "at [event] [when]."),),
)

INTRO_REQUEST = BuiltIn(
    "intro-request",
    "Asking for Introduction",
    "ask someone you know to introduce you to a person they know",
    INTRODUCTION,
    Quote(
        "Hi [Name], I noticed you're connected with [Person] at [Company]. I'm interested in "
        "[specific area] they work in. Would you be comfortable making an introduction? I can "
        "send you a brief blurb about myself to make it easier.",
        "seeds/002",
        f"{_SCRIPTS}: Asking for Introduction",
    ),
)

INTRO_REQUEST_LONG = BuiltIn(
    "intro-request-long",
    "Example Introduction Request",
    "a full introduction request with a note the introducer can forward",
    INTRODUCTION,
    Quote(
        "Hi [Introducer name],\n\nI hope you're well! I'm reaching out because I remember you "
        "mentioning your connection to [Target name] at [Company].\n\nI'm currently working "
        "on [specific project/goal] and believe [Target name]'s expertise in [specific area] "
        "could provide valuable insights. I'd also love to share my experience with "
        "[relevant topic] that might be useful for their work on [specific "
        "project/initiative].\n\nWould you be comfortable making an introduction? I've "
        "drafted a brief note below that you could forward, but please modify as you see "
        "fit:\n\n[Draft introduction email]\n\nI'll definitely keep you posted on how the "
        "conversation goes.\n\nThanks for considering this!\nBest regards,\n[Your name]",
        "seeds/001",
        "The Warm Introduction System: Example Introduction Request",
    ),
)

CONNECTION_REQUEST = BuiltIn(
    "connection-request",
    "Example Connection Request",
    "a personalized LinkedIn connection request after hearing someone speak",
    NOTHING,
    Quote(
        "Hi [Name],\n\nI enjoyed your presentation on AI ethics at the Data Science "
        "Conference. Your points about algorithmic bias resonated with challenges I've seen "
        "in my work implementing ML models. I'd love to connect and continue the "
        "conversation.\n\nBest regards,\n[Your name]",
        "seeds/001",
        "LinkedIn Networking Tactics: Example Connection Requests",
    ),
    (
        ("AI ethics", "[topic]"),
        ("the Data Science Conference", "[event]"),
        ("algorithmic bias", "[specific point]"),
        ("implementing ML models", "[your work]"),
    ),
)

FELLOW_PROFESSIONAL = BuiltIn(
    "fellow-professional",
    "For Fellow Professionals",
    "a LinkedIn message to a peer whose post you read",
    MEETING,
    Quote(
        "Hi [Name],\n\nI came across your post about [specific topic] and found your "
        "perspective on [specific point] really insightful. I've been working on similar "
        "challenges at [your company].\n\nI'd love to learn more about your experience with "
        "[relevant area]. Would you be open to a brief virtual coffee chat?\n\nBest,\n"
        "[Your name]",
        "seeds/002",
        f"{_LINKEDIN}: For Fellow Professionals",
    ),
)

INDUSTRY_LEADER = BuiltIn(
    "industry-leader",
    "For Industry Leaders",
    "a LinkedIn message asking a senior person for 15 minutes",
    MEETING,
    Quote(
        "Hi [Name],\n\nI've been following your work on [specific project/company] and "
        "particularly admire your approach to [specific area]. Your recent article on "
        "[topic] challenged my thinking about [specific aspect].\n\nI'm currently [brief "
        "description of your relevant work]. I'd be grateful for 15 minutes of your time to "
        "get your perspective on [specific question/challenge].\n\nI understand your time is "
        "valuable, so I've prepared specific questions and would be happy to work around "
        "your schedule.\n\nThank you for considering,\n[Your name]",
        "seeds/002",
        f"{_LINKEDIN}: For Industry Leaders",
    ),
)

MENTOR = BuiltIn(
    "mentor",
    "For Potential Mentors",
    "a LinkedIn message to someone whose career path you hope to follow",
    MEETING,
    Quote(
        "Hi [Name],\n\nYour career journey from [previous role] to [current role] is exactly "
        "the path I'm hoping to follow. I particularly admire how you [specific "
        "achievement/approach].\n\nI'm currently [your situation] and would love to learn "
        "from your experience. Would you be open to a brief conversation about your "
        "transition and any advice you might have?\n\nI'd be happy to share what I learn "
        "with others who might benefit, with your permission.\n\nBest regards,\n[Your name]",
        "seeds/002",
        f"{_LINKEDIN}: For Potential Mentors",
    ),
)

OPENER_ATTENDEE = BuiltIn(
    "opener-attendee",
    "Someone on the attendee list",
    "what to say at the start of an event to someone you saw on its attendee list",
    NOTHING,
    Quote(
        "hi I'm Daria I noticed your name in the list of attendees and I just really wanted "
        "to have a conversation with you because I noticed on your LinkedIn that you did ABC "
        "or you work at ABC and I really want to talk about something I've been looking "
        "forward to seeing you at the event because I believe that we can connect about "
        "something",
        "seeds/004",
        "number five: when to show up to a networking event",
    ),
    (
        ("hi I'm Daria I noticed", "Hi [Name], I'm [Your name]. I noticed"),
        ("you did ABC or you work at ABC", "you [what they did or where they work]"),
        ("talk about something I've", "talk about [topic]. I've"),
        ("at the event because", "at [event] because"),
        ("connect about something", "connect about [common ground]."),
    ),
)

JOIN_GROUP = BuiltIn(
    "join-group",
    "Join a Group",
    "joining a group already talking at an event",
    NOTHING,
    Quote("Mind if I join you? I'm [name].", "seeds/002", "The Art of Mingling: Join a Group"),
    # the seed's [name] is the speaker's own, which the other templates call [Your name]
    (("[name]", "[Your name]"),),
)

BUILT_INS: tuple[BuiltIn, ...] = (
    COLD, FOLLOW_UP, INTRO_REQUEST, INTRO_REQUEST_LONG, CONNECTION_REQUEST,
    FELLOW_PROFESSIONAL, INDUSTRY_LEADER, MENTOR, OPENER_ATTENDEE, JOIN_GROUP,
)  # fmt: skip
BY_KEY = {template.key: template for template in BUILT_INS}
