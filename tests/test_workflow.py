"""The Pages workflow: read as YAML, so a typo in a step or a permission fails here, not on GitHub."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: dict) -> list[dict]:
    return job["steps"]


def uses(job: dict) -> list[str]:
    return [step["uses"].split("@")[0] for step in steps(job) if "uses" in step]


def step(job: dict, action: str) -> dict:
    return next(s for s in steps(job) if s.get("uses", "").startswith(action + "@"))


def output(step_id: str, name: str) -> str:
    return "${{ steps." + step_id + ".outputs." + name + " }}"


def test_runs_on_push_to_main_and_by_hand(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


def test_permissions_are_the_least_pages_needs(workflow):
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"]


def test_build_job_builds_strictly_with_the_pages_url_and_uploads_the_site(workflow):
    build = workflow["jobs"]["build"]
    assert uses(build) == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                           "actions/upload-pages-artifact"]
    assert str(step(build, "actions/setup-python")["with"]["python-version"]) == "3.11"
    configure = step(build, "actions/configure-pages")
    make = next(s for s in steps(build) if "make site" in s.get("run", ""))
    assert "STRICT=1" in make["run"]
    assert make["env"]["SITE_URL"] == output(configure["id"], "base_url")
    order = steps(build)
    assert order.index(configure) < order.index(make) < order.index(step(build, "actions/upload-pages-artifact"))
    assert step(build, "actions/upload-pages-artifact")["with"]["path"] == "site"


def test_deploy_job_deploys_after_the_build(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert uses(deploy) == ["actions/deploy-pages"]
    assert deploy["environment"]["url"] == output(step(deploy, "actions/deploy-pages")["id"], "page_url")
