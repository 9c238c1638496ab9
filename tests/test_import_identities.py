"""identities.py: one entry per person or organisation; merges and doubts reported."""

from minutebook.importer.identities import Resolver


def test_exact_name_after_honorifics_is_one_person():
    people = Resolver("person")
    assert people.resolve("Steve Porter", "a:1") == people.resolve("Steve Porter", "b:2") == "steve-porter"


def test_swapped_letters_merged_and_reported():
    people = Resolver("person")
    first = people.resolve("Rozmin Meghjee", "a:1")
    assert people.resolve("Romzin Meghjee", "b:2") == first
    assert any("merged person 'Romzin Meghjee'" in m and m.startswith("b:2") for m in people.merges)


def test_different_first_names_kept_apart_and_doubted():
    people = Resolver("person")
    assert people.resolve("Primesh Patel", "a:1") != people.resolve("Pritesh Patel", "a:1")
    assert any("uncertain" in m for m in people.merges)


def test_same_surname_different_people_not_doubted():
    people = Resolver("person")
    people.resolve("Chris Mote", "a:1")
    people.resolve("Janet Mote", "a:2")
    assert people.merges == []


def test_organisation_spacing_variants_merged():
    organisations = Resolver("organisation", threshold=92.0, doubt=85.0)
    assert organisations.resolve("JobCentre Plus", "a:1") == organisations.resolve("Job Centre Plus", "a:2")


def test_settle_picks_the_most_used_spelling():
    people = Resolver("person")
    people.resolve("Romzin Meghjee", "a:1")
    people.resolve("Rozmin Meghjee", "b:1")
    people.resolve("Rozmin Meghjee", "c:1")
    moved = people.settle()
    assert moved == {"romzin-meghjee": "rozmin-meghjee"}
    assert people.entries["rozmin-meghjee"].aliases == ["Romzin Meghjee"]


def test_registry_entries_win():
    people = Resolver("person")
    people.add_known({"id": "mitzi-green", "name": "Mitzi Green", "aliases": ["Mitzi Greene"]})
    assert people.resolve("Mitzi Greene", "a:1") == "mitzi-green"
