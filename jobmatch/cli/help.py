"""Help texts from the catalog, in the language of the person asking.

Commands and options are declared with catalog keys as their help
(``help="help.option.data"``); the command classes here replace each key by
its text when the help is written, so the language is chosen then, from
``--lang`` and ``--data`` on the command line, ``JOBMATCH_LANG``, the data
folder's ``jobmatch.toml`` and the locale, not when the app is built.
An unknown code there is passed over: asking for help never fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from jobmatch.cli.language import fallback_language
from jobmatch.i18n.catalog import message
from jobmatch.i18n.languages import UnknownLanguageError, resolve

PREFIX = "help."
_ARGS = "jobmatch.args"
_KEY = "_jobmatch_help_key"
_TYPER_OPTIONS = frozenset({"install_completion", "show_completion"})
"""Options typer adds itself (shell completion), given their words from the catalog too."""


def is_key(text: str | None) -> bool:
    """Whether ``text`` is a catalog key (``help.rank``), not words."""
    return bool(text) and str(text).startswith(PREFIX) and not any(c.isspace() for c in str(text))


def help_language(ctx: typer.Context) -> str:
    """``--lang`` if it names a language; else the fallback order, with ``--data``'s folder."""
    args: list[str] = ctx.meta.get(_ARGS, [])
    explicit, data = _option(args, "--lang"), _option(args, "--data")
    if explicit is not None:
        try:
            return resolve(explicit)
        except UnknownLanguageError:
            pass
    return fallback_language(Path(data) if data else None)


def _option(args: list[str], name: str) -> str | None:
    """The value of ``name`` among raw arguments (``--name X`` or ``--name=X``), up to ``--``."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg.partition("=")[2]
    return None


def localize(thing: Any, lang: str) -> None:
    """Put the text of ``thing.help``'s key in ``lang`` (the key is kept to do it again)."""
    key = getattr(thing, _KEY, None) or getattr(thing, "help", None)
    if is_key(key):
        setattr(thing, _KEY, key)
        thing.help = message(lang, str(key))


def localize_command(command: Any, ctx: typer.Context, lang: str) -> None:
    """The command's own help and every one of its parameters', ``--help`` included."""
    localize(command, lang)
    for param in command.get_params(ctx):
        if param.name == "help":
            param.help = message(lang, "help.option.help")
        else:
            localize(param, lang)


class _Params(list[Any]):
    """The group's parameters: typer appends its completion options after the group is made,
    with English help; here they get catalog keys like every other option."""

    def append(self, param: Any) -> None:
        if getattr(param, "name", None) in _TYPER_OPTIONS:
            param.help = f"{PREFIX}option.{param.name}"
        super().append(param)


class CatalogCommand(TyperCommand):
    """A command whose help texts are catalog keys."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta.setdefault(_ARGS, list(args))
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        localize_command(self, ctx, help_language(ctx))
        super().format_help(ctx, formatter)


class CatalogGroup(TyperGroup):
    """The ``jobmatch`` group: its help and the one-line help of each command from the catalog."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params = _Params(self.params)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta[_ARGS] = list(args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        lang = help_language(ctx)
        localize_command(self, ctx, lang)
        for command in self.commands.values():
            localize(command, lang)
        super().format_help(ctx, formatter)
