"""The brief as one self-contained HTML page, from a Jinja2 template with autoescape on.

The stylesheet is the package's own file, inlined; the page has no scripts
and makes no requests, so it can be mailed or printed as it is. The words the
page adds itself come from the catalog, through Jinja2's i18n extension
(``{{ _("brief.html.unticked") }}``); everything else is the brief's own text.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from jobmatch import i18n
from jobmatch.brief.model import Brief

if TYPE_CHECKING:
    from jinja2 import Template

TEMPLATE = "brief.html.j2"
STYLESHEET = "brief.css"


@cache
def _template(lang: str) -> Template:
    """The page template with the catalog of ``lang`` installed for its own words (``_()``)."""
    # Jinja2 is imported here, not at the top: only the HTML brief needs it.
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("jobmatch.brief", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(i18n.translations(lang), newstyle=True)  # type: ignore[attr-defined]
    return env.get_template(TEMPLATE)


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    return resources.files("jobmatch.brief").joinpath("templates", STYLESHEET).read_text("utf-8")


def render_html(brief: Brief) -> str:
    """The brief as an HTML document; every value from the files escaped."""
    from markupsafe import Markup

    return _template(brief.lang).render(brief=brief, css=Markup(_stylesheet()))  # noqa: S704 - our own stylesheet
