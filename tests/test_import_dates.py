"""dates.py: dates and times as printed."""

import datetime as dt

import pytest

from minutebook.dates import find_date, numeric_order, parse_date, parse_time, start_and_end, title_times


def test_date_with_weekday():
    assert parse_date("Wednesday 13 March 2013") == dt.date(2013, 3, 13)


def test_date_with_spaced_ordinal():
    assert parse_date("18 th December 2012") == dt.date(2012, 12, 18)


def test_date_upper_case():
    assert parse_date("29 OCTOBER 2012") == dt.date(2012, 10, 29)


@pytest.mark.parametrize("text", ["3 and 4 August 2005", "HELD ON 3-4 AUGUST 2005", "August 3-4, 2005",
                                  "Monday 3rd and Tuesday 4th August 2005", "August 3 & 4, 2005"])
def test_a_meeting_held_over_days_is_dated_by_its_first(text):
    assert parse_date(text) == dt.date(2005, 8, 3)


def test_a_range_of_days_written_month_first_says_the_text_writes_dates_month_first():
    assert numeric_order("August 3-4, 2005") == "month-first" and numeric_order("May 14, 2024") == "month-first"


def test_american_words_say_a_numeric_date_is_month_first():
    assert numeric_order("06/03/2024\nPLEDGE OF ALLEGIANCE\nAll in favor.") == "month-first"
    assert numeric_order("03/06/2024\nAll in favour.") == "day-first"
    from minutebook.importer.lines import read_lines
    from minutebook.importer.parts import first_date, split_parts
    text = "RIVERTON CITY COUNCIL\nREGULAR MEETING MINUTES\n06/03/2024\n\nPLEDGE OF ALLEGIANCE\n\nAll in favor.\n"
    minutes = [p for p in split_parts(read_lines("doc.txt", text)[0]) if p.kind == "minutes"]
    assert [first_date(p)[0] if p.date is None else p.date for p in minutes] == [dt.date(2024, 6, 3)]


def test_not_a_date():
    assert parse_date("Pages 31 - 50") is None


def test_times_with_dot_and_no_space():
    assert parse_time("7.30 pm") == "19:30" and parse_time("9.05pm") == "21:05" and parse_time("10.00 am") == "10:00"


def test_commenced_and_closed_note():
    assert start_and_end("[Note: The Meeting, having commenced at 6.02 pm, closed at 6.52 pm]") == ("18:02", "18:52")


def test_closed_only():
    assert start_and_end("the Mayor declared the meeting closed at 8.29 pm") == (None, "20:29")


def test_chairman_closed_the_meeting_at():
    text = "There being no further business the Chairman closed the meeting at 8.55pm."
    assert start_and_end(text) == (None, "20:55")


def test_twenty_four_hour_clock():
    assert parse_time("Time: 18:30") == "18:30"
    assert start_and_end("The meeting commenced at 18:00 and closed at 20:17.") == ("18:00", "20:17")
    assert parse_time("Report 2022/23, paragraph 3.4") is None


def test_date_month_first_with_weekday():
    assert parse_date("Tuesday, May 14, 2024") == dt.date(2024, 5, 14)


def test_date_month_first_upper_case_without_weekday():
    assert parse_date("NOVEMBER 15, 2022") == dt.date(2022, 11, 15)


def test_date_month_first_with_ordinal():
    assert parse_date("Minutes from Monday, January 29th 2018 - 9:00am") == dt.date(2018, 1, 29)


def test_date_written_as_day_of():
    assert parse_date("passed this 12th day of January, 2011") == dt.date(2011, 1, 12)


def test_numeric_date_month_first_when_the_text_writes_month_first():
    assert parse_date("Date: 2/9/2021 (February 9, 2021)") == dt.date(2021, 2, 9)


def test_numeric_date_month_first_when_only_that_is_possible():
    assert parse_date("approved 12/31/20") == dt.date(2020, 12, 31)


def test_numeric_date_day_first_by_default():
    assert parse_date("Meeting 09/02/2021") == dt.date(2021, 2, 9)


def test_item_numbers_are_not_dates():
    assert parse_date("04.25.01 Budget") is None and parse_date("18.09.1 Planning") is None


def test_time_noon():
    assert parse_time("12:00 noon") == "12:00" and parse_time("at noon") == "12:00"


def test_called_to_order_and_adjourned():
    text = "The meeting was called to order by Commissioner Robert Sherrard at 7:07 p.m. ... adjourned at 9:15 p.m."
    assert start_and_end(text) == ("19:07", "21:15")


def test_start_time_label_and_at_sign():
    assert start_and_end("START TIME 6:30 p.m.")[0] == "18:30"
    assert start_and_end("the meeting opened @ 7.30pm")[0] == "19:30"


def test_a_hearing_opened_and_closed_within_the_meeting_is_not_the_meetings_start_or_end():
    assert start_and_end("The public hearing was opened at 6:42 p.m.") == (None, None)
    assert start_and_end("The public hearing was closed at 6:58 p.m. The meeting closed at 7:25 p.m.") == (
        None, "19:25")


def test_an_item_titled_as_the_meeting_s_opening_or_close_gives_its_time():
    from minutebook.importer.blocks import Found
    from minutebook.importer.drafts import ItemDraft
    from minutebook.importer.lines import read_lines
    from minutebook.importer.rules import read_blocks

    found = Found()
    for title in ("Opening: 19:34", "Elections", "Opening remarks at 19:40", "Meeting Close 20:52"):
        lines = read_lines("doc.txt", "Text.\n")[0]
        read_blocks(ItemDraft(title=title, line=lines[0], lines=lines, kind="minutes"), found)
    assert (found.start, found.end) == ("19:34", "20:52")
    assert title_times("Call to Order - 7:02 pm") == ("19:02", None)
    assert title_times("Adjournment 9.15pm") == (None, "21:15")
    assert title_times("Closed Session 7:30") == (None, None)  # a session, not the close


def test_an_iso_date_is_year_month_day_whatever_order_the_text_writes_others_in():
    assert parse_date("Board meeting: 2024-02-03") == dt.date(2024, 2, 3)
    assert parse_date("PLUG AGM, Tuesday 2024-01-09, March 3, 2020") == dt.date(2024, 1, 9)  # the first written
    assert parse_date("Ref 2024-13-45") is None and parse_date("order 12024-01-09") is None


@pytest.mark.parametrize("text, date", [("General Meeting 17:00 14-Sep-2019", dt.date(2019, 9, 14)),
                                        ("3/March/2020", dt.date(2020, 3, 3)), ("05.JAN.2021", dt.date(2021, 1, 5))])
def test_a_day_the_month_s_name_and_a_year_joined_by_hyphens_slashes_or_stops_is_a_date(text, date):
    assert parse_date(text) == date


def test_a_number_word_and_number_joined_by_hyphens_is_no_date_unless_the_word_is_a_month():
    assert parse_date("item 4-abc-2019") is None


def test_the_half_of_the_day_as_one_letter_after_the_minutes_is_am_or_pm():
    assert (parse_time("met at 01:00p EDT"), parse_time("10:00a PDT"), parse_time("at 7:30 a meeting")) == (
        "13:00", "10:00", "07:30")


def test_a_year_month_and_day_apart_by_spaces_opening_a_title_is_a_date_not_a_run_of_numbers():
    assert find_date("2024 03 11: Official OSM BE members meeting")[0] == dt.date(2024, 3, 11)
    assert find_date("pages 12 2024 03 11") is None and find_date("totals 2024 03 11 12") is None


def test_a_month_misspelt_in_a_written_date_is_still_that_month():
    assert find_date("DATE : 28TH NOVEMEBR, 2024")[0] == dt.date(2024, 11, 28)
    assert find_date("Monday 3 Febuary 2020")[0] == dt.date(2020, 2, 3)
    assert find_date("Item 12 Members 2024") is None  # a word near no month's name
    assert find_date("12 Budget 2024") is None


def test_a_day_and_month_without_a_year_takes_the_one_year_that_fits():
    from minutebook.dates import yearless_date

    assert yearless_date("held on Monday 25th June at 7.00pm", {2016, 2018})[0] == dt.date(2018, 6, 25)
    assert yearless_date("September 23 - Room 901", {2019})[0] == dt.date(2019, 9, 23)
    assert yearless_date("Date/Time: June 6, 530pm", {2023})[0] == dt.date(2023, 6, 6)  # a time after it
    assert yearless_date("September 23 - Room 901", {2018, 2019}) is None  # no weekday to tell the years apart
    assert yearless_date("held on Tuesday 25th June", {2016, 2018}) is None  # the weekday fits neither


def test_dates_written_out_in_welsh_french_german_dutch_and_spanish():
    assert find_date("Nos Lun 8 Ionawr 2024 / Monday 8 January 2024")[0] == dt.date(2024, 1, 8)
    assert find_date("Cyfarfod 12 Gorffennaf 2022")[0] == dt.date(2022, 7, 12)
    assert find_date("le 1er décembre 2021 à 17h")[0] == dt.date(2021, 12, 1)
    assert find_date("am 10 Juli 2019 um 17:30 Uhr")[0] == dt.date(2019, 7, 10)
    assert find_date("Algemene ledenvergadering 19 oktober 2018")[0] == dt.date(2018, 10, 19)
    assert find_date("Acta del 12 de marzo de 2020")[0] == dt.date(2020, 3, 12)


@pytest.mark.parametrize(("text", "date"), [
    ("held on the fourteenth day of March 2023", dt.date(2023, 3, 14)),
    ("this twenty-first day of June, 2022", dt.date(2022, 6, 21)),
    ("the thirtieth day of April 2021", dt.date(2021, 4, 30)),
    ("the thirty first day of May 2020", dt.date(2020, 5, 31)),
])
def test_a_day_written_as_an_ordinal_word_in_formal_minutes(text, date):
    assert parse_date(text) == date


def test_a_day_of_a_month_in_the_year_written_in_words():
    assert find_date("HELD THE SEVENTH DAY OF SEPTEMBER IN THE YEAR TWO THOUSAND")[0] == dt.date(2000, 9, 7)
    assert find_date("the fifteenth day of February in the year two thousand and one")[0] == dt.date(2001, 2, 15)
    assert find_date("the 3rd day of May in the year nineteen hundred and ninety-nine")[0] == dt.date(1999, 5, 3)
    assert find_date("the twenty-first day of June, in the year nineteen ninety-eight")[0] == dt.date(1998, 6, 21)
