"""The spaCy layer: components save the rules they hold, load them once, declare what
they assign, take their settings from the config, and fail one at a time."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from conftest import ROOT

from pipeline.nlp.analyse import make_doc, records_from_doc
from pipeline.nlp.build import build_nlp
from pipeline.nlp.deadline import DeadlineExceeded
from pipeline.nlp.resources import RuleFileError, read_rule_file, validate

MODEL = ROOT / "pipeline" / "models" / "ofsted"
# Classifier-free copies keep these tests quick; the classifier has tests of its own below.
NO_CLF = {"components.metrics.use_classifier": False}

TEAM = ("Inspection of Testshire local authority children's services\n"
        "Inspection dates: 22 April to 3 May 2024\n"
        "Head examiner: Ann Example, Her Majesty's Inspector\n")


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(use_classifier=False)


def inspectors(nlp, text: str = TEAM) -> list[tuple[str, str]]:
    rec = records_from_doc(make_doc(text, nlp=nlp))
    return [(r["name"], r["role"]) for r in rec["tables"]["inspectors"]]


def saved_copy(tmp_path: Path) -> Path:
    """The committed pipeline, copied so a test may edit it."""
    return Path(shutil.copytree(MODEL, tmp_path / "ofsted"))


# -- defect 5: what is saved is what the component holds --------------------------------
def test_rules_edited_in_memory_are_saved_and_reloaded(tmp_path: Path) -> None:
    nlp = build_nlp(use_classifier=False)
    assert inspectors(nlp) == []  # "Head examiner" is no role the rules know
    comp = nlp.get_pipe("inspectors")
    rules = json.loads(json.dumps(comp.rules))
    rules["inspectors_rules.json"]["role_labels"]["head examiner"] = "lead_inspector"
    comp.set_rules(rules)
    assert inspectors(nlp) == [("Ann Example", "lead_inspector")]

    nlp.to_disk(tmp_path / "edited")
    saved = json.loads((tmp_path / "edited" / "inspectors" / "inspectors_rules.json")
                       .read_text(encoding="utf-8"))
    assert saved["role_labels"]["head examiner"] == "lead_inspector"
    reloaded = spacy.load(tmp_path / "edited")
    assert inspectors(reloaded) == [("Ann Example", "lead_inspector")]


def test_a_rule_file_edited_in_a_saved_pipeline_is_what_it_runs(tmp_path: Path) -> None:
    model = saved_copy(tmp_path)
    assert inspectors(spacy.load(model, config=NO_CLF)) == []
    path = model / "inspectors" / "inspectors_rules.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    rules["role_labels"]["head examiner"] = "team_inspector"
    path.write_text(json.dumps(rules), encoding="utf-8")
    assert inspectors(spacy.load(model, config=NO_CLF)) == [("Ann Example", "team_inspector")]


def test_a_missing_rule_file_names_the_file(tmp_path: Path) -> None:
    model = saved_copy(tmp_path)
    (model / "grades" / "grades_phrases.json").unlink()
    with pytest.raises(RuleFileError, match=r"'grades' component lacks its rule file "
                                            r"grades_phrases\.json"):
        spacy.load(model, config=NO_CLF)


def test_a_missing_classifier_is_an_error_not_a_silent_fallback(tmp_path: Path) -> None:
    model = saved_copy(tmp_path)
    shutil.rmtree(model / "metrics" / "category_textcat")
    with pytest.raises(RuleFileError, match="no category classifier"):
        spacy.load(model)
    assert spacy.load(model, config=NO_CLF).get_pipe("metrics").classifier is None


def test_a_bad_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    model = saved_copy(tmp_path)
    path = model / "dates" / "dates_rules.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    rules["montsh"] = rules.pop("months")
    path.write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"dates_rules\.json: .*'montsh'") as err:
        spacy.load(model, config=NO_CLF)
    assert "months" in str(err.value)  # the key it lacks is named too


def test_a_value_of_the_wrong_type_names_its_key() -> None:
    rules = read_rule_file(ROOT / "pipeline" / "nlp" / "resources" / "improvements_rules.json")
    rules["block_headings"][2]["kind"] = 7
    with pytest.raises(RuleFileError, match=r"improvements_rules\.json: block_headings/2/kind"):
        validate("improvements_rules.json", rules)


def test_every_rule_file_has_a_schema_and_keeps_the_conventions() -> None:
    resources = ROOT / "pipeline" / "nlp" / "resources"
    names = sorted(p.name for p in resources.glob("*.json"))
    assert sorted(p.name.replace(".schema", "") for p in (resources / "schemas").glob("*.json")) \
        == names
    for name in names:
        data = read_rule_file(resources / name)
        comments = [k for k in data if k.startswith("_")]
        assert "_comment" in comments, f"{name} has no _comment"
        text = (resources / name).read_text(encoding="utf-8")
        assert "{months}" not in text and "//" not in text.replace("://", "")


def test_an_unknown_template_part_is_an_error() -> None:
    from pipeline.nlp.resources import fill

    assert fill(r"\d{1,2} {MONTH}", {"MONTH": "May"}) == r"\d{1,2} May"
    with pytest.raises(RuleFileError, match=r"unknown placeholder \{MONTHS\}"):
        fill("{MONTHS}", {"MONTH": "May"})


def test_a_bad_regex_names_the_component(nlp) -> None:
    comp = nlp.get_pipe("doctype")
    rules = json.loads(json.dumps(comp.rules))
    rules["doctype_news.json"]["news"].append("(unclosed")
    with pytest.raises(RuleFileError, match="doctype: bad rule in .*doctype_news.json"):
        comp.set_rules(rules)
    assert comp.rules["doctype_news.json"]["news"][-1] != "(unclosed"  # kept the good rules


def test_spacy_load_reads_each_rule_file_once_and_the_classifier_once(monkeypatch) -> None:
    from pipeline.nlp.components import base, metrics

    compiled: list[str] = []
    loaded: list[Path] = []
    set_rules, load_classifier = base.RuleComponent.set_rules, metrics.load_classifier
    monkeypatch.setattr(base.RuleComponent, "set_rules",
                        lambda self, rules: (compiled.append(self.name), set_rules(self, rules)))
    monkeypatch.setattr(metrics, "load_classifier",
                        lambda path: (loaded.append(path), load_classifier(path))[1])
    spacy.load(MODEL)
    assert sorted(compiled) == sorted(["sections", "doctype", "framework", "grades", "dates",
                                       "inspectors", "improvements", "metrics"])
    assert loaded == [MODEL / "metrics" / "category_textcat"]


def test_an_uninitialised_component_says_so() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("ofsted_dates")
    rec = records_from_doc(make_doc("Inspection dates: 2 to 13 March 2020\n", nlp=blank))
    assert any("dates has no rules: call nlp.initialize()" in p for p in rec["problems"])


# -- structure: declared attributes, settings in the config -----------------------------
def test_analyze_pipes_finds_no_problems(nlp) -> None:
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    for name in nlp.pipe_names:
        assert nlp.get_pipe_meta(name).assigns, f"{name} declares nothing it assigns"


def test_settings_are_in_the_config_and_change_behaviour() -> None:
    text = ("Ofsted\nAgora\n6 Cumberland Place\n"
            "Inspection of Testshire local authority children's services\n")
    saved = spacy.load(MODEL, config=NO_CLF)
    assert saved.config["components"]["doctype"]["head_lines"] == 60
    assert saved.config["components"]["metrics"]["window"] == 90
    assert make_doc(text, nlp=saved)._.document_type == "ilacs_inspection"
    short = spacy.load(MODEL, config={**NO_CLF, "components.doctype.head_lines": 2})
    assert make_doc(text, nlp=short)._.document_type == "other"


# -- the pipeline runs through Language.__call__ with an error handler -------------------
def test_a_component_past_the_time_limit_is_named_and_the_rest_run(nlp, monkeypatch) -> None:
    def late(doc):
        raise DeadlineExceeded("dates")

    monkeypatch.setattr(type(nlp.get_pipe("dates")), "__call__", lambda self, doc: late(doc))
    rec = records_from_doc(make_doc(TEAM.replace("Head examiner", "Lead inspector"), nlp=nlp))
    assert rec["tables"]["dates"] == []
    assert "dates stopped at the time limit" in rec["problems"]
    assert rec["tables"]["inspectors"] and rec["report"]["lead_inspector"] == "Ann Example"


def test_a_key_error_in_a_component_costs_only_its_rows(nlp, monkeypatch) -> None:
    """spaCy would turn a KeyError into E109 and stop the whole document."""

    class Broken:
        def extract(self, text, *args):
            raise KeyError("no_such_rule")

    monkeypatch.setattr(nlp.get_pipe("metrics"), "extractor", Broken())
    rec = records_from_doc(make_doc(TEAM + "Only 52% of children had a plan.\n", nlp=nlp))
    assert rec["tables"]["metrics"] == []
    assert "metrics extractor failed: KeyError: 'no_such_rule'" in rec["problems"]
    assert rec["report"]["inspection_start"] == "2024-04-22"


def test_a_failing_sentence_splitter_fails_the_document(monkeypatch) -> None:
    nlp = build_nlp(use_classifier=False)
    nlp.replace_pipe("sentences", "ofsted_test_boom")
    with pytest.raises(RuntimeError, match="boom"):
        make_doc(TEAM, nlp=nlp)


@spacy.Language.component("ofsted_test_boom")
def _boom(doc):
    raise RuntimeError("boom")


def test_nlp_pipe_gives_what_make_doc_gives(nlp) -> None:
    texts = [TEAM, TEAM.replace("Head examiner", "Lead inspector")]
    one = [records_from_doc(make_doc(t, nlp=nlp)) for t in texts]
    many = [records_from_doc(d) for d in nlp.pipe(texts)]
    assert many == one


# -- defect 6: the run time stands alone ------------------------------------------------
def _python(code: str, cwd: Path, python: str = sys.executable) -> str:
    done = subprocess.run([python, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_run_time_never_imports_training() -> None:
    out = _python("import sys; from pipeline.nlp.analyse import analyse;"
                  "analyse('Inspection dates: 2 to 13 March 2020\\n');"
                  "print('pipeline.nlp.train' in sys.modules)", ROOT)
    assert out.split() == ["False"]


def test_a_checkout_without_entry_points_builds_and_loads(tmp_path: Path) -> None:
    """As in a clone never `pip install`ed: spaCy finds nothing through entry points."""
    code = ("import catalogue; catalogue.AVAILABLE_ENTRY_POINTS = {};"
            "import spacy; from pipeline.nlp.build import build_nlp, DEFAULT_MODEL_DIR;"
            "nlp = build_nlp(use_classifier=False);"
            "saved = spacy.load(DEFAULT_MODEL_DIR);"
            "print(type(nlp.tokenizer).__name__, type(saved.tokenizer).__name__,"
            "      len(saved.pipe_names))")
    assert _python(code, ROOT).split() == ["ReportTokenizer", "ReportTokenizer", "10"]


def test_an_installed_wheel_runs_outside_the_checkout(tmp_path: Path) -> None:
    """`pip install` of a wheel gives a package that finds its pipeline and rules."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "pipeline", src / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(wheels), str(src)],
                   check=True, capture_output=True, timeout=600)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = _python("import sysconfig; print(sysconfig.get_paths()['purelib'])", tmp_path,
                   str(py)).strip()
    # The test environment's libraries (spaCy, ...) without its editable checkout.
    deps = _python("import sysconfig; print(sysconfig.get_paths()['purelib'])", tmp_path)
    Path(site, "deps.pth").write_text(deps.strip() + "\n")
    wheel = next(wheels.glob("ofsted_pipeline-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True,
                   timeout=600)
    work = tmp_path / "work"
    work.mkdir()
    (work / "letter.txt").write_text(TEAM.replace("Head examiner", "Lead inspector"),
                                     encoding="utf-8")
    code = ("import pipeline, spacy; from pipeline.nlp.build import model_dir;"
            "from pipeline.nlp.analyse import analyse;"
            f"print(pipeline.__file__.startswith({site!r}), model_dir().is_relative_to({site!r}));"
            "print(analyse(open('letter.txt').read())['report']['lead_inspector'])")
    assert _python(code, work, str(py)).splitlines() == ["True True", "Ann Example"]
    done = subprocess.run([str(venv / "bin" / "ofsted"), "run", "letter.txt", "--out", "out",
                           "--workers", "1"], cwd=work, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Ann Example" in (work / "out" / "reports.csv").read_text(encoding="utf-8")
