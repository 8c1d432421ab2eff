from __future__ import annotations

import pytest

from deputydesk.core.council import Body, Member, Organisation, ValidationError, initials_surname
from deputydesk.services import council as svc


def test_body_validation_names_every_missing_field():
    with pytest.raises(ValidationError) as info:
        Body(kind="parliament", name_kk="", name_ru=" ", bin="12").validate()
    assert set(info.value.problems) == {"kind", "name_kk", "name_ru", "bin"}


def test_member_and_organisation_validation():
    with pytest.raises(ValidationError) as info:
        Member(body_id="", full_name="", role="boss").validate()
    assert set(info.value.problems) == {"body_id", "full_name", "role"}
    with pytest.raises(ValidationError):
        Organisation(kind="department").validate()
    Organisation(kind="department", name_kk="Білім бөлімі").validate()


def test_initials_surname():
    assert initials_surname("Байгоджаев Кайрат Тлеубаевич") == "К.Т. Байгоджаев"
    assert initials_surname("Әбенова Роза") == "Р. Әбенова"
    assert initials_surname("Иванов") == "Иванов"


def test_council_round_trip_with_one_default_body(workspace):
    a = Body(kind="maslikhat", name_kk="Абай аудандық мәслихаты", name_ru="Абайский районный маслихат",
             total_members=25, is_default=1)
    svc.save_body(workspace, a)
    b = Body(kind="public_council", name_kk="Қоғамдық кеңес", name_ru="Общественный совет", is_default=1)
    svc.save_body(workspace, b)
    council = svc.load_council(workspace)
    assert [x.is_default for x in council.bodies if x.id == a.id] == [0]
    assert council.default_body().id == b.id

    m = Member(body_id=a.id, full_name="Ахметова Гульнара", full_name_kk="Ахметова Гүлнара", role="chair")
    svc.save_member(workspace, m)
    m.phone = "+7 701 000 00 00"
    result = svc.save_member(workspace, m)
    assert result["fields"] == ["phone"]
    akimat = Organisation(kind="akimat", name_kk="Әкімдік", name_ru="Акимат")
    svc.save_organisation(workspace, akimat)
    dept = Organisation(kind="department", name_kk="Білім бөлімі", name_ru="Отдел образования",
                        parent_id=akimat.id)
    svc.save_organisation(workspace, dept)
    svc.delete_organisation(workspace, akimat.id)
    council = svc.load_council(workspace)
    assert [o.parent_id for o in council.organisations] == [None]
    svc.delete_member(workspace, m.id)
    assert svc.load_council(workspace).members == []
    entities = {r[0] for r in workspace.db.execute("SELECT DISTINCT entity FROM events")}
    assert entities == {"body", "member", "organisation"}
    assert workspace.events.verify() == []
