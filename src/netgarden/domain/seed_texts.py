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
