"""The command line's own words in both languages: errors, validate, help; unknown codes refused."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from jobmatch.cli import app
from jobmatch.i18n import LANGUAGES, has

ROOT = Path(__file__).resolve().parent.parent.parent
ASSETS = ROOT / "tests" / "assets"
BROKEN = ["yaml/unknown-key.yaml", "yaml/duplicate-key.yaml", "yaml/placeholder.yaml"]
CLEAN = {
    "COLUMNS": "100",
    "NO_COLOR": "1",
    "JOBMATCH_LANG": None,
    "LC_ALL": None,
    "LANG": "C.UTF-8",
}


def invoke(args: list[str], **env: str | None) -> tuple[int, str, str]:
    result = CliRunner(env={**CLEAN, **env}).invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def in_assets(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ASSETS)
    monkeypatch.delenv("JOBMATCH_DATA", raising=False)
    return ASSETS


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """An empty data folder (no records) to hold a jobmatch.toml."""
    for folder in ("profiles", "workplaces"):
        (tmp_path / folder).mkdir()
    return tmp_path


def test_validate_speaks_bokmal_with_lang_nb(in_assets: Path) -> None:
    code, out, err = invoke(["validate", "--lang", "nb", *BROKEN])
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "yaml/duplicate-key.yaml:8:1: nøkkelen 'name' står to ganger (først på linje 3)",
        "yaml/duplicate-key.yaml:11:3: limits: nøkkelen 'max_lifting_kg' står to ganger "
        "(først på linje 10)",
        "yaml/placeholder.yaml:3:1: name: advarsel: plassholderen fra malen er ikke endret; "
        "fyll den ut",
        "yaml/placeholder.yaml:7:5: interests.0.what: advarsel: plassholderen fra malen er "
        "ikke endret; fyll den ut",
        "yaml/unknown-key.yaml:9:3: limits.max_lifting_kilo: ukjent nøkkel 'max_lifting_kilo'; "
        "mente du 'max_lifting_kg'?",
        "yaml/unknown-key.yaml:10:1: prefrences: ukjent nøkkel 'prefrences'; "
        "mente du 'preferences'?",
        "3 filer sjekket: 4 feil, 2 advarsler",
    ]


def test_every_problem_of_the_test_assets_is_translated(in_assets: Path) -> None:
    _, _, english = invoke(["validate", "yaml"])
    _, _, bokmal = invoke(["validate", "yaml"], JOBMATCH_LANG="nb")
    pairs = list(zip(english.splitlines(), bokmal.splitlines(), strict=True))
    assert pairs[-1] == (
        "22 files checked: 18 problems, 2 warnings",
        "22 filer sjekket: 18 feil, 2 advarsler",
    )
    for en, nb in pairs[:-1]:
        place = re.match(r"^(\S+?: (?:[\w.?]+: )?)", en)
        assert place and nb.startswith(place[1]), (en, nb)  # the place and field stay as they are
        assert en != nb


def test_validate_json_keeps_its_keys_and_translates_messages(in_assets: Path) -> None:
    code, out, _ = invoke(
        ["validate", "--format", "json", "yaml/id-mismatch.yaml"], JOBMATCH_LANG="nb"
    )
    assert code == 1
    problem = json.loads(out)["problems"][0]
    assert problem["code"] == "id_mismatch" and problem["field"] == "id"
    assert problem["message"] == "må være lik filnavnet uten .yaml; gi fila eller id-en nytt navn"


@pytest.mark.parametrize("command", [[], ["rank"], ["validate"], ["brief"], ["batch"]])
def test_help_in_bokmal_from_the_environment(command: list[str]) -> None:
    code, nb_help, _ = invoke([*command, "--help"], JOBMATCH_LANG="nb")
    _, en_help, _ = invoke([*command, "--help"])
    assert code == 0 and nb_help != en_help
    assert "Usage:" in nb_help  # click's own heading may stay English
    assert "Vis denne hjelpeteksten og avslutt." in nb_help
    assert "Show this message and exit." in en_help


def test_rank_help_in_bokmal_word_for_word() -> None:
    _, out, _ = invoke(["rank", "--help"], JOBMATCH_LANG="nb")
    assert "Ranger alle arbeidsplasser for én jobbsøker" in out
    assert "Jobbsøkerens id eller stien til fila." in out


def test_help_follows_the_locale_and_lang_on_the_command_line() -> None:
    assert "Forklarbar jobbmatching" in invoke(["--help"], LANG="nb_NO.UTF-8")[1]
    assert "Forklarbar jobbmatching" in invoke(["--help"], LC_ALL="nn_NO.UTF-8")[1]
    assert "Ranger alle" in invoke(["rank", "--lang", "nb", "--help"])[1]
    assert "Rank every" in invoke(["rank", "--help", "--lang=en"], JOBMATCH_LANG="nb")[1]
    assert "Rank every" in invoke(["rank", "--help", "--lang", "nn"])[1]  # help never fails


def test_the_installed_command_prints_bokmal_help() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANG")}
    env.update(JOBMATCH_LANG="nb", COLUMNS="100")
    found = subprocess.run(
        [sys.executable, "-m", "jobmatch", "rank", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert found.returncode == 0
    assert "Ranger alle arbeidsplasser" in found.stdout


@pytest.mark.parametrize("code", ["nb", "NB", "no", "No", "en", "EN"])
def test_lang_accepts_nb_en_and_no_in_any_case(in_assets: Path, code: str) -> None:
    assert invoke(["validate", "--lang", code, "yaml/valid-seeker.yaml"])[0] == 0


@pytest.mark.parametrize(
    "command", [["validate"], ["rank", "x"], ["batch"], ["new", "seeker", "x"]]
)
def test_unknown_lang_is_a_usage_error(in_assets: Path, command: list[str]) -> None:
    code, out, err = invoke([*command, "--lang", "nn"])
    assert (code, out) == (2, "")
    assert err == "unknown language 'nn' from --lang: use nb (Norwegian bokmål) or en (English)\n"


def test_unknown_lang_is_said_in_the_fallback_language(in_assets: Path) -> None:
    _, _, err = invoke(["validate", "--lang", "nn"], LANG="nb_NO.UTF-8")
    assert err.startswith("ukjent språk «nn» fra --lang")


def test_unknown_jobmatch_lang_is_a_usage_error(in_assets: Path) -> None:
    code, out, err = invoke(["validate", "yaml/valid-seeker.yaml"], JOBMATCH_LANG="nn")
    assert (code, out) == (2, "")
    assert "'nn' from JOBMATCH_LANG" in err


def test_lang_in_jobmatch_toml_is_honoured(data: Path) -> None:
    (data / "jobmatch.toml").write_text('lang = "nb"\n', encoding="utf-8")
    code, _, err = invoke(["validate", "--data", str(data)])
    assert code == 0 and err == "0 filer sjekket: alt gyldig (0 advarsler)\n"
    code, _, err = invoke(["rank", "nobody", "--data", str(data)])
    assert code == 3 and err.startswith("ingen jobbsøker med id-en 'nobody'")
    assert "Forklarbar" in invoke(["--help"], JOBMATCH_DATA=str(data))[1]
    code, out, _ = invoke(["config", "--data", str(data), "--format", "json"])
    assert {"key": "lang", "value": "nb"}.items() <= next(
        k for k in json.loads(out)["keys"] if k["key"] == "lang"
    ).items()


def test_environment_and_lang_come_before_jobmatch_toml(data: Path) -> None:
    (data / "jobmatch.toml").write_text('lang = "nb"\n', encoding="utf-8")
    english = "0 files checked: all valid (0 warnings)\n"
    assert invoke(["validate", "--data", str(data)], JOBMATCH_LANG="en")[2] == english
    assert invoke(["validate", "--data", str(data), "--lang", "en"])[2] == english


def test_unknown_lang_in_jobmatch_toml_is_refused_without_its_value(data: Path) -> None:
    (data / "jobmatch.toml").write_text('lang = "QZXnn"\n', encoding="utf-8")
    code, out, err = invoke(["validate", "--data", str(data)], JOBMATCH_LANG="en")
    assert (code, out) == (2, "")
    assert err == (
        f"{data / 'jobmatch.toml'}: lang: unknown language; use nb (Norwegian bokmål) or en (English)\n"
    )
    assert invoke(["config", "--data", str(data)])[0] == 2


def _helps(command: Any) -> list[str]:
    """The help texts of ``command`` and of every command under it, each loaded."""
    found = [getattr(command, "help", None) or ""]
    found += [getattr(p, "help", None) or "" for p in getattr(command, "params", [])]
    if hasattr(command, "commands"):
        ctx = typer.Context(command)
        for name in command.list_commands(ctx):
            found += _helps(command.get_command(ctx, name))
    return found


def test_every_help_text_is_a_catalog_key_in_every_language() -> None:
    command = typer.main.get_command(app)
    keys = [text for text in _helps(command) if text]
    assert "help.option.data" in keys and "help.db.upgrade" in keys  # the commands were loaded
    assert keys and all(text.startswith("help.") for text in keys), keys
    for lang in LANGUAGES:
        missing = [key for key in keys if not has(lang, key)]
        assert not missing, (lang, missing)


KEY = re.compile(r"\"((?:cli|error|help|progress|validate|warning)\.[a-z0-9_.]+)\"")


def test_every_key_in_the_code_is_in_every_catalog() -> None:
    used = {
        key
        for path in (ROOT / "jobmatch").rglob("*.py")
        for key in KEY.findall(path.read_text(encoding="utf-8"))
    }
    assert len(used) > 40
    for lang in LANGUAGES:
        assert not [key for key in sorted(used) if not has(lang, key)], lang


def test_every_message_of_the_models_has_a_key() -> None:
    from jobmatch.loading.records import VALUE_ERRORS

    source = (ROOT / "jobmatch" / "models.py").read_text(encoding="utf-8")
    raised = re.findall(r"raise ValueError\((['\"])(.*?)\1\)", source)
    assert raised
    for _, text in raised:
        assert text in VALUE_ERRORS, text
    assert all(has("nb", key) for key in VALUE_ERRORS.values())


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_catalog_sources_are_sorted_by_key(lang: str) -> None:
    """Sorted files merge cleanly when several people add keys at once."""
    from jobmatch.i18n.build import source

    keys = re.findall(r'^msgid "([^"]+)"$', source(lang).read_text(encoding="utf-8"), re.M)
    assert keys == sorted(keys)
