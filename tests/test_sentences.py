"""Sentence splitting: abbreviations, footnotes, bullets (one record per sentence); headings never become sentences."""

from extractor.records import Block
from extractor.understand.sentences import split_blocks


def sents(*blocks):
    return [s.text for _, ss in split_blocks(list(blocks)) for s in ss]


def test_abbreviations_stay_inside_sentences():
    out = sents(Block(
        "We found e.g. that the No. 3 team (see p. 12) was good. The force, i.e. its officers, "
        "did well in St. Helens. Dr. Smith agreed.", "para"))
    assert out == [
        "We found e.g. that the No. 3 team (see p. 12) was good.",
        "The force, i.e. its officers, did well in St. Helens.",
        "Dr. Smith agreed.",
    ]


def test_titles_months_and_closing_quotes():
    out = sents(Block(
        'The chief constable told us, "We have made real progress this year." The deputy agreed. '
        "Another said, 'It still crashes every week.' We saw this. "
        "The teams changed in Sept. 2024 and again in Feb. 2025. The work was led by Det. Supt. Owen Pryce "
        "and Insp. Rob Kaye. Crime fell by approx. 4.5 per cent. Prof. Lena Achebe evaluated it in Dec. "
        "The pilot ended.", "para"))
    assert out == [
        'The chief constable told us, "We have made real progress this year."',
        "The deputy agreed.",
        "Another said, 'It still crashes every week.'",
        "We saw this.",
        "The teams changed in Sept. 2024 and again in Feb. 2025.",
        "The work was led by Det. Supt. Owen Pryce and Insp. Rob Kaye.",
        "Crime fell by approx. 4.5 per cent.",
        "Prof. Lena Achebe evaluated it in Dec.",
        "The pilot ended.",
    ]


def test_footnote_marker_glued_to_word_is_removed():
    out = sents(Block("The force works well with partners.⁹ Supervision is good.", "para"))
    assert out == ["The force works well with partners.", "Supervision is good."]


def test_a_bullet_of_several_sentences_is_several_bullet_records_and_headings_are_none():
    items = list(split_blocks([
        Block("Areas for improvement", "heading"),
        Block("March 2014", "date"),
        Block("The force should review cases. It should also train staff", "bullet"),
        Block("timeliness of victim updates; and", "bullet"),
    ]))
    out = [(s.text, s.kind) for _, ss in items for s in ss]
    assert out == [("The force should review cases.", "bullet"), ("It should also train staff", "bullet"),
                   ("timeliness of victim updates; and", "bullet")]


def test_percentages_decimals_and_quotes():
    out = sents(Block('Satisfaction rose to 84.5%. "We are proud," the chief said. It fell.', "para"))
    assert out == ["Satisfaction rose to 84.5%.", '"We are proud," the chief said.', "It fell."]


def test_sentence_numbering_follows_reading_order():
    items = list(split_blocks([Block("One is here. Two is here.", "para"), Block("Three is here.", "bullet")]))
    assert [s.index for _, ss in items for s in ss] == [0, 1, 2]


def test_a_paragraph_longer_than_spacy_takes_is_split_between_sentences():
    """spaCy refuses texts over its length limit: a very long paragraph goes in pieces cut
    after a full stop, and every sentence comes out whole."""
    from extractor.records import Block
    from extractor.understand.sentences import split_blocks

    sentence = "Supervisors reviewed {} investigations and found most of them well planned."
    text = " ".join(sentence.format(i) for i in range(4000))  # about 300,000 characters
    assert len(text) > 250_000
    [(_, sents)] = list(split_blocks([Block(text, "para", 1)]))
    assert [s.text for s in sents] == [sentence.format(i) for i in range(4000)]
