"""The seeds' words the goal presets and the content-mix rules quote, each beside its seed.

A data module beside :mod:`netgarden.domain.seed_texts` (that one is near its size limit):
every preset line of :mod:`netgarden.domain.goal_presets` is one of these quotes, verbatim,
so ``goal preset`` shows the seed's own words and ``tests/domain/test_goal_presets.py``
finds each of them in the seed's text.
"""

from __future__ import annotations

from netgarden.domain.seed_texts import Quote

# seeds/000, "Current Focus Areas: Q1 2025 Goals"
_Q1 = "Current Focus Areas: Q1 2025 Goals"
PARA_NETWORK = Quote(
    "Build network of 50+ AI/PM professionals across target companies", "seeds/000", _Q1
)
PARA_INTERVIEWS = Quote(
    "Conduct 20+ informational interviews with industry leaders", "seeds/000", _Q1
)
PARA_CONTENT = Quote(
    "Establish thought leadership through content sharing and discussions", "seeds/000", _Q1
)
PARA_EVENTS = Quote("Participate in 10+ industry events (virtual and in-person)", "seeds/000", _Q1)
# seeds/000, "Maintenance Practices"
PARA_WEEK_OUTREACH = Quote(
    "Reach out to 3-5 new potential connections", "seeds/000", "Maintenance Practices: Weekly"
)
PARA_WEEK_SHARE = Quote(
    "Share valuable content or insights with community",
    "seeds/000",
    "Maintenance Practices: Weekly",
)
PARA_MONTH_INTERVIEWS = Quote(
    "Conduct 3-5 informational interviews", "seeds/000", "Maintenance Practices: Monthly"
)
PARA_MONTH_EVENTS = Quote(
    "Attend 2+ networking events or industry meetups",
    "seeds/000",
    "Maintenance Practices: Monthly",
)
PARA_MONTH_DATABASE = Quote(
    "Review and organize contact database", "seeds/000", "Maintenance Practices: Monthly"
)
PARA_MONTH_VALUE = Quote(
    "Send value-add messages to key connections", "seeds/000", "Maintenance Practices: Monthly"
)
PARA_QUARTER_AUDIT = Quote(
    "Deep relationship audit and prioritization", "seeds/000", "Maintenance Practices: Quarterly"
)
PARA_QUARTER_CONFERENCE = Quote(
    "Major networking event participation (conferences)",
    "seeds/000",
    "Maintenance Practices: Quarterly",
)
PARA_QUARTER_CONTENT = Quote(
    "Thought leadership content creation", "seeds/000", "Maintenance Practices: Quarterly"
)

# seeds/002, "Your Networking Action Plan"
_WEEK, _MONTH, _QUARTER = (
    "Your Networking Action Plan: This Week",
    "Your Networking Action Plan: This Month",
    "Your Networking Action Plan: This Quarter",
)
PLAN_LINKEDIN = Quote("Update LinkedIn profile", "seeds/002", _WEEK)
PLAN_DORMANT = Quote("Reach out to 3 dormant connections", "seeds/002", _WEEK)
PLAN_COMMUNITY = Quote("Join one online community", "seeds/002", _WEEK)
PLAN_COFFEE = Quote("Schedule one coffee meeting", "seeds/002", _WEEK)
PLAN_EVENT = Quote("Attend one networking event", "seeds/002", _MONTH)
PLAN_INTROS = Quote("Make two strategic introductions", "seeds/002", _MONTH)
PLAN_RESOURCES = Quote("Share five helpful resources", "seeds/002", _MONTH)
PLAN_ARTICLE = Quote("Write one LinkedIn article", "seeds/002", _MONTH)
PLAN_INNER = Quote("Expand inner circle by one", "seeds/002", _QUARTER)
PLAN_DEEPEN = Quote("Deepen five relationships", "seeds/002", _QUARTER)
PLAN_GIVE_FIRST = Quote("Give before getting 10 times", "seeds/002", _QUARTER)
PLAN_PRUNE = Quote("Review and prune network", "seeds/002", _QUARTER)

# seeds/001, "Relationship Maintenance Schedule"
_SCHEDULE = "The Network Maintenance Framework: Relationship Maintenance Schedule"
KEEP_WEEKLY = Quote("5 high-priority relationship touchpoints", "seeds/001", _SCHEDULE)
KEEP_MONTHLY = Quote("15 medium-priority relationship check-ins", "seeds/001", _SCHEDULE)
KEEP_QUARTERLY = Quote("50 broader network maintenance interactions", "seeds/001", _SCHEDULE)
KEEP_ANNUAL = Quote("Complete network audit and relationship assessment", "seeds/001", _SCHEDULE)

# seeds/001, "The 5-to-1 Rule": the daily, weekly and monthly value creation
_DAILY, _WEEKLY, _MONTHLY = (
    "The 5-to-1 Rule: Daily Value Creation",
    "The 5-to-1 Rule: Weekly Value Creation",
    "The 5-to-1 Rule: Monthly Value Creation",
)
VALUE_SHARE = Quote("Curate and share 1-2 relevant articles with commentary", "seeds/001", _DAILY)
VALUE_INTROS = Quote(
    "Connect 1-2 people who could benefit from knowing each other", "seeds/001", _DAILY
)
VALUE_INTERVIEWS = Quote(
    "Learn about others' challenges and offer support",
    "seeds/001",
    _WEEKLY,
)
VALUE_CONTENT = Quote(
    "Write articles, posts, or resources that benefit your network",
    "seeds/001",
    _WEEKLY,
)
VALUE_EVENTS = Quote(
    "Show up consistently to support your professional community",
    "seeds/001",
    _WEEKLY,
)
VALUE_AUDIT = Quote(
    "Assess and strengthen relationships with key connections",
    "seeds/001",
    _MONTHLY,
)

# seeds/002, "12-Month Networking Excellence Roadmap"
_M1, _M4, _M7, _M10 = (
    "12-Month Roadmap: Months 1-3: Foundation Building",
    "12-Month Roadmap: Months 4-6: Strategic Expansion",
    "12-Month Roadmap: Months 7-9: Value Creation and Leadership",
    "12-Month Roadmap: Months 10-12: Network Leverage and Optimization",
)
ROAD_COMMUNITIES = Quote("Join 3-5 relevant professional communities", "seeds/002", _M1)
ROAD_QUALITY = Quote("Make 20 new quality professional connections", "seeds/002", _M1)
ROAD_INFLUENCERS = Quote("Identify and connect with 5 industry influencers", "seeds/002", _M4)
ROAD_CONFERENCES = Quote("Attend 2 major industry conferences or events", "seeds/002", _M4)
ROAD_HOST = Quote("Host or organize 1 networking event or meetup", "seeds/002", _M4)
ROAD_MENTORS = Quote(
    "Develop mentoring relationships with 3 senior professionals", "seeds/002", _M4
)
ROAD_MENTEES = Quote("Begin mentoring 2-3 junior professionals", "seeds/002", _M7)
ROAD_INTROS = Quote("Make 10+ strategic introductions for others", "seeds/002", _M7)
ROAD_BOARD = Quote("Join board or leadership role in professional organization", "seeds/002", _M7)
ROAD_LEVERAGE = Quote(
    "Use network for significant career or business opportunity", "seeds/002", _M10
)

# seeds/004: a year of networking, counted
REBUILD_QUALITY = Quote(
    "I've been able to make approximately 200", "seeds/004", "her first year of networking"
)

# the content mix: seeds/002's 70-20-10 content rule and seeds/001's 80/20
MIX_70_20_10 = Quote(
    "70% industry insights and valuable information", "seeds/002", "The 70-20-10 Content Rule"
)
MIX_80_20 = Quote(
    "80% value-giving content, 20% self-promotion",
    "seeds/001",
    "Building Thought Leadership on X: Content Strategy",
)
