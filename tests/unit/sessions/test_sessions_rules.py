"""Quorum and majority by each body's rules — exact integer arithmetic, statutory defaults and sources."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from deputydesk.core.sessions import (
    MORE_THAN_HALF,
    TWO_THIRDS,
    AgendaItem,
    Attendee,
    Base,
    Body,
    BodyKind,
    BodyRules,
    ItemStatus,
    Ratio,
    RuleNotEditable,
    Session,
    TieRule,
    Votes,
    check_quorum,
    decide,
    evaluate,
)


def maslikhat(total: int = 25) -> Body:
    return Body(BodyKind.MASLIKHAT, {"ru": "Тестовый маслихат", "kk": "Сынақ мәслихаты"}, total)


def session_with(body: Body, present: int, *votes: Votes | None, **kw) -> Session:
    attendance = [Attendee(f"Депутат {i + 1}", i < present) for i in range(body.total_members)]
    agenda = [AgendaItem(f"О вопросе {i + 1}", votes=v) for i, v in enumerate(votes)]
    return Session(body, 8, 12, dt.date(2024, 3, 15), attendance=attendance, agenda=agenda, **kw)


# ------------------------------------------------------------------------------------------ done-when
def test_quorum_of_25_deputies_is_17():
    rules = BodyRules.default("maslikhat")
    assert check_quorum(rules, 17, 25).met
    verdict = check_quorum(rules, 16, 25)
    assert not verdict.met and verdict.required == 17
    assert verdict.explanation.code == "quorum.not_met"


def test_majority_of_the_total_not_of_those_present():
    """17 of 25 present: 12–5 is a majority of those present but not of the total (13 needed)."""
    ev = evaluate(session_with(maslikhat(), 17, Votes(12, 5, 0), Votes(13, 4, 0)))
    assert ev.quorum.met
    first, second = ev.items
    assert first.status is ItemStatus.REJECTED and not first.adopted and first.required == 13 and first.base == 25
    assert second.status is ItemStatus.ADOPTED and second.adopted
    assert first.number is None and second.number == "12-1/VIII"
    rejected = first.explanations[-1]
    assert rejected.code == "vote.rejected" and rejected.params["base_kind"] == "total"
    assert "не от присутствующих (17)" in rejected.render("ru")


def test_meeting_below_quorum_is_flagged_and_its_votes_do_not_count():
    ev = evaluate(session_with(maslikhat(), 16, Votes(16, 0, 0)))
    assert not ev.quorum.met
    item = ev.items[0]
    assert item.status is ItemStatus.NO_QUORUM and not item.adopted and item.voted_without_quorum
    assert item.number is None
    codes = [w.code for w in ev.warnings]
    assert "warning.session_no_quorum" in codes and "warning.item_without_quorum" in codes


def test_item_voted_after_members_left_is_flagged_even_when_the_session_had_quorum():
    s = session_with(maslikhat(), 20, Votes(14, 0, 0), Votes(15, 0, 0))
    s.agenda[1].present = 15  # five deputies left before the second vote
    ev = evaluate(s)
    assert ev.quorum.met
    assert ev.items[0].adopted and ev.items[0].number == "12-1/VIII"
    assert ev.items[1].status is ItemStatus.NO_QUORUM and ev.items[1].voted_without_quorum
    assert ev.items[1].quorum.present == 15 and ev.items[1].quorum.required == 17
    assert [w.params["item"] for w in ev.warnings if w.code == "warning.item_without_quorum"] == [2]


# ------------------------------------------------------------------------------------------ arithmetic
@pytest.mark.parametrize("ratio", [TWO_THIRDS, MORE_THAN_HALF, Ratio(3, 4, False), Ratio(1, 3, True),
                                   Ratio(1, 1, False), Ratio(0, 1, True)])
def test_ratio_minimum_agrees_with_exact_fractions(ratio):
    for base in range(0, 201):
        exact = Fraction(ratio.num, ratio.den) * base
        expected = next(c for c in range(0, base + 2) if (c > exact if ratio.strict else c >= exact))
        assert ratio.minimum(base) == expected, (ratio, base)
        assert ratio.satisfied(expected, base)
        if expected:
            assert not ratio.satisfied(expected - 1, base)


def test_ratio_rejects_floats_and_nonsense():
    with pytest.raises(TypeError):
        Ratio(0.5, 1, True)  # type: ignore[arg-type]
    for bad in ((1, 0), (3, 2), (-1, 2)):
        with pytest.raises(ValueError):
            Ratio(bad[0], bad[1], False)
    assert Ratio.parse(">= 2/3") == TWO_THIRDS
    assert Ratio.parse("more than 1/2") == MORE_THAN_HALF
    with pytest.raises(ValueError, match="cannot read"):
        Ratio.parse("two thirds")


@pytest.mark.parametrize(("total", "quorum", "majority"), [(25, 17, 13), (24, 16, 13), (30, 20, 16), (50, 34, 26),
                                                             (19, 13, 10), (3, 2, 2)])
def test_maslikhat_thresholds_for_common_sizes(total, quorum, majority):
    rules = BodyRules.default("maslikhat")
    assert rules.quorum.minimum(total) == quorum
    required, base = rules.decision_required(total, quorum, Votes(0, 0, 0))
    assert (required, base) == (majority, total)


def test_commission_quorum_is_more_than_half_and_decision_majority_of_all_members():
    rules = BodyRules.default("commission")
    assert check_quorum(rules, 4, 7).met and not check_quorum(rules, 3, 7).met
    assert check_quorum(rules, 4, 6).met and not check_quorum(rules, 3, 6).met  # exactly half is not more
    status, *_ = decide(rules, 7, 4, Votes(3, 1, 0))
    assert status is ItemStatus.REJECTED  # 3 is not a majority of 7 members, though it is of the 4 present
    status, *_ = decide(rules, 7, 4, Votes(4, 0, 0))
    assert status is ItemStatus.ADOPTED


def test_public_council_quorum_two_thirds_and_configurable_majority():
    rules = BodyRules.default("public_council")
    assert rules.majority_base is Base.PRESENT
    assert check_quorum(rules, 10, 15).met and not check_quorum(rules, 9, 15).met
    assert decide(rules, 15, 10, Votes(6, 4, 0))[0] is ItemStatus.ADOPTED  # 6 of 10 present
    assert decide(rules, 15, 10, Votes(5, 3, 2))[0] is ItemStatus.REJECTED  # 5 is not more than half of 10
    by_cast = rules.edit(majority_base="decisive")
    assert decide(by_cast, 15, 10, Votes(5, 3, 2))[0] is ItemStatus.ADOPTED  # 5 of 8 for/against
    assert by_cast.sources["majority_base"].key == "REG" and not by_cast.is_statutory("majority_base")
    two_thirds = rules.edit(majority=">=2/3", majority_base="total")
    assert decide(two_thirds, 15, 15, Votes(9, 6, 0))[0] is ItemStatus.REJECTED
    assert decide(two_thirds, 15, 15, Votes(10, 5, 0))[0] is ItemStatus.ADOPTED


# ------------------------------------------------------------------------------------------ ties
def test_chair_decides_a_tie_in_a_maslikhat():
    rules = BodyRules.default("maslikhat")
    assert rules.tie is TieRule.CHAIR_DECIDES
    status, _q, expl, flags, required, base = decide(rules, 24, 24, Votes(12, 12, 0), chair_vote="for")
    assert status is ItemStatus.ADOPTED and expl[-1].code == "vote.tie_chair_for" and (required, base) == (13, 24)
    assert decide(rules, 24, 24, Votes(12, 12, 0), chair_vote="against")[0] is ItemStatus.REJECTED
    status, _q, expl, flags, *_ = decide(rules, 24, 24, Votes(12, 12, 0))
    assert status is ItemStatus.TIE_UNRESOLVED and "tie_chair_vote_missing" in flags
    # 10–10 of 24 is no tie at the threshold: neither side has a majority of the total.
    status, _q, expl, *_ = decide(rules, 24, 20, Votes(10, 10, 0), chair_vote="for")
    assert status is ItemStatus.REJECTED and expl[-1].code == "vote.rejected"


def test_tie_fails_by_default_in_a_commission_and_is_editable():
    rules = BodyRules.default("commission")
    assert decide(rules, 6, 6, Votes(3, 3, 0), chair_vote="for")[0] is ItemStatus.REJECTED
    chair = rules.edit(tie="chair_decides")
    assert decide(chair, 6, 6, Votes(3, 3, 0), chair_vote="for")[0] is ItemStatus.ADOPTED


# ------------------------------------------------------------------------------------------ validity
def test_more_votes_than_present_is_invalid_not_adopted():
    ev = evaluate(session_with(maslikhat(), 17, Votes(15, 3, 0)))
    assert ev.items[0].status is ItemStatus.INVALID and not ev.items[0].adopted
    assert "warning.item_votes_exceed_present" in [w.code for w in ev.warnings]


def test_not_voted_items_get_no_number_and_do_not_shift_numbering():
    ev = evaluate(session_with(maslikhat(), 20, None, Votes(13, 0, 0), Votes(5, 10, 0), Votes(14, 0, 0)))
    assert [r.status for r in ev.items] == [ItemStatus.NOT_VOTED, ItemStatus.ADOPTED, ItemStatus.REJECTED,
                                            ItemStatus.ADOPTED]
    assert [r.number for r in ev.items] == [None, "12-1/VIII", None, "12-2/VIII"]


def test_votes_must_be_non_negative_integers():
    for bad in (-1, 1.5, True, "3"):
        with pytest.raises(ValueError):
            Votes(bad, 0, 0)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ editing
def test_statutory_rules_cannot_be_edited():
    rules = BodyRules.default("maslikhat")
    with pytest.raises(RuleNotEditable, match="fixed by law"):
        rules.edit(majority_base="present")
    with pytest.raises(RuleNotEditable):
        rules.edit(quorum=">1/2")
    with pytest.raises(RuleNotEditable):
        BodyRules.default("public_council").edit(quorum=">1/2")
    assert rules.edit(quorum=">=2/3") is rules  # restating the law is not a change
    with pytest.raises(ValueError, match="unknown rule"):
        rules.edit(speed="fast")
    edited = rules.edit(number_format="{session}/{running}-{convocation}")
    assert edited.sources["number_format"].key == "REG"
    assert edited.sources["quorum"].key == "L148"


def test_rules_round_trip_and_refuse_stored_values_against_the_law():
    rules = BodyRules.default("public_council").edit(majority=">=2/3", tie="chair_decides", number_format="{running}")
    again = BodyRules.from_dict(rules.to_dict())
    assert again.majority == rules.majority and again.tie is TieRule.CHAIR_DECIDES
    assert again.number_format == "{running}" and again.sources["majority"].key == "REG"
    bad = BodyRules.default("maslikhat").to_dict()
    bad["majority_base"] = "present"
    with pytest.raises(RuleNotEditable):
        BodyRules.from_dict(bad)


@pytest.mark.parametrize("kind", list(BodyKind))
def test_every_default_rule_names_its_source(kind):
    rules = BodyRules.default(kind)
    for name in ("quorum", "majority", "majority_base", "tie", "number_format"):
        assert rules.sources[name].key, name
    if kind is BodyKind.MASLIKHAT:
        assert rules.sources["majority"].article == "art. 11 §3"
        assert rules.sources["tie"].article == "art. 19 §6"
    if kind is BodyKind.PUBLIC_COUNCIL:
        assert rules.sources["quorum"].key == "PC" and rules.sources["quorum"].article == "art. 13"


def test_body_validates_members():
    with pytest.raises(ValueError):
        Body(BodyKind.MASLIKHAT, {"ru": "x"}, 0)
    with pytest.raises(ValueError, match="rules of a commission"):
        Body(BodyKind.MASLIKHAT, {"ru": "x"}, 5, BodyRules.default("commission"))
