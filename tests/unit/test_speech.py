"""Read-aloud's plain half: what each screen says, which languages have a voice, the sound."""

from __future__ import annotations

import re
import threading
from datetime import date, time

import pytest

from kiosk.hours.calendar import OpeningCalendar
from kiosk.speech.espeak import EspeakError, loudness
from kiosk.speech.reader import Reader
from kiosk.speech.spoken import (
    digit_by_digit,
    greeting_script,
    home_script,
    page_script,
    spoken_time,
    unmarked,
)
from kiosk.speech.voices import data_path, voices_for
from tests.support.speech import Recordings, peak

DIRECTION_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The kiosk's languages eSpeak NG cannot speak: no Listen button for them.
VOICELESS = {"ckb", "ps", "so"}
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def voices(languages):
    return voices_for(languages.codes, data_path())


@pytest.fixture(scope="module")
def reader(voices):
    return Reader(voices)


def every_script(content, languages, code):
    loc = languages.localizer(code)
    calendar = OpeningCalendar(content.office.schedule)
    yield greeting_script(loc)
    yield home_script(content, loc)
    for page in content.pages:
        yield page_script(page, content, loc, calendar, TODAY)


def test_every_language_but_three_has_a_voice_and_dari_is_read_with_persians(voices, languages):
    assert set(languages.codes) - set(voices) == VOICELESS
    assert voices["fa_AF"].name == voices["fa"].name == "fa"
    assert voices["nb"].name == "nb"


def test_no_voice_data_means_no_voices_and_says_so(tmp_path, languages, caplog):
    assert voices_for(languages.codes, tmp_path) == {}
    assert "Read-aloud is off" in caplog.text


def test_a_voice_whose_dictionary_is_left_out_of_the_bundle_is_no_voice(tmp_path):
    data = tmp_path / "espeak-ng-data"
    (data / "lang" / "gmq").mkdir(parents=True)
    (data / "lang" / "gmq" / "nb").write_text("name Norwegian\nlanguage nb\ndictionary no\n")
    assert voices_for(["nb"], data) == {}
    (data / "no_dict").write_bytes(b"\0")
    assert voices_for(["nb"], data)["nb"].dictionary == "no"


def test_phone_numbers_and_postcodes_are_read_digit_by_digit(content, languages):
    assert digit_by_digit("+47 23 10 53 20") == "+ 4 7, 2 3, 1 0, 5 3, 2 0"
    loc = languages.localizer("nb")
    script = page_script(content.page("hours"), content, loc, OpeningCalendar(content.office.schedule), TODAY)
    phone_line = next(line for line in script.utterances if line.startswith(loc.ui("contact.phone")))
    assert phone_line == f"{loc.ui('contact.phone')}: {digit_by_digit(content.office.phone)}."
    assert any(digit_by_digit(content.office.visiting_address.postcode) in line for line in script.utterances)


def test_times_are_read_as_a_clock_is(languages):
    assert spoken_time(time(10), languages.localizer("nb")) == "10"
    assert spoken_time(time(15, 30), languages.localizer("nb")) == "15 30"
    assert spoken_time(time(15), languages.localizer("en")) == "3 PM"
    # ص is an abbreviation a voice would spell out: Arabic hears the 24-hour clock.
    assert spoken_time(time(15), languages.localizer("ar")) == "15"


def test_the_hours_are_read_with_the_catalogs_words(content, languages):
    loc = languages.localizer("fa")
    script = page_script(content.page("hours"), content, loc, OpeningCalendar(content.office.schedule), TODAY)
    monday = f"{loc.weekday(0)}: {loc.ui('speech.time_range', opens='10', closes='15')}."
    assert monday in script.utterances
    assert f"{loc.weekday(5)}: {loc.ui('hours.closed')}." in script.utterances


@pytest.mark.parametrize("code", ["en", "nb", "fa", "ar", "ur", "ti", "ps"])
def test_what_is_read_has_no_marks_no_clock_colons_and_says_when_unchecked(content, languages, code):
    loc = languages.localizer(code)
    for script in every_script(content, languages, code):
        assert script.code == code
        for line in script.utterances:
            assert not DIRECTION_CONTROLS.search(line), line
            assert not re.search(r"\d:\d\d", line), line  # "ten colon zero zero"
            assert line.strip()
    home = home_script(content, loc)
    assert home.utterances[0].startswith(loc.ui("app.office_name").strip("\u2068\u2069")[:3])
    assert (home.utterances[-1] == f"{loc.ui('app.unreviewed')}") != loc.language.review.reviewed


def test_every_page_is_read_title_first_and_every_text_in_order(content, languages):
    loc = languages.localizer("sv")
    calendar = OpeningCalendar(content.office.schedule)
    for page in content.pages:
        said = page_script(page, content, loc, calendar, TODAY).text
        positions = [said.find(unmarked(loc.text(text)).rstrip(".")) for text in page.texts()]
        assert -1 not in positions, page.id
        assert positions == sorted(positions), page.id


def test_each_voice_reads_the_home_screen_as_sound_of_a_plausible_length(content, languages, voices, reader):
    for code in voices:
        script = home_script(content, languages.localizer(code))
        pcm, rate = reader.render(script)
        seconds = len(pcm) / 2 / rate
        characters = len(script.text)
        # Speech runs at roughly 8 to 25 characters a second in any script.
        assert characters / 25 < seconds < characters / 4, (code, seconds, characters)
        assert peak(pcm) > 8000, code  # not silence, not a whisper


def test_staff_volume_makes_it_louder_or_quieter(content, languages, reader):
    script = greeting_script(languages.localizer("sv"))
    quiet, _ = reader.render(script, loudness(25))
    loud, _ = reader.render(script, loudness(100))
    assert peak(quiet) * 2 < peak(loud)


def test_a_script_is_read_on_the_readers_thread_to_its_end(content, languages, voices):
    recordings = Recordings(hold=False)
    reader = Reader(voices, recordings)
    ended = threading.Event()
    outcome = []
    reader.speak(greeting_script(languages.localizer("uk")),
                 on_end=lambda read: (outcome.append(read), ended.set()))
    assert ended.wait(30)
    assert outcome == [True]
    assert recordings.last.seconds > 1.0 and peak(recordings.last.pcm) > 8000


def test_stop_silences_at_once_and_nothing_is_reported_as_read(content, languages, voices):
    recordings = Recordings(hold=True)
    reader = Reader(voices, recordings)
    outcome = []
    reader.speak(home_script(content, languages.localizer("en")), on_end=outcome.append)
    # Still "playing": the held output has had the whole script and waits for the speaker.
    assert recordings.synthesised.wait(30)
    reader.stop()
    assert recordings.last.aborted
    recordings.last.play_out()  # the device's last call after an abort
    assert outcome == []


def test_a_language_without_a_voice_cannot_be_spoken(languages, voices):
    with pytest.raises(KeyError):
        Reader(voices).speak(greeting_script(languages.localizer("ps")))


def test_a_broken_engine_is_logged_once_and_reported_unread(languages, voices, caplog):
    def broken():
        raise EspeakError("cannot load libespeak-ng: test")

    reader = Reader(voices, Recordings(hold=False), engine=broken)
    ends = []
    done = threading.Event()
    for _ in range(3):
        done.clear()
        reader.speak(greeting_script(languages.localizer("nb")),
                     on_end=lambda read: (ends.append(read), done.set()))
        assert done.wait(10)
    assert ends == [False, False, False]
    assert caplog.text.count("cannot load libespeak-ng: test") == 1
