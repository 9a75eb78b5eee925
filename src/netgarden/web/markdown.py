"""Notes as Markdown, rendered and then sanitized (nh3): no script ever comes through."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup


@lru_cache(maxsize=1)
def _renderer():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render(text: str | None) -> Markup:
    if not text:
        return Markup("")
    import nh3

    html = _renderer().render(text)
    clean = nh3.clean(
        html, link_rel="noopener noreferrer nofollow", url_schemes={"http", "https", "mailto"}
    )
    return Markup(clean)
