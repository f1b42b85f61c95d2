"""Hand-written date cases for tests/test_dates.py and benchmarks/dates.py.

Every sentence is our own, written in the style of agency news. A case names the
expression (``target``, a substring of ``text``) that must be found with the given
``start``, ``end``, ``granularity`` and ``mod``; a negative case (category ``negative``)
names a substring that no mention may overlap.

Weekdays of the publication dates used: 2024-07-04 Thu, 2022-10-13 Thu, 2023-03-15 Wed,
2025-05-14 Wed, 2024-01-10 Wed, 2023-11-20 Mon, 2024-06-10 Mon, 2024-09-01 Sun,
2024-05-12 Sun, 2024-03-10 Sun, 2017-02-01 Wed, 2011-11-21 Mon, 2014-05-26 Mon.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Case", "CASES", "CATEGORIES"]


class Case(NamedTuple):
    category: str
    text: str
    published: str | None
    target: str
    start: str | None = None
    end: str | None = None
    granularity: str | None = None
    mod: str | None = None


def _c(category, text, published, target, start=None, end=None, granularity="day", mod=None) -> Case:
    if end is None and start is not None and granularity == "day" and mod not in ("since", "after"):
        end = start
    return Case(category, text, published, target, start, end, granularity, mod)


def _n(text: str, target: str, published: str | None = "2024-07-04") -> Case:
    return Case("negative", text, published, target)


P = "2024-07-04"

CASES: list[Case] = [
    # ---------------------------------------------------------------- explicit
    _c("explicit", "The treaty was signed in Astana on 12 October 2022.", P, "12 October 2022", "2022-10-12"),
    _c("explicit", "The leaders met on October 12, 2022, in the Kazakh capital.", P, "October 12, 2022", "2022-10-12"),
    _c("explicit", "The protocol is dated 12.10.2022 and enters into force at once.", P, "12.10.2022", "2022-10-12"),
    _c("explicit", "The ministry published the text on 2022-10-12.", P, "2022-10-12", "2022-10-12"),
    _c("explicit", "Delegations arrived in Baku on Oct. 12 for two days of talks.", "2022-10-14", "Oct. 12", "2022-10-12"),
    _c("explicit", "The minister will travel to Tashkent on Sept. 5.", "2023-08-20", "Sept. 5", "2023-09-05"),
    _c("explicit", "The forum opened on 5 June 2023 with a plenary session.", P, "5 June 2023", "2023-06-05"),
    _c("explicit", "The council met on the 3rd of March 2021 in Minsk.", P, "3rd of March 2021", "2021-03-03"),
    _c("explicit", "Ratification was completed on March 3rd, 2021.", P, "March 3rd, 2021", "2021-03-03"),
    _c("explicit", "A joint statement was issued on 1 Dec 2019.", P, "1 Dec 2019", "2019-12-01"),
    _c("explicit", "The agreement was initialled on Jan 15 2020 in Bishkek.", P, "Jan 15 2020", "2020-01-15"),
    _c("explicit", "The decree was signed on 25/12/2021 by the president.", P, "25/12/2021", "2021-12-25"),
    _c("explicit", "The memo carries the date 2021/04/30.", P, "2021/04/30", "2021-04-30"),
    # a slashed date either number of which could be the month: the reading nearer the report's day
    _c("explicit", "Posted Tue, 06/04/2019 - 10:15 by the press office.", "2019-06-04", "06/04/2019", "2019-06-04"),
    _c("explicit", "The accord was ratified on 06/04/2019 by the parliament.", "2019-04-09", "06/04/2019", "2019-04-06"),
    _c("explicit", "The minister said talks would resume on 09.01.2024.", "2023-12-28", "09.01.2024", "2024-01-09"),
    _c("explicit", "The envoy arrived in Dushanbe on June 3.", "2024-06-05", "June 3", "2024-06-03"),
    _c("explicit", "The ceremony is scheduled for 20 September.", "2023-08-01", "20 September", "2023-09-20"),
    # "later on Monday": later that Monday, told by the verb
    _c("explicit", "Later on Monday, the minister met the delegation.", "2024-09-25", "Monday", "2024-09-23"),
    # a passive infinitive ("to be hosted") tells no past: the coming day
    _c("explicit", "The summit, to be hosted by Gabala on 15 October, will focus on trade.", "2024-09-20", "15 October", "2024-10-15"),
    _c("explicit", "Talks in Ashgabat took place on 28 Feb.", "2023-03-02", "28 Feb", "2023-02-28"),
    _c("explicit", "The parliament ratified the deal on December 29.", "2024-01-10", "December 29", "2023-12-29"),
    _c("explicit", "The new route will open on January 5.", "2023-12-20", "January 5", "2024-01-05"),
    _c("explicit", "The foreign ministers met on 14 November 2018 in Beijing.", P, "14 November 2018", "2018-11-14"),
    _c("explicit", "Consultations were held on APRIL 7, 2022 in Moscow.", P, "APRIL 7, 2022", "2022-04-07"),
    _c("explicit", "The summit on 16 September 2022 adopted the Samarkand declaration.", P, "16 September 2022", "2022-09-16"),
    _c("explicit", "The document was registered on 31 January 2024 by the secretariat.", P, "31 January 2024", "2024-01-31"),
    _c("explicit", "The plan approved on May 9, 2023 covers transport and energy.", P, "May 9, 2023", "2023-05-09"),
    # ---------------------------------------------------------------- weekday + date
    _c("weekday", "The presidents met on Wednesday, October 12, in Astana.", "2022-10-13", "Wednesday, October 12", "2022-10-12"),
    _c("weekday", "Talks are planned for Friday, 17 March.", "2023-03-15", "Friday, 17 March", "2023-03-17"),
    _c("weekday", "The ministers met on Monday, 13 March 2023.", "2023-03-15", "Monday, 13 March 2023", "2023-03-13"),
    _c("weekday", "The forum opened on Tuesday, May 13.", "2025-05-14", "Tuesday, May 13", "2025-05-13"),
    _c("weekday", "The delegation will arrive on Thursday, July 11.", P, "Thursday, July 11", "2024-07-11"),
    # ---------------------------------------------------------------- ranges
    _c("range", "The summit will take place on October 12-13.", "2022-09-01", "October 12-13", "2022-10-12", "2022-10-13"),
    _c("range", "The sessions were held on 12-13 October 2022.", P, "12-13 October 2022", "2022-10-12", "2022-10-13"),
    _c("range", "The exhibition runs from 12 to 14 May in Kazan.", "2025-05-01", "from 12 to 14 May", "2025-05-12", "2025-05-14"),
    _c("range", "The forum will be held May 13 to 18.", "2025-04-01", "May 13 to 18", "2025-05-13", "2025-05-18"),
    _c("range", "The visit is planned between June 3 and June 5.", "2024-05-20", "between June 3 and June 5", "2024-06-03", "2024-06-05"),
    _c("range", "The games will be held May 30 - June 2.", "2024-05-01", "May 30 - June 2", "2024-05-30", "2024-06-02"),
    _c("range", "The talks lasted from May 30 to June 2, 2023.", P, "from May 30 to June 2, 2023", "2023-05-30", "2023-06-02"),
    _c("range", "Joint drills took place on 30 May - 2 June 2023.", P, "30 May - 2 June 2023", "2023-05-30", "2023-06-02"),
    _c("range", "The fair runs on 12–13 October in Almaty.", "2022-09-01", "12–13 October", "2022-10-12", "2022-10-13"),
    _c("range", "The congress was held on October 12 – 14, 2021.", P, "October 12 – 14, 2021", "2021-10-12", "2021-10-14"),
    _c("range", "The commission met between 3 and 5 June 2024 in Bishkek.", P, "between 3 and 5 June 2024", "2024-06-03", "2024-06-05"),
    _c("range", "Meetings were held on 12 and 13 October 2022.", P, "12 and 13 October 2022", "2022-10-12", "2022-10-13"),
    _c("range", "The holiday season lasts from December 30 to January 8.", "2023-12-15", "from December 30 to January 8", "2023-12-30", "2024-01-08"),
    _c("range", "The programme covers 2021-2023.", P, "2021-2023", "2021-01-01", "2023-12-31", "year"),
    _c("range", "Trade doubled from 2019 to 2023.", P, "from 2019 to 2023", "2019-01-01", "2023-12-31", "year"),
    _c("range", "Reforms were carried out between 2015 and 2018.", P, "between 2015 and 2018", "2015-01-01", "2018-12-31", "year"),
    _c("range", "The pilot phase ran from March to June 2023.", P, "from March to June 2023", "2023-03-01", "2023-06-30", "month"),
    _c("range", "Works are scheduled for May-July 2025.", P, "May-July 2025", "2025-05-01", "2025-07-31", "month"),
    _c("range", "The festival ran on Sept. 8-10, 2023 in Khiva.", P, "Sept. 8-10, 2023", "2023-09-08", "2023-09-10"),
    _c("range", "The delegation stayed from 28 December 2023 to 3 January 2024.", P, "from 28 December 2023 to 3 January 2024", "2023-12-28", "2024-01-03"),
    # ---------------------------------------------------------------- relative days and weeks
    _c("relative", "The Kazakh president arrived in Moscow yesterday.", P, "yesterday", "2024-07-03"),
    _c("relative", "The two leaders are holding talks today.", P, "today", "2024-07-04"),
    _c("relative", "The ministers will sign the plan tomorrow.", P, "tomorrow", "2024-07-05"),
    # a possessive "'s" ("Kazakhstan's Turkestan") is no present tense: the past verb tells which Monday
    _c("relative", "The summit took place in Kazakhstan's Turkestan on Monday.", P, "Monday", "2024-07-01"),
    # "ahead of their talks": before them, no future; a summit that "opens" or "starts" on a weekday is to come
    _c("relative", "The two ministers shake hands ahead of their talks on the sidelines of the forum in Seoul on Monday.", P, "Monday", "2024-07-01"),
    _c("relative", "The envoy landed in Astana on Tuesday for a regional summit that opens on Saturday.", P, "Saturday", "2024-07-06"),
    # "over the weekend": the one before the report, or the coming one in the future tense
    _c("relative", "The Kazakh president visited Moscow over the weekend.", P, "the weekend", "2024-06-29", "2024-06-30"),
    _c("relative", "The envoys will meet in Baku over the weekend.", P, "the weekend", "2024-07-06", "2024-07-07"),
    _c("relative", "The envoy left for Baku the day before yesterday.", P, "the day before yesterday", "2024-07-02"),
    _c("relative", "Consultations will continue the day after tomorrow.", P, "the day after tomorrow", "2024-07-06"),
    _c("relative", "The premiers met in Minsk last week.", P, "last week", "2024-06-24", "2024-06-30", "week"),
    _c("relative", "A trade mission will visit Tashkent next week.", P, "next week", "2024-07-08", "2024-07-14", "week"),
    _c("relative", "Several agreements are to be signed this week.", P, "this week", "2024-07-01", "2024-07-07", "week"),
    # told on a Sunday: a coming event "this week" is in the week that begins the next day; a past one in the week now ending
    _c("relative", "The prime minister will attend the summit in Tashkent this week.", "2024-09-01", "this week", "2024-09-02", "2024-09-08", "week"),
    _c("relative", "The ministers met in Baku this week.", "2024-09-01", "this week", "2024-08-26", "2024-09-01", "week"),
    _c("relative", "The forum closed this month after three days.", P, "this month", "2024-07-01", "2024-07-31", "month"),
    _c("relative", "Turnover rose by a fifth last month.", P, "last month", "2024-06-01", "2024-06-30", "month"),
    _c("relative", "The council will convene next month.", P, "next month", "2024-08-01", "2024-08-31", "month"),
    _c("relative", "The sides signed a roadmap last year.", P, "last year", "2023-01-01", "2023-12-31", "year"),
    _c("relative", "The next summit will be hosted next year by Kyrgyzstan.", P, "next year", "2025-01-01", "2025-12-31", "year"),
    _c("relative", "Trade grew by 12 percent this year.", P, "this year", "2024-01-01", "2024-12-31", "year"),
    _c("relative", "The office opened three years ago.", P, "three years ago", "2021-01-01", "2021-12-31", "year"),
    _c("relative", "The envoy presented his credentials two days ago.", P, "two days ago", "2024-07-02"),
    _c("relative", "The plan was drafted a month ago.", P, "a month ago", "2024-06-01", "2024-06-30", "month"),
    _c("relative", "The summit opens in two days in Astana.", P, "in two days", "2024-07-06"),
    _c("relative", "The fair will close in three weeks.", P, "in three weeks", "2024-07-22", "2024-07-28", "week"),
    _c("relative", "Prices rose in the current year.", P, "the current year", "2024-01-01", "2024-12-31", "year"),
    _c("relative", "The ministers met in Baku last week.", "2023-11-20", "last week", "2023-11-13", "2023-11-19", "week"),
    _c("relative", "The commission convened yesterday in Minsk.", "2023-03-15", "yesterday", "2023-03-14"),
    _c("relative", "The ministry said on Tuesday the talks went well.", "2023-03-15", "Tuesday", "2023-03-14"),
    _c("relative", "Experts gathered this morning in Astana.", P, "this morning", "2024-07-04"),
    _c("relative", "The exchange rate was fixed last quarter.", P, "last quarter", "2024-04-01", "2024-06-30", "quarter"),
    # ---------------------------------------------------------------- weekdays
    _c("weekday_rel", "The president met the delegation on Monday.", P, "Monday", "2024-07-01"),
    _c("weekday_rel", "The foreign minister will visit Ankara on Monday.", P, "Monday", "2024-07-08"),
    _c("weekday_rel", "The two sides will resume talks on Friday.", P, "Friday", "2024-07-05"),
    _c("weekday_rel", "The delegation arrived in Tbilisi on Sunday.", P, "Sunday", "2024-06-30"),
    _c("weekday_rel", "On Tuesday, the ministers discussed energy supplies.", P, "Tuesday", "2024-07-02"),
    _c("weekday_rel", "The premier flew to Astana last Friday.", P, "last Friday", "2024-06-28"),
    _c("weekday_rel", "Consultations are scheduled for next Tuesday.", P, "next Tuesday", "2024-07-09"),
    # a weekday told with its week is one mention, the day (not the whole week)
    _c("weekday_rel", "The minister will arrive in Baku on Monday of next week.", P, "Monday of next week", "2024-07-08", "2024-07-08", "day"),
    _c("weekday_rel", "On Sunday and Monday next week, he will hold talks in Bishkek.", P, "Sunday and Monday next week",
       "2024-07-07", "2024-07-08", "day"),
    _c("weekday_rel", "Talks were held on Saturday in Samarkand.", "2023-03-15", "Saturday", "2023-03-11"),
    _c("weekday_rel", "The leaders will meet on Friday in Baku.", "2023-03-15", "Friday", "2023-03-17"),
    _c("weekday_rel", "The summit opened on Monday in Astana.", "2023-11-20", "Monday", "2023-11-20"),
    _c("weekday_rel", "A new round of talks will start on Wednesday.", "2023-11-20", "Wednesday", "2023-11-22"),
    _c("weekday_rel", "The premier said on Thursday that the road will open soon.", P, "Thursday", "2024-07-04"),
    # ---------------------------------------------------------------- anaphora
    _c("anaphora", "The leaders met on 12 October 2022. The day before, the ministers agreed on the text.", P, "The day before", "2022-10-11"),
    _c("anaphora", "The forum opened on 5 June 2023. The following day, a memorandum was signed.", P, "The following day", "2023-06-06"),
    _c("anaphora", "The talks ended on March 3, 2021; the next day the delegation left.", P, "the next day", "2021-03-04"),
    _c("anaphora", "The summit took place on 16 September 2022. A day later, the leaders issued a statement.", P, "A day later", "2022-09-17"),
    _c("anaphora", "The visit began on 10 May 2023. Two days later, the sides signed a treaty.", P, "Two days later", "2023-05-12"),
    _c("anaphora", "The envoy arrived on 4 April 2022 and met the minister the same day.", P, "the same day", "2022-04-04"),
    _c("anaphora", "The railway opened on 1 July 2021. The previous day, the premiers inspected it.", P, "The previous day", "2021-06-30"),
    _c("anaphora", "The plan was adopted in 2019. The following year, the first projects started.", P, "The following year", "2020-01-01", "2020-12-31", "year"),
    _c("anaphora", "The summit ended on October 13, 2022. The following week, experts met in Almaty.", P, "The following week", "2022-10-17", "2022-10-23", "week"),
    _c("anaphora", "The ministers met yesterday. The day before, their deputies met.", P, "The day before", "2024-07-02"),
    _c("anaphora", "The premier landed in Minsk on 2 March 2023. Later in the day he held talks.", P, "Later in the day", "2023-03-02"),
    _c("anaphora", "The president flew to Hanoi for a visit on June 19-20, 2024. Earlier that day, he left Yakutsk.", P, "Earlier that day", "2024-06-19"),
    # ---------------------------------------------------------------- months
    _c("month", "The leaders met in Baku in June.", P, "June", "2024-06-01", "2024-06-30", "month"),
    _c("month", "The next round of talks will take place in September.", P, "September", "2024-09-01", "2024-09-30", "month"),
    _c("month", "The agreement was signed in September.", P, "September", "2023-09-01", "2023-09-30", "month"),
    _c("month", "A new border crossing will open in February.", P, "February", "2025-02-01", "2025-02-28", "month"),
    _c("month", "The forum was held in Kazan in May 2024.", P, "May 2024", "2024-05-01", "2024-05-31", "month"),
    _c("month", "The pipeline reached full capacity in October 2021.", P, "October 2021", "2021-10-01", "2021-10-31", "month"),
    _c("month", "The council held its session in December.", "2024-01-10", "December", "2023-12-01", "2023-12-31", "month"),
    _c("month", "The delegation will visit Ashgabat in March.", "2024-01-10", "March", "2024-03-01", "2024-03-31", "month"),
    _c("month", "The sides met last October in Tashkent.", P, "last October", "2023-10-01", "2023-10-31", "month"),
    _c("month", "Construction will begin next March.", P, "next March", "2025-03-01", "2025-03-31", "month"),
    _c("month", "The visit is expected to take place this September.", P, "this September", "2024-09-01", "2024-09-30", "month"),
    _c("month", "The two leaders met this January in Berlin.", P, "this January", "2024-01-01", "2024-01-31", "month"),
    _c("range", "The president will visit Astana and Bishkek on Thursday and Friday.", "2024-07-03", "Thursday and Friday", "2024-07-04", "2024-07-05"),
    _c("season", "Gas exports will rise this winter.", "2024-01-10", "this winter", "2023-12-01", "2024-02-29", "season"),
    _c("month", "The commission was set up in March of 2019.", P, "March of 2019", "2019-03-01", "2019-03-31", "month"),
    _c("month", "Since May, the sides have met three times.", P, "Since May", "2024-05-01", None, "month", "since"),
    _c("month", "The road will be finished by November.", P, "by November", None, "2024-11-30", "month", "before"),
    _c("month", "The talks will continue in July.", P, "July", "2024-07-01", "2024-07-31", "month"),
    _c("month", "Exports to China rose in April, the agency reported.", P, "April", "2024-04-01", "2024-04-30", "month"),
    # ---------------------------------------------------------------- quarters and halves
    _c("quarter_half", "Trade grew by 8 percent in the first quarter.", P, "first quarter", "2024-01-01", "2024-03-31", "quarter"),
    _c("quarter_half", "The line will be launched in the fourth quarter.", P, "fourth quarter", "2024-10-01", "2024-12-31", "quarter"),
    _c("quarter_half", "Output fell in the third quarter of 2023.", P, "third quarter of 2023", "2023-07-01", "2023-09-30", "quarter"),
    _c("quarter_half", "Deliveries are due in Q3 2025.", P, "Q3 2025", "2025-07-01", "2025-09-30", "quarter"),
    _c("quarter_half", "The plant will open in the second half of the year.", P, "second half of the year", "2024-07-01", "2024-12-31", "half"),
    _c("quarter_half", "Investment doubled in the first half of 2023.", P, "first half of 2023", "2023-01-01", "2023-06-30", "half"),
    _c("quarter_half", "The corridor is to start operating in the first half of next year.", P, "first half of next year", "2025-01-01", "2025-06-30", "half"),
    _c("quarter_half", "Freight volumes grew in H1 2024.", P, "H1 2024", "2024-01-01", "2024-06-30", "half"),
    _c("quarter_half", "Exports rose in the second quarter of this year.", P, "second quarter of this year", "2024-04-01", "2024-06-30", "quarter"),
    _c("quarter_half", "The bank expects growth in the last quarter of 2024.", P, "last quarter of 2024", "2024-10-01", "2024-12-31", "quarter"),
    _c("quarter_half", "Tariffs were cut in the second half of last year.", P, "second half of last year", "2023-07-01", "2023-12-31", "half"),
    # ---------------------------------------------------------------- seasons
    _c("season", "The leaders will meet again this summer.", P, "this summer", "2024-06-01", "2024-08-31", "season"),
    _c("season", "The corridor will open in autumn 2024.", P, "autumn 2024", "2024-09-01", "2024-11-30", "season"),
    _c("season", "Gas supplies were interrupted last winter.", P, "last winter", "2023-12-01", "2024-02-29", "season"),
    _c("season", "The next forum is scheduled for spring 2025.", P, "spring 2025", "2025-03-01", "2025-05-31", "season"),
    _c("season", "The parliament will ratify the treaty in the autumn.", P, "autumn", "2024-09-01", "2024-11-30", "season"),
    _c("season", "The sides agreed to meet next spring in Bishkek.", P, "next spring", "2025-03-01", "2025-05-31", "season"),
    _c("season", "The railway was opened in the summer of 2022.", P, "summer of 2022", "2022-06-01", "2022-08-31", "season"),
    _c("season", "Tourist flows grew last summer.", P, "last summer", "2023-06-01", "2023-08-31", "season"),
    _c("season", "Heating tariffs will rise this winter.", P, "this winter", "2024-12-01", "2025-02-28", "season"),
    _c("season", "A new round is planned for the fall.", P, "fall", "2024-09-01", "2024-11-30", "season"),
    _c("season", "The drought of winter 2023-2024 hit the region.", P, "winter 2023-2024", "2023-12-01", "2024-02-29", "season"),
    _c("season", "Talks resumed in early spring 2023.", P, "early spring 2023", "2023-03-01", "2023-05-31", "season", "early"),
    # ---------------------------------------------------------------- years
    _c("year", "The treaty entered into force in 2021.", P, "2021", "2021-01-01", "2021-12-31", "year"),
    _c("year", "The organization was founded in 1992.", P, "1992", "1992-01-01", "1992-12-31", "year"),
    _c("year", "The target is to be reached by 2030.", P, "by 2030", None, "2030-12-31", "year", "before"),
    _c("year", "The bank has invested in 14 projects during 2023.", P, "2023", "2023-01-01", "2023-12-31", "year"),
    _c("year", "The plan for 2025 was approved by the council.", P, "2025", "2025-01-01", "2025-12-31", "year"),
    _c("year", "The agreement remains valid until 2030.", P, "until 2030", None, "2030-12-31", "year", "until"),
    _c("year", "Exports doubled in 2022 and 2023.", P, "2023", "2023-01-01", "2023-12-31", "year"),
    _c("year", "The 2022 summit was held in Samarkand.", P, "2022", "2022-01-01", "2022-12-31", "year"),
    # ---------------------------------------------------------------- modifiers
    _c("modifier", "The corridor will open in early 2024.", "2023-06-01", "early 2024", "2024-01-01", "2024-12-31", "year", "early"),
    _c("modifier", "The summit is planned for mid-October.", P, "mid-October", "2024-10-01", "2024-10-31", "month", "mid"),
    _c("modifier", "The line was completed in late 2021.", P, "late 2021", "2021-01-01", "2021-12-31", "year", "late"),
    _c("modifier", "A decision is expected by mid-2025.", P, "by mid-2025", None, "2025-12-31", "year", "before"),
    _c("modifier", "The plant will be built by the end of 2026.", P, "by the end of 2026", None, "2026-12-31", "year", "before"),
    _c("modifier", "The talks started at the beginning of March 2023.", P, "the beginning of March 2023", "2023-03-01", "2023-03-31", "month", "early"),
    _c("modifier", "The ministers met in mid-2023 in Baku.", P, "mid-2023", "2023-01-01", "2023-12-31", "year", "mid"),
    _c("modifier", "The council will meet at the end of the year.", P, "the end of the year", "2024-01-01", "2024-12-31", "year", "late"),
    _c("modifier", "Shipments began in late September.", P, "late September", "2023-09-01", "2023-09-30", "month", "late"),
    _c("modifier", "The parties will sign the deal before 2026.", P, "before 2026", None, "2025-12-31", "year", "before"),
    _c("modifier", "The company was founded around 2010.", P, "around 2010", "2010-01-01", "2010-12-31", "year", "approx"),
    _c("modifier", "The road will be repaired early next year.", P, "early next year", "2025-01-01", "2025-12-31", "year", "early"),
    _c("modifier", "Visa rules will change after 2025.", P, "after 2025", "2026-01-01", None, "year", "after"),
    # ---------------------------------------------------------------- open periods
    _c("open", "Since 2020, trade has tripled.", P, "Since 2020", "2020-01-01", None, "year", "since"),
    _c("open", "The regime has applied since March 2022.", P, "since March 2022", "2022-03-01", None, "month", "since"),
    _c("open", "The office has worked since 1 January 2019.", P, "since 1 January 2019", "2019-01-01", None, "day", "since"),
    _c("open", "Flights have been suspended since last year.", P, "since last year", "2023-01-01", None, "year", "since"),
    _c("open", "New tariffs apply from 1 July 2024.", P, "from 1 July 2024", "2024-07-01", None, "day", "since"),
    _c("open", "The moratorium stays in force until 31 December 2025.", P, "until 31 December 2025", None, "2025-12-31", "day", "until"),
    # ---------------------------------------------------------------- discourse anchoring
    _c("discourse", "Trade reached a record in 2023. In September, the sides signed a new roadmap.", P, "September", "2023-09-01", "2023-09-30", "month"),
    _c("discourse", "The first summit took place on 12 October 2022. On October 14, the ministers met again.", P, "October 14", "2022-10-14"),
    _c("discourse", "In 2019 the leaders launched the format. In March, they met in Astana.", P, "March", "2019-03-01", "2019-03-31", "month"),
    _c("discourse", "Talks began in 2021. In the second quarter, a draft was prepared.", P, "second quarter", "2021-04-01", "2021-06-30", "quarter"),
    _c("discourse", "In 2018 the leaders met in Astana. The next summit will be held in October.", P, "October", "2024-10-01", "2024-10-31", "month"),
    _c("discourse", "Last year the ministers signed a plan. In May, they agreed on tariffs.", P, "May", "2023-05-01", "2023-05-31", "month"),
    _c("discourse", "The road opened on 5 June 2023. On June 9, the first trucks crossed.", P, "June 9", "2023-06-09"),
    _c("discourse", "The council met in 2020. In the summer, it adopted a plan.", P, "summer", "2020-06-01", "2020-08-31", "season"),
    # ---------------------------------------------------------------- datelines
    _c("dateline", "ASTANA, April 29. /TASS/. The forum opened on Monday.", "2024-04-29", "April 29", "2024-04-29"),
    _c("dateline", "MOSCOW, Oct 12 (Reuters) - The ministers met in the capital.", "2022-10-12", "Oct 12", "2022-10-12"),
    _c("dateline", "12 October 2022, 14:30\nThe leaders met in Astana yesterday.", None, "yesterday", "2022-10-11"),
    _c("dateline", "BAKU, 12 October 2022 - The talks will continue tomorrow.", None, "tomorrow", "2022-10-13"),
    _c("dateline", "TASHKENT, May 3, 2023. The forum closed on Wednesday.", None, "Wednesday", "2023-05-03"),
    _c("dateline", "MINSK, March 1, 2024 (BelTA) - The premiers met last week.", None, "last week", "2024-02-19", "2024-02-25", "week"),
    _c("dateline", "ALMATY, 5 June 2023. /Kazinform/ The council will meet in September.", None, "September", "2023-09-01", "2023-09-30", "month"),
    # no publication date and no dateline: a full date in the opening lines is the day the news is told from
    _c("dateline", "On April 18, 2017, the vice premier met the president. He invited him to the forum this May.", None, "this May",
       "2017-05-01", "2017-05-31", "month"),
    # ---------------------------------------------------------------- no year known
    _c("no_year", "The talks were held on October 12.", None, "October 12", None, None, "day"),
    _c("no_year", "The ministers will meet in September.", None, "September", None, None, "month"),
    _c("no_year", "The envoy arrived yesterday.", None, "yesterday", None, None, "day"),
    _c("no_year", "The forum will open next week.", None, "next week", None, None, "week"),
    _c("no_year", "The road will open this summer.", None, "this summer", None, None, "season"),
    _c("no_year", "ASTANA, April 29. /TASS/. The forum opened today.", None, "April 29", None, None, "day"),
    # ---------------------------------------------------------------- written after the first version
    _c("explicit", "The ministers met on the sidelines on 3 July.", P, "3 July", "2024-07-03"),
    _c("range", "The commission will hold its next meeting on 15-16 August in Cholpon-Ata.", P, "15-16 August", "2024-08-15", "2024-08-16"),
    _c("range", "The sides will meet in Tashkent on July 10 and 11.", P, "July 10 and 11", "2024-07-10", "2024-07-11"),
    _c("modifier", "The programme runs through December 2025.", P, "through December 2025", None, "2025-12-31", "month", "until"),
    _c("modifier", "The drills are planned for the second half of September.", P, "the second half of September", "2024-09-01", "2024-09-30", "month", "late"),
    _c("modifier", "The plan was adopted at the end of last year.", P, "the end of last year", "2023-01-01", "2023-12-31", "year", "late"),
    _c("open", "Exports have grown steadily since the beginning of the year.", P, "since the beginning of the year", "2024-01-01", None, "year", "since"),
    _c("dateline", "SAMARKAND, September 16 (Xinhua) -- The leaders signed a declaration.", "2022-09-16", "September 16", "2022-09-16"),
    _c("relative", "The parties met earlier this month in Minsk.", P, "earlier this month", "2024-07-01", "2024-07-31", "month"),
    _c("explicit", "Putin and Tokayev met on 28 November.", P, "28 November", "2023-11-28"),
    _c("year", "Over 2,000 people attended the 2023 forum.", P, "2023", "2023-01-01", "2023-12-31", "year"),
    # ---------------------------------------------------------------- spec v1.1 section 5 and other real-news forms
    # ranges whose sides carry weekdays, and weekday ranges
    _c("range", "The exhibition ran from Monday, June 3, to Friday, June 7, in Tashkent.", "2024-06-10", "from Monday, June 3, to Friday, June 7", "2024-06-03", "2024-06-07"),
    _c("range", "Talks will be held between Tuesday, 10 September, and Thursday, 12 September.", "2024-09-01", "between Tuesday, 10 September, and Thursday, 12 September", "2024-09-10", "2024-09-12"),
    _c("range", "The drills will run from Sept. 10 to 16 near Orenburg.", "2024-09-02", "from Sept. 10 to 16", "2024-09-10", "2024-09-16"),
    _c("range", "The ministers will confer between 10 and 12 May in Baku.", "2025-04-20", "between 10 and 12 May", "2025-05-10", "2025-05-12"),
    _c("range", "The fair will be open from Tuesday to Thursday.", P, "from Tuesday to Thursday", "2024-07-09", "2024-07-11"),
    _c("range", "A trade mission stayed in Osh from Monday through Wednesday.", P, "from Monday through Wednesday", "2024-07-01", "2024-07-03"),
    _c("range", "The vote was moved from Monday, May 6, to Friday, May 10.", "2024-05-12", "Friday, May 10", "2024-05-10"),
    # known only by its end: start null, end that day, mod until
    _c("until", "The book fair ends on Saturday.", P, "ends on Saturday", None, "2024-07-06", "day", "until"),
    _c("until", "The congress will conclude on Friday with a plenary session.", P, "conclude on Friday", None, "2024-07-05", "day", "until"),
    _c("until", "The session wraps up on Thursday in Bishkek.", "2023-11-20", "wraps up on Thursday", None, "2023-11-23", "day", "until"),
    _c("until", "The exhibition closes on May 29.", "2025-05-14", "closes on May 29", None, "2025-05-29", "day", "until"),
    _c("until", "The festival runs until May 29.", "2025-05-14", "until May 29", None, "2025-05-29", "day", "until"),
    _c("until", "The games end tomorrow in Astana.", P, "end tomorrow", None, "2024-07-05", "day", "until"),
    _c("until", "The border crossing was closed on Monday for repairs.", P, "Monday", "2024-07-01"),
    # deadlines: start null, end the period's last day, mod before
    _c("deadline", "The president plans to visit the five capitals by late 2016.", "2016-03-01", "by late 2016", None, "2016-12-31", "year", "before"),
    _c("deadline", "The bridge should be finished by the end of 2027.", P, "by the end of 2027", None, "2027-12-31", "year", "before"),
    _c("deadline", "The road will be repaired by the end of the year.", P, "by the end of the year", None, "2024-12-31", "year", "before"),
    _c("deadline", "The terminal is to be ready by early 2026.", P, "by early 2026", None, "2026-12-31", "year", "before"),
    _c("deadline", "Both sides must ratify the text by the end of September.", P, "by the end of September", None, "2024-09-30", "month", "before"),
    # the next N units: from the publication's unit to the last one named
    _c("next_n", "The two presidents will meet in the next two or three months.", "2017-02-01", "the next two or three months", "2017-02-01", "2017-04-30", "month", "approx"),
    _c("next_n", "The treaty is to be ratified within the next three months.", P, "the next three months", "2024-07-01", "2024-09-30", "month", "approx"),
    _c("next_n", "The bank will invest in ten projects over the next five years.", P, "the next five years", "2024-01-01", "2028-12-31", "year", "approx"),
    _c("next_n", "A reply is expected in the coming two weeks.", P, "the coming two weeks", "2024-07-01", "2024-07-14", "week", "approx"),
    # the same day, the next day: from the last day told
    _c("anaphora", "The summit was held on 12-13 October 2022. On the same day, the ministers signed a plan.", P, "the same day", "2022-10-12"),
    _c("anaphora", "The delegation arrived on May 16-17, 2023. The following day, it left for Osh.", P, "The following day", "2023-05-18"),
    _c("anaphora", "The premiers met in Minsk on 2 March 2023 and praised trade in 2022. The same day, they visited a plant.", P, "The same day", "2023-03-02"),
    _c("anaphora", "The premiers met in Minsk on 2 March 2023 and praised trade in 2022. The next day, they flew home.", P, "The next day", "2023-03-03"),
    _c("anaphora", "The president arrived in Baku on Monday. Later that day he met the prime minister.", P, "Later that day", "2024-07-01"),
    # earlier this year/month/week: that unit, no mod
    _c("relative", "Earlier this year the minister visited Astana.", "2011-11-21", "Earlier this year", "2011-01-01", "2011-12-31", "year"),
    _c("relative", "The sides met earlier this week in Baku.", "2023-11-20", "earlier this week", "2023-11-20", "2023-11-26", "week"),
    _c("relative", "A road map was agreed earlier this month.", P, "earlier this month", "2024-07-01", "2024-07-31", "month"),
    # a bare month before an event noun, after a possessive or article
    _c("attributive", "The talks built on his February visit to Ankara.", "2012-03-25", "February", "2012-02-01", "2012-02-29", "month"),
    _c("attributive", "Leaders will gather for the June summit in Astana.", "2012-03-25", "June", "2012-06-01", "2012-06-30", "month"),
    # "mid- 2014": a space after the hyphen
    _c("modifier", "Ashgabat will host the next trilateral meeting in mid- 2014.", "2014-05-26", "mid- 2014", "2014-01-01", "2014-12-31", "year", "mid"),
    _c("modifier", "The talks are planned for mid- July.", P, "mid- July", "2024-07-01", "2024-07-31", "month", "mid"),
    _c("modifier", "Construction will start in early- 2025.", P, "early- 2025", "2025-01-01", "2025-12-31", "year", "early"),
    # a month with "last/next/this year" after it
    _c("month", "The first session was held in February last year in Ankara.", "2021-10-25", "February last year", "2020-02-01", "2020-02-29", "month"),
    _c("month", "The envoy will return in March next year.", P, "March next year", "2025-03-01", "2025-03-31", "month"),
    _c("explicit", "The plant opened on 5 May last year.", P, "5 May last year", "2023-05-05"),
    # a purpose infinitive governs the date after it
    _c("tense", "The president invited the leaders to attend the forum in June.", "2024-03-10", "June", "2024-06-01", "2024-06-30", "month"),
    _c("tense", "The first round took place in September 2016. The minister proposed to hold the next round on November 12.", "2021-03-31", "November 12", "2021-11-12"),
    _c("tense", "The first round took place in September 2016. The minister proposed to hold the next round on November 12 and invited his counterparts to come.", "2021-03-31", "November 12", "2021-11-12"),
    _c("tense", "The leaders agreed to take part in the congress, which was held in June.", "2024-03-10", "June", "2023-06-01", "2023-06-30", "month"),
    _c("tense", "The premier flew to Kazan to attend the fair in May.", P, "May", "2024-05-01", "2024-05-31", "month"),
    # a bare month right after an event noun, with no verb after it: the event's own time, the nearest such month
    _c("tense", "The envoys met in Tashkent on Monday and agreed the agenda of the summit in July.", "2024-05-15", "July", "2024-07-01", "2024-07-31", "month"),
    _c("tense", "The envoys met in Tashkent on Monday and reviewed the results of the summit in March.", "2024-05-15", "March", "2024-03-01", "2024-03-31", "month"),
    _c("tense", "The ministers said the summit in July was a success.", "2024-05-15", "July", "2023-07-01", "2023-07-31", "month"),
    # a bare month after "on", closed by punctuation: the month ("a summit on June, where ...")
    _c("tense", "The visit follows a summit in Astana on June, where the leaders signed a treaty.", "2025-11-17", "June", "2025-06-01", "2025-06-30", "month"),
    _n("The talks on May result in a deal on trade.", "May"),
    # "the next" after a past verb: the round after the last one, held ("held the next consultations")
    _c("tense", "The deputy ministers held the next round of consultations in Ankara on June 10.", "2021-06-11", "June 10", "2021-06-10"),
    _c("tense", "The deputy ministers will hold the next round of consultations in Ankara on June 10.", "2021-06-01", "June 10", "2021-06-10"),
    # "was to" + verb: a plan told in the past; its day is the nearest one, either side of the publication
    _c("tense", "The president was to visit Mongolia on September 10 to attend a trade fair.", "2024-08-30", "September 10", "2024-09-10"),
    _c("tense", "The ministers were to meet on March 3, but the talks were called off.", "2024-08-30", "March 3", "2024-03-03"),
    # a short quoted title tells no tense: "Next Step" is no future
    _c("tense", 'The presidents signed the Joint Declaration "Next Step in the Partnership" on Thursday.', "2022-03-04", "Thursday", "2022-03-03"),
    _c("tense", 'The forum "Towards the Next Decade" opened in Astana on Monday.', "2024-06-12", "Monday", "2024-06-10"),
    _c("tense", "The ministers discussed the preparation of the summit in Astana in July.", "2024-05-10", "July", "2024-07-01", "2024-07-31", "month"),
    _c("tense", "Foreign ministers met in Almaty on Monday to prepare for the summit.", P, "Monday", "2024-07-01"),
    _c("tense", "The premier will attend a session of the council (CIS) held in Minsk from Nov. 2 to 6.", "2007-10-30", "from Nov. 2 to 6", "2007-11-02", "2007-11-06"),
    # a weekday in a relative clause takes its own clause's tense
    _c("tense", "The forum, which opened on Monday, will run until Friday.", P, "Monday", "2024-07-01"),
    _c("tense", "The forum, which opened on Monday, will run until Friday.", P, "until Friday", None, "2024-07-05", "day", "until"),
    _c("tense", "The fair that opened on Monday will close on Sunday.", P, "Monday", "2024-07-01"),
    _c("tense", "The fair that opened on Monday will close on Sunday.", P, "close on Sunday", None, "2024-07-07", "day", "until"),
    _c("tense", "The ministers who will meet on Monday held talks on Tuesday.", P, "Monday", "2024-07-08"),
    _c("tense", "The ministers who will meet on Monday held talks on Tuesday.", P, "Tuesday", "2024-07-02"),
    _c("tense", "Officials who met on Monday will meet again on Friday.", P, "Monday", "2024-07-01"),
    _c("tense", "Officials who met on Monday will meet again on Friday.", P, "Friday", "2024-07-05"),
    _c("tense", "The ministry said on Monday that the talks will go on.", P, "Monday", "2024-07-01"),
    _c("tense", "The envoys continued to hold talks in May.", P, "May", "2024-05-01", "2024-05-31", "month"),
    _c("tense", "The talks will be held between Monday and Wednesday.", P, "between Monday and Wednesday", "2024-07-08", "2024-07-10"),
    _c("until", "The exhibition closed on Wednesday in Almaty.", P, "Wednesday", "2024-07-03"),
    # a date broken over two lines
    _c("explicit", "The summit was held on March\n4, 2021 in Tashkent.", P, "March\n4, 2021", "2021-03-04"),
    _c("explicit", "The meeting was held on March 1,\n2017 in Islamabad.", P, "March 1,\n2017", "2017-03-01"),
    # ---------------------------------------------------------------- negatives
    _n("The ceremony marked the 30th anniversary of the initiative.", "30th anniversary"),
    _n("The leaders praised 20 years of cooperation.", "20 years"),
    _n("The leaders may meet again soon.", "may"),
    _n("The ministers discussed the 2021-2023 concept of partnership.", "2021-2023"),
    _n("The sides may sign the document later.", "may"),
    _n("Former prime minister Theresa May visited the capital.", "May"),
    _n("Thousands joined the March for Peace in the city centre.", "March"),
    _n("The envoy referred to Resolution 2758 of the General Assembly.", "2758"),
    _n("Ministers met in the C5+1 format.", "C5+1"),
    _n("The countries agreed on a 10-year partnership.", "10-year"),
    _n("The ministers sat at the round table.", "sat"),
    _n("The Sun reported on the visit.", "Sun"),
    _n("The forum brought together 1,200 delegates.", "1,200"),
    _n("The bank lent 2500 million dollars.", "2500"),
    _n("The delegation included 150 experts from 12 countries.", "12 countries"),
    _n("The Astana process has many observers.", "Astana"),
    _n("The sides signed the Kazakhstan 2050 Strategy annex.", "2050"),
    _n("May God bless the friendship of our nations, he said.", "May"),
    _n("The fall in prices worried the ministers.", "fall"),
    _n("The Arab Spring changed the region.", "Spring"),
    _n("About 3 percent of trade goes by rail.", "3 percent"),
    _n("The ministry issued Order No. 2021 on customs.", "2021"),
    _n("Rail freight grew 15 percent in the period.", "15 percent"),
    _n("The talks ended in June\n\n12 ministers took part.", "12 ministers"),
    _n("The state visit comes 16 years after the previous one, which took place in 2008.", "16 years after"),
    _n("The summit opened three years after the founding of the bloc.", "three years after"),
]

CATEGORIES = sorted({c.category for c in CASES})
