"""Help texts from the catalog, in the language of the person asking.

Commands and options are declared with catalog keys as their help
(``help="help.option.data"``); the command classes here replace each key by
its text when the help is written, so the language is chosen then, from
``--lang`` and ``--data`` on the command line, ``JOBMATCH_LANG``, the data
folder's ``jobmatch.toml`` and the locale, not when the app is built.
An unknown code there is passed over: asking for help never fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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
        defer_coercion([param])
        super().append(param)


class _Coercion:
    """A parameter's conversion, with its pydantic ``TypeAdapter`` built only when needed.

    typer (from 0.2x) builds a ``TypeAdapter`` for every parameter of the
    command being run before it reads the value, a few milliseconds each. An
    option not given (None) needs no conversion, nor does plain text, and a
    path is checked by typer's own function without one; any other value is
    converted by typer's own adapter, built then. So a command whose options
    are text and paths (``contact``, ``end``) does not import pydantic at all.
    """

    def __init__(self, build: Any) -> None:
        self._build = build
        self._built: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:  # as typer's RuntimeParam.coerce, which needs no adapter for None
            return () if param.multiple or param.nargs == -1 else None
        described = param.type_descriptor
        if (
            type(value) is str
            and described.annotation is str
            and described.parameter_info.parser is None
            and not (param.multiple or param.nargs == -1)
        ):
            return value  # what typer's adapter gives for text: str(value)
        if (
            type(value) is str
            and described.annotation is Path
            and described.parameter_info.parser is None
            and described.parameter_info.path_type is None
            and not (param.multiple or param.nargs == -1)
        ):
            # What typer's adapter does for a path, whose pydantic ``Path`` is ``Path(value)``.
            try:
                from typer._param_types import coerce_cli_path
            except ImportError:  # pragma: no cover - another typer: its own adapter below
                pass
            else:
                info = described.parameter_info
                return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        if self._built is None:
            self._built = self._build(described)
        return self._built.coerce(value, param=param, ctx=ctx)


def defer_coercion(params: list[Any]) -> None:
    """Give each parameter a :class:`_Coercion` (a typer without ``_runtime_param`` is left as is)."""
    try:
        from typer._coercion import build_runtime_param
    except ImportError:  # pragma: no cover - an older typer builds no adapters
        return
    for param in params:
        if hasattr(param, "type_descriptor") and getattr(param, "_runtime_param", 0) is None:
            param._runtime_param = _Coercion(build_runtime_param)


def _deferred(option: Any) -> Any:
    """``--help`` (made when first asked for), with a :class:`_Coercion` like the others."""
    if option is not None:
        defer_coercion([option])
    return option


class CatalogCommand(TyperCommand):
    """A command whose help texts are catalog keys."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        defer_coercion(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        return _deferred(super().get_help_option(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta.setdefault(_ARGS, list(args))
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        localize_command(self, ctx, help_language(ctx))
        super().format_help(ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """Options offered with their help in words (zsh and fish show it), not keys."""
        localize_command(self, ctx, help_language(ctx))
        return super().shell_complete(ctx, incomplete)


class CatalogGroup(TyperGroup):
    """The ``jobmatch`` group: its help and the one-line help of each command from the catalog."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        defer_coercion(self.params)
        self.params = _Params(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        return _deferred(super().get_help_option(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta[_ARGS] = list(args)
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._localize(ctx)
        super().format_help(ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """Commands offered by name with their help in words (zsh and fish show it)."""
        self._localize(ctx)
        return super().shell_complete(ctx, incomplete)

    def _localize(self, ctx: Any) -> None:
        """The group's help, its options' and each command's one line, in the reader's language."""
        lang = help_language(ctx)
        localize_command(self, ctx, lang)
        for command in self.commands.values():
            localize(command, lang)


class LazyGroup(CatalogGroup):
    """A group whose commands are imported only when one of them is run.

    Each command named in :attr:`lazy` starts as a placeholder that knows
    only its name and its help key, which is all the list of commands in
    ``--help`` and the completion of command names need. Running the command,
    its own ``--help`` or the completion of its arguments loads it through
    :meth:`load`, so a command pays for the modules it uses and no other.
    """

    lazy: tuple[str, ...] = ()
    """The names of the commands loaded on first use, in the order they are listed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listing = False
        for name in self.lazy:
            self.commands.setdefault(name, _Placeholder(name=name, help=f"{PREFIX}{name}"))

    def load(self, name: str) -> Any:
        """The command ``name``, made from its module (imported now)."""
        raise NotImplementedError

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = self.commands.get(cmd_name)
        if isinstance(command, _Placeholder) and not self._listing:
            command = self.commands[cmd_name] = self.load(cmd_name)
        return command

    @contextmanager
    def _placeholders(self) -> Iterator[None]:
        """Listing the commands by name and help key loads none of them."""
        self._listing = True
        try:
            yield
        finally:
            self._listing = False

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with self._placeholders():
            super().format_commands(ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        with self._placeholders():
            return super().shell_complete(ctx, incomplete)


class _Placeholder(CatalogCommand):
    """A command not loaded yet: its name and help key, for listing it."""
