"""Where a number blank sits: operand, unit, range, conversion or date; a blank each must catch and one not."""

from __future__ import annotations

from studydeck.lint import quantities

from .test_spans import blank


def test_operands_units_and_dates() -> None:
    assert quantities.is_operand(blank("[0.1] + 0.2 evaluates to 0.30000000000000004"))
    assert not quantities.is_operand(blank("0.1 + 0.2 evaluates to [0.30000000000000004]"))
    assert not quantities.is_operand(blank("[ten billion] times fainter than its star"))
    assert not quantities.is_operand(blank("2000 / (2 × 5) = [200] days"))
    assert quantities.is_unit_only(blank("Jupiter tugs the Sun at 12.5 [metres per second]"))
    assert not quantities.is_unit_only(blank("Jupiter tugs the Sun at [12.5 metres per second]"))
    assert quantities.is_unit_only(blank("Every [gram] of honey in the comb is stored heat"))  # no number at all
    assert not quantities.is_unit_only(blank("Star distances are usually given in [parsecs]"))  # what it is about
    assert quantities.other_unit_twin(blank("Sear at 140°C (about [285°F]) for flavour")) == "140°C"
    assert quantities.other_unit_twin(blank("Sear at [140°C] for 3 minutes")) == ""
    # a part of one unit said in words is a value too
    assert quantities.other_unit_twin(blank("Use mesh no wider than [about 6 mm] (a quarter inch) on young trees")) == "a quarter inch"
    assert quantities.other_unit_twin(blank("Cut the board [about 30 cm] wide and leave it a quarter inch thick")) == ""
    assert quantities.is_date(blank("fell between [1929] and 1933")) and quantities.is_date(
        blank("on [August 15, 1971]")
    )
    assert not quantities.is_date(blank("fell by [a third]"))
    assert quantities.claim_quantity("the money supply fell by about a third between 1929 and 1933") == "third"
    assert quantities.claim_quantity("51 Pegasi b was announced in 1995") == ""


def test_range_partner() -> None:
    assert quantities.range_partner(blank("one or [two] flights")) == "one or two"
    assert quantities.range_partner(blank("A queen mates with 10 to 20 drones on one or [two] flights")) == "one or two"
    assert quantities.range_partner(blank("every seven to [ten] days")) == "seven to ten"
    assert quantities.range_partner(blank("fed once or [twice] a day")) == "once or twice"
    assert quantities.range_partner(blank("ages [25]-35 mostly")) == "25-35"
    assert quantities.range_partner(blank("ages [25-35] mostly")) == ""
    assert quantities.range_partner(blank("ten or [more] days")) == ""
    # a hedge between the two ends: "two or maybe [three responses]"
    assert quantities.range_partner(blank("asks for two or maybe [three answers] per card")) == "two or maybe three answers"
    assert quantities.range_partner(blank("asks for two cards, or maybe [three answers] per card")) == ""


def test_power_in_another_unit_is_the_same_value() -> None:
    assert quantities.other_unit_twin(blank("Solar capacity passed [2,000 gigawatts], or 2 terawatts, in 2030")) == "2 terawatts"
    assert quantities.other_unit_twin(blank("The dam makes [22 gigawatts], against 2 terawatts worldwide")) == ""


def test_a_part_of_a_total_in_words_is_their_difference() -> None:
    shown = "Training lasts six weeks: [two weeks] of drills, then four weeks of games"
    assert quantities.sum_shown(blank(shown)) == "six weeks ... four weeks"
    assert quantities.sum_shown(blank("Training lasts six weeks: [two weeks] of drills, then games")) == ""


def test_a_vague_count_after_its_smaller_neighbour_is_a_range_end() -> None:
    assert quantities.range_partner(blank("the call carries for dozens or even [hundreds of metres]"))
    assert quantities.range_partner(blank("every seven to [ten days]")) == "seven to ten days"
    assert quantities.range_partner(blank("the call carries for [hundreds of metres] at dusk")) == ""


def test_a_bare_count_that_two_shown_counts_add_up_to_is_a_give_away() -> None:
    assert quantities.sum_shown(blank("The choir has [46] voices in two rows, 20 in front and 26 behind")) == "20 ... 26"
    assert quantities.sum_shown(blank("The choir has [46] voices in two rows, 20 in front and 25 behind")) == ""


def test_a_period_or_an_anniversary_read_off_a_shown_year() -> None:
    assert quantities.period_shown(blank("Horse collars spread in the [11th century]; one record dates from 1066")) == "1066"
    assert quantities.period_shown(blank("Horse collars spread in the [11th century]; the mould board came in 1160")) == ""
    assert quantities.period_shown(blank("Gas lamps lit the city from the early [1800s], the first in 1807")) == "1807"
    assert quantities.period_shown(blank("Gas lamps lit the city from the [1820s]; electric ones came in 1881")) == ""
    shown = blank("The first regatta was in 1839, and the [1939] centenary regatta drew a record crowd")
    assert quantities.period_shown(shown) == "1839 ... centenary"
    assert quantities.period_shown(blank("The first regatta was in 1839, and the [1946] regatta drew a record crowd")) == ""


def test_a_step_of_a_scale_between_shown_steps() -> None:
    assert quantities.series_shown(blank("a grade [4] rapid is harder than grade 3 and easier than grade 5")) == "grade 3 ... grade 5"
    assert quantities.series_shown(blank("for each grade 6 there are ten grade [5 rapids] and a hundred grade 4s")) == "grade 4 ... grade 6"
    assert quantities.series_shown(blank("a grade [4] rapid is harder than grade 2 and easier than grade 6")) == ""
    assert quantities.series_shown(blank("a grade [4] rapid needs a helmet, a spray deck and 3 paddlers")) == ""


def test_a_speed_spelled_out_is_the_same_value_in_another_unit() -> None:
    shown = blank("The funicular climbs at [about 6 metres per second], roughly 22 kilometres per hour")
    assert quantities.other_unit_twin(shown) == "22 kilometres per hour"
    assert quantities.other_unit_twin(blank("The funicular climbs at [about 6 metres per second], roughly 8 kilometres per hour")) == ""


def test_a_share_and_its_complement_only_when_they_split_one_whole() -> None:
    assert quantities.complement_shown(blank("Melt [two-thirds] of the butter, then add the remaining third cold")) == "third"
    assert quantities.complement_shown(blank("[A quarter] of the rain runs off, and three-quarters into the soil")) == "three-quarters"
    # two shares of two wholes, or of one whole at two times
    assert quantities.complement_shown(blank("[60 percent] of the boys and 40 percent of the girls passed")) == ""
    assert quantities.complement_shown(blank("[About 5%] of clerks were women in 1870; by 1930 the share was 95%.")) == ""


def test_a_year_moved_by_a_span_the_sentence_shows() -> None:
    assert quantities.year_after_span_shown(blank("Work began in 1921 and took almost 90 years, ending in [2010]")) == "1921 ... almost 90 years"
    assert quantities.year_after_span_shown(blank("Work began in 1921 and took almost 90 years, ending in [the 2010s]")) == ""
    assert quantities.year_after_span_shown(blank("Work began in 1921 and took almost 90 years; a copy was found in [1960]")) == ""


def test_a_percentage_of_change_between_two_values_shown() -> None:
    assert quantities.percent_of_shown(blank("from 55 kg to 48 kg, a drop of [about 13 percent]")) == "48 kg ... 55 kg"
    assert quantities.percent_of_shown(blank("from 55 kg to 48 kg, and [about 13 percent] of calves died")) == ""


def test_a_tally_of_two_counts_is_no_range() -> None:
    # '31 to 9' counts two sides; '9 to 31' would be one value, a range, and no sum of two
    assert quantities.sum_shown(blank("The council voted 31 to 9 for the new bridge, and all [40] members came")) == "31 ... 9"
    assert quantities.sum_shown(blank("The council has 9 to 31 members, and [40] came to vote")) == ""


def test_a_number_that_a_rate_and_another_number_work_out_is_a_give_away() -> None:
    rate = "The crew laid [1,440 bricks] in 12 hours, or 120 bricks per hour"
    assert quantities.rate_product_shown(blank(rate)) == "12 ... 120"
    assert quantities.rate_product_shown(blank("The crew laid 1,440 bricks in 12 hours, or [120 bricks] per hour")) == "1,440 ... 12"
    scale = "On the chart one inch stands for 50 miles, so a 4-inch crossing is [200 miles] for every ship"
    assert quantities.rate_product_shown(blank(scale)) == "50 ... 4"
    # no rate, or numbers that work out nothing
    assert quantities.rate_product_shown(blank("The crew laid [1,440 bricks] in 12 hours, with 120 on the wall by noon")) == ""
    assert quantities.rate_product_shown(blank("The crew laid [1,500 bricks] in 12 hours, or 120 bricks per hour")) == ""
    # a range's two ends are one value; a list of values is no sum worked out
    assert quantities.rate_product_shown(blank("Each ewe gives 2 to 4 litres per day, so a flock of [200 ewes] gives 400 to 800 litres")) == "2 ... 400"
    assert quantities.rate_product_shown(blank("Seats cost 5, 10, 20 and [50] crowns for each class, and 100 for a box")) == ""


def test_a_multiple_of_a_value_joined_to_its_unit_by_a_hyphen_is_a_give_away() -> None:
    assert quantities.product_shown(blank("The 1891 law granted [640 acres], double the older 320-acre claim")) == "320-acre"
    assert quantities.product_shown(blank("The 1891 law granted [640 acres], well above the older 320-acre claim")) == ""


def test_a_value_with_a_scale_word_or_a_unit_of_two_words_has_its_twin_found() -> None:
    twin = quantities.other_unit_twin
    assert twin(blank("The weir used [about 1.8 million] cubic yards (roughly 1.4 million m³) of fill")) == "1.4 million m³"
    assert twin(blank("The winch pulled [about 450] pounds-force (roughly 2 kN) at full load")) == "2 kN"
    # a scale word multiplies: two million seconds is some 23 days; two seconds is not
    assert twin(blank("The survey stacked [about 2 million seconds] (roughly 23 days) of exposure")) == "23 days"
    assert twin(blank("The shutter stayed open [about 2 seconds], some 23 days after launch")) == ""
    # a count with a scale word is no unit of a dimension
    assert twin(blank("[About 3 million] visitors (roughly 40% of them from abroad) came that year")) == ""


def test_a_part_of_a_total_the_sentence_says_it_is_of_is_their_difference() -> None:
    """ "Of the 97 people on board, [62] survived; 35 died" was read bad blind: the total is what its parts
    are of, so a part follows by subtraction."""
    assert quantities.sum_shown(blank("Of the 40 ponies sent north, [31] came back and 9 were lost")) == "40 ... 9"
    assert quantities.sum_shown(blank("Of the 40 ponies sent north, 31 came back and [9] were lost")) == "40 ... 31"
    assert quantities.sum_shown(blank("Out of 12 hives, [7] swarmed in May and 5 in June")) == "12 ... 5"
    # no total: two counts side by side
    assert quantities.sum_shown(blank("The 40 ponies went north; [31] came back and 12 mules were lost")) == ""


def test_an_imperial_length_is_the_same_value_as_its_metric_twin_anywhere_in_the_sentence() -> None:
    """ "ran [26 miles 385 yards] ... fixed the distance at 42.195 km" was read a give-away blind."""
    shown = "The 1912 route ran [24 miles 1,725 yards] from the palace, and the rule of 1921 set that race at 40.2 km."
    assert quantities.other_unit_twin(blank(shown)) == "40.2 km"
    assert quantities.other_unit_twin(blank("The 1912 route ran [24 miles 1,725 yards], and the 1896 race ran 36 km.")) == ""
    assert quantities.other_unit_twin(blank("The nave is [90 feet] long, and its tower rises 27.43 metres.")) == "27.43 metres"
    # a part of a length in two units, converted after it, is still shown by the conversion
    assert quantities.other_unit_twin(blank("Its gauge, [3] ft 6 in (1,067 mm), suited the hills.")) == "1,067 mm"


def test_a_total_and_the_parts_a_colon_lists_give_each_other_away() -> None:
    """ "[93 objects] in all: 78 chess pieces, 14 ... and a single belt buckle" and "60 stories: [4 novels]
    and 56 short stories" were read bad blind: the parts add up to the total."""
    assert quantities.listed_parts_shown(blank("The hoard holds [41 coins] in all: 30 in silver, 10 in gold and a single bronze one")) == "30 ... 10 ... a single"
    assert quantities.listed_parts_shown(blank("The hoard holds 41 coins: [30] in silver, 10 in gold and a single bronze one")) == "41 ... 10 ... a single"
    # a count of what the parts are in is no part; nor is a count between the total and its colon
    assert quantities.listed_parts_shown(blank("Of its 60 seats, [25] are kept: 20 for members in two rows and five for guests")) == "20 ... five"
    assert quantities.listed_parts_shown(blank("The box held [9] pawns and 5 kings: 4 white and 5 black")) == ""
    # parts that do not add up
    assert quantities.listed_parts_shown(blank("The hoard holds [41 coins] in all: 30 in silver, 9 in gold and a single bronze one")) == ""


def test_a_date_or_a_year_before_the_era_moved_by_a_shown_span_is_shown() -> None:
    """ "began in [January 1887] ... finished on 31 March 1889 (about two years)", "in 263 BC ... for 99
    years before a corrected dial arrived in [164 BC]": each can be worked out."""
    began = blank("Work began in [January 1887], and the tower was finished on 31 March 1889 (about two years and two months).")
    assert quantities.year_after_span_shown(began) == "1889 ... about two years"
    dial = blank("In 263 BC the Romans brought a dial home. Rome used it for 99 years before a corrected dial arrived in [164 BC].")
    assert quantities.year_after_span_shown(dial) == "263 BC ... 99 years"
    assert quantities.year_after_span_shown(blank("In 263 BC the Romans brought a dial home; it served for 99 years, and a copy came in [120 BC].")) == ""
