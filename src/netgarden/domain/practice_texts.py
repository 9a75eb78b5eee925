"""The seeds' words the routines and the period reviews quote (issue 15, part B), each beside
its seed: a data module beside :mod:`netgarden.domain.seed_texts` and
:mod:`netgarden.domain.goal_texts` (the period reviews quote those too). A test finds each
quote in its seed's text.
"""

from __future__ import annotations

from netgarden.domain.seed_texts import Quote

_3TOUCH = "The Network Maintenance Framework: The 3-Touch System"
TOUCH_UPDATE = Quote("Professional update or relevant opportunity sharing", "seeds/001", _3TOUCH)
TOUCH_PERSONAL = Quote(
    "Personal check-in or celebration of their achievements", "seeds/001", _3TOUCH
)
TOUCH_VALUE = Quote(
    "Value-providing interaction (introduction, resource, or assistance)", "seeds/001", _3TOUCH
)
THREE_TOUCHES = Quote(
    "Minimum three meaningful touchpoints per year with each network member",
    "seeds/001",
    _3TOUCH,
)
FOLLOW_UP = Quote(
    "Follow up on recent conversations and introductions",
    "seeds/000",
    "Maintenance Practices: Weekly",
)
GIVE_FIRST = Quote("Give Before You Get", "seeds/000", "Key Principles")
HOLIDAYS = Quote("Holiday greetings", "seeds/002", "The Touch Point System: Annually")
ANNIVERSARIES = Quote(
    "Anniversary congratulations", "seeds/002", "The Touch Point System: Annually"
)
ANNUAL_TOUCH = Quote(
    "At least one meaningful touchpoint per year",
    "seeds/001",
    "The 150-50-15 Network Framework: 150 Total Professional Contacts",
)
REMINDERS = Quote("Birthday and anniversary reminders", "seeds/002", "Touch Point Planning")
# the area note's closing line (seeds/000's own)
NET_WORTH = Quote(
    "Your network is your net worth - especially in career transitions and professional growth.",
    "seeds/000",
    "Professional Network Area",
)
