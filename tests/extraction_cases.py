"""Issue #6: short news texts written for these tests, with the exact records the spec expects.

Every text here is our own, written in the manner of agency news (TASS, Kazinform, Xinhua,
Trend, AKIpress, UzA, BelTA...); none is copied from an article or from the corpus.
Expectations follow ``spec/EVENTS.md``, not what the extractor happens to give.

A record is written as :class:`Rec`, a compact normalized form that
``tests/test_extraction_cases.py`` compares with the extractor's output:

- ``parts``: ``"kind:id:role"`` strings, id = alpha-3 code for a country, the fullest name
  in the text for a person, the canonical id for an organization (docs/outputs.md uses the
  same form).
- ``place``: ``"City/CCC"``, or ``"/CCC"`` for a country without a city; None for no place.
- ``date``: ``"2024-07-04"`` (one day), ``"2024-07-03/2024-07-04"`` (a range of days), or
  ``(start, end, granularity)``; None for no date.
- ``name``: the canonical name, or a tuple of acceptable spellings (the first is canonical;
  the spec's "canonical short form" allows "24th SCO Summit" for "the 24th Summit of the
  Shanghai Cooperation Organization"). Names are compared case-insensitively, without
  articles, quotes and ordinals (the edition is its own field).
- ``evidence``: snippets of the text that must each lie in an evidence span of one and the
  same record (the merging cases: several sentences, one record).

Conventions where the spec leaves room, applied to every case alike:

- Summit: the state where it takes place is a ``host`` country; a person who "chairs" or
  "presides over" it is ``chair``; a person the text calls the host is ``host``; other
  leaders attending are ``participant``. Going to a summit is no Visit.
- Visit: the traveller is ``visitor`` (a country when only "an Iranian delegation" travels),
  the visited state is the ``host`` country.
- Meeting: "A received B" gives A ``host`` and B ``participant``; "met with" and "held talks"
  give both ``participant``. No host country is added for a meeting.
- Forum: ``speaker`` for one who addresses it, ``organizer`` for "organized by", else
  ``participant``. No host country is added for a forum.
- Signings: states or bodies named as sides are ``party``; named persons who sign are
  ``signatory``, and the states they sign for are parties (as the development set annotates;
  ministries, regions and companies that sign are parties without their state); documents
  "the two leaders" or "the sides" sign after talks or during a visit have the states of
  those talks or that visit as parties.
- Reporting sources ("the Kremlin said", "a spokesman told a briefing") are not participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CASES", "Case", "Rec"]


@dataclass(frozen=True)
class Rec:
    """One expected record in compact form (see the module docstring)."""

    type: str
    name: str | tuple[str, ...] | None = None
    edition: int | None = None
    orgs: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    place: str | None = None
    date: str | tuple[str | None, str | None, str] | None = None
    status: str = "past"
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    """A text, its publication date and the records it must give (in any order)."""

    id: str
    covers: str
    text: str
    published: str | None
    expected: tuple[Rec, ...] = field(default_factory=tuple)


def _c(id: str, covers: str, published: str | None, text: str, *expected: Rec) -> Case:
    return Case(id=id, covers=covers, text=text.strip("\n"), published=published, expected=tuple(expected))


CASES: list[Case] = [
    # ------------------------------------------------------------------ Summit
    _c(
        "summit_sco_24th_merge",
        "Summit; '24th' edition; chair via 'under the chairmanship of'; Council of Heads of State "
        "restates the summit; adopting a declaration is no signing; three sentences, one record",
        "2024-07-04",
        """
ASTANA, July 4 (Kazinform) - The 24th Summit of the Shanghai Cooperation Organization was held in Astana on Thursday under the chairmanship of Kazakh President Kassym-Jomart Tokayev.

Chinese President Xi Jinping, Russian President Vladimir Putin and Pakistani Prime Minister Shehbaz Sharif took part in the meeting of the SCO Council of Heads of State at the Independence Palace.

At the summit, the leaders discussed transport connectivity and security in Afghanistan. They adopted the Astana Declaration and approved the organization's development strategy until 2035.
""",
        Rec(
            "Summit", ("24th SCO Summit", "24th Summit of the Shanghai Cooperation Organization"), 24, ("SCO",),
            ("country:KAZ:host", "person:Kassym-Jomart Tokayev:chair", "person:Xi Jinping:participant",
             "person:Vladimir Putin:participant", "person:Shehbaz Sharif:participant"),
            "Astana/KAZ", "2024-07-04", "past",
            evidence=("The 24th Summit", "SCO Council of Heads of State", "At the summit"),
        ),
    ),
    _c(
        "summit_brics_roman_ongoing",
        "Summit; Roman 'XVI' edition; 'opened ... on Wednesday' + 'will continue until' = ongoing range; "
        "'hosted by Russia'; a Kremlin aide quoted is no participant",
        "2024-10-23",
        """
KAZAN, October 23 (TASS) - The XVI BRICS Summit opened in Kazan on Wednesday under the chairmanship of Russian President Vladimir Putin.

Chinese President Xi Jinping, Indian Prime Minister Narendra Modi and Iranian President Masoud Pezeshkian are among the leaders attending the summit, which will continue until October 24.

The summit is the largest foreign policy event hosted by Russia this year, Kremlin aide Yury Ushakov told reporters.
""",
        Rec(
            "Summit", "XVI BRICS Summit", 16, ("BRICS",),
            ("country:RUS:host", "person:Vladimir Putin:chair", "person:Xi Jinping:participant",
             "person:Narendra Modi:participant", "person:Masoud Pezeshkian:participant"),
            "Kazan/RUS", "2024-10-23/2024-10-24", "ongoing",
            evidence=("XVI BRICS Summit opened", "attending the summit", "largest foreign policy event"),
        ),
    ),
    _c(
        "summit_eco_word_edition",
        "Summit; edition from the word 'sixteenth'; 'hosted by Uzbekistan'; delegations named "
        "without persons are country participants",
        "2023-11-09",
        """
TASHKENT, November 9 (Trend) - The sixteenth ECO Summit, hosted by Uzbekistan, took place in Tashkent on Thursday.

Azerbaijani President Ilham Aliyev, Turkish President Recep Tayyip Erdogan and Iranian President Ebrahim Raisi participated in the summit of the Economic Cooperation Organization, along with delegations of Afghanistan and Pakistan.
""",
        Rec(
            "Summit", ("ECO Summit", "Summit of the Economic Cooperation Organization"), 16, ("ECO",),
            ("country:UZB:host", "person:Ilham Aliyev:participant", "person:Recep Tayyip Erdogan:participant",
             "person:Ebrahim Raisi:participant", "country:AFG:participant", "country:PAK:participant"),
            "Tashkent/UZB", "2023-11-09", "past",
            evidence=("sixteenth ECO Summit", "participated in the summit"),
        ),
    ),
    _c(
        "summit_intergovernmental_council_documents",
        "Summit = intergovernmental council of prime ministers; 'chaired by'; a general 'package of "
        "documents was signed' is one AgreementSigned in the council's framework",
        "2024-06-04",
        """
MINSK, June 4 (BelTA) - A meeting of the Eurasian Intergovernmental Council took place in Minsk on Tuesday, chaired by Belarusian Prime Minister Roman Golovchenko.

Russian Prime Minister Mikhail Mishustin, Kazakh Prime Minister Olzhas Bektenov and the heads of government of the other EAEU member states discussed the creation of a common electricity market.

A package of documents was signed following the session of the council.
""",
        Rec(
            "Summit", "Eurasian Intergovernmental Council", None, ("EAEU",),
            ("country:BLR:host", "person:Roman Golovchenko:chair", "person:Mikhail Mishustin:participant",
             "person:Olzhas Bektenov:participant"),
            "Minsk/BLR", "2024-06-04", "past",
        ),
        Rec("AgreementSigned", None, None, ("EAEU",), (), "Minsk/BLR", "2024-06-04", "past"),
    ),
    _c(
        "summit_cis_council_planned",
        "Summit = Council of Heads of State; 'will be held ... on October 8' = planned; the spokesman is no participant",
        "2024-09-20",
        """
MOSCOW, September 20 (Interfax) - The next meeting of the CIS Council of Heads of State will be held in Moscow on October 8, Kremlin spokesman Dmitry Peskov said on Friday.
""",
        Rec(
            "Summit", ("CIS Council of Heads of State", "Council of CIS Heads of State"), None, ("CIS",),
            ("country:RUS:host",), "Moscow/RUS", "2024-10-08", "planned",
        ),
    ),
    _c(
        "summit_named_bilateral_planned",
        "Named multilateral summit; 'second' edition; planned range; 'is expected to attend' = participant",
        "2025-05-20",
        """
ASTANA, May 20 (Kazinform) - The second Central Asia-China Summit will take place in Astana on June 16-17, Kazakh Foreign Ministry spokesman Aibek Smadiyarov told a briefing on Tuesday. Chinese President Xi Jinping is expected to attend the summit, he said.
""",
        Rec(
            "Summit", "Central Asia-China Summit", 2, (),
            ("country:KAZ:host", "person:Xi Jinping:participant"),
            "Astana/KAZ", "2025-06-16/2025-06-17", "planned",
        ),
    ),
    _c(
        "summit_consultative_meeting_no_visit",
        "Summit that the text calls a summit; 'sixth' edition; 'arrived in the Kazakh capital for the "
        "summit' is no Visit; 'Presidents X of Kyrgyzstan, Y of Tajikistan' list",
        "2024-08-09",
        """
ASTANA, August 9 (Kazinform) - The sixth Consultative Meeting of the Heads of State of Central Asia was held in Astana on Friday.

Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan, Serdar Berdimuhamedov of Turkmenistan and Shavkat Mirziyoyev of Uzbekistan arrived in the Kazakh capital for the summit, which was chaired by President Kassym-Jomart Tokayev.

Azerbaijani President Ilham Aliyev attended the summit as a guest of honour.
""",
        Rec(
            "Summit", "Consultative Meeting of the Heads of State of Central Asia", 6, (),
            ("country:KAZ:host", "person:Kassym-Jomart Tokayev:chair", "person:Sadyr Japarov:participant",
             "person:Emomali Rahmon:participant", "person:Serdar Berdimuhamedov:participant",
             "person:Shavkat Mirziyoyev:participant", "person:Ilham Aliyev:participant"),
            "Astana/KAZ", "2024-08-09", "past",
            evidence=("sixth Consultative Meeting", "for the summit", "attended the summit"),
        ),
    ),
    _c(
        "summit_ots_host_person_expected_declaration",
        "Summit ongoing ('opened ... on Saturday', 'are taking part'); person named 'the host of the "
        "summit'; four sentences, one record; 'are expected to sign the Shusha Declaration' = planned "
        "named AgreementSigned inheriting the summit's date and place",
        "2024-07-06",
        """
SHUSHA, July 6 (AZERTAC) - The Informal Summit of the Organization of Turkic States opened in Shusha on Saturday.

Azerbaijani President Ilham Aliyev, the host of the summit, welcomed the heads of state at the Garabagh Hotel.

Turkish President Recep Tayyip Erdogan, Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev are taking part in the event.

At the end of the summit, the leaders are expected to sign the Shusha Declaration.
""",
        Rec(
            "Summit", ("Informal OTS Summit", "Informal Summit of the Organization of Turkic States", "Informal Summit of the OTS",
             "OTS Informal Summit"),
            None, ("OTS",),
            ("country:AZE:host", "person:Ilham Aliyev:host", "person:Recep Tayyip Erdogan:participant",
             "person:Kassym-Jomart Tokayev:participant", "person:Sadyr Japarov:participant",
             "person:Shavkat Mirziyoyev:participant"),
            "Shusha/AZE", "2024-07-06", "ongoing",
            evidence=("Informal Summit", "the host of the summit", "taking part in the event"),
        ),
        Rec(
            "AgreementSigned", "Shusha Declaration", None, ("OTS",),
            ("person:Ilham Aliyev:signatory", "person:Recep Tayyip Erdogan:signatory", "person:Kassym-Jomart Tokayev:signatory",
             "person:Sadyr Japarov:signatory", "person:Shavkat Mirziyoyev:signatory", "country:AZE:party", "country:TUR:party",
             "country:KAZ:party", "country:KGZ:party", "country:UZB:party"),
            "Shusha/AZE", "2024-07-06", "planned",
        ),
    ),
    _c(
        "summit_supreme_state_council_same_day_planned",
        "Summit = bilateral Supreme State Council; same-day event in future tense = planned; a treaty "
        "to be signed during it = planned AgreementSigned with signatories, no capitalised title",
        "2024-12-06",
        """
MINSK, December 6 (BelTA) - A meeting of the Supreme State Council of the Union State of Russia and Belarus will be held in Minsk on Friday, the press service of the Belarusian leader said.

Presidents Alexander Lukashenko and Vladimir Putin will sign a treaty on security guarantees within the Union State during the meeting.
""",
        Rec(
            "Summit", ("Supreme State Council", "Supreme State Council of the Union State", "Union State Supreme State Council"), None, ("Union State",),
            ("country:BLR:host", "person:Alexander Lukashenko:participant", "person:Vladimir Putin:participant"),
            "Minsk/BLR", "2024-12-06", "planned",
        ),
        Rec(
            "AgreementSigned", None, None, ("Union State",),
            ("person:Alexander Lukashenko:signatory", "person:Vladimir Putin:signatory", "country:BLR:party", "country:RUS:party"),
            "Minsk/BLR", "2024-12-06", "planned",
        ),
    ),
    _c(
        "summit_csto_council_negated_participant",
        "Summit = CSTO Collective Security Council; 'presided over' = chair; 'talks' inside the summit "
        "are the summit; a state that 'did not send a delegation' is no participant",
        "2024-11-28",
        """
ASTANA, November 28 (Kazinform) - A session of the CSTO Collective Security Council was held in Astana on Thursday.

Kazakh President Kassym-Jomart Tokayev presided over the session in narrow and extended formats. Russian President Vladimir Putin and Belarusian President Alexander Lukashenko took part in the talks.

Armenia, which has frozen its participation in the bloc, did not send a delegation to the session.
""",
        Rec(
            "Summit", ("CSTO Collective Security Council", "Collective Security Council"), None, ("CSTO",),
            ("country:KAZ:host", "person:Kassym-Jomart Tokayev:chair", "person:Vladimir Putin:participant",
             "person:Alexander Lukashenko:participant"),
            "Astana/KAZ", "2024-11-28", "past",
        ),
    ),
    _c(
        "summit_asean_gcc_two_summits",
        "Two named summits in one text (ASEAN-GCC, ASEAN-GCC-China), each its own record; two "
        "organizations; editions 'second' and 'first'; Gulf leaders",
        "2025-05-27",
        """
KUALA LUMPUR, May 27 (Bernama) - The second ASEAN-GCC Summit was held in Kuala Lumpur on Tuesday, chaired by Malaysian Prime Minister Anwar Ibrahim.

Qatari Emir Tamim bin Hamad Al Thani and Kuwaiti Crown Prince Sabah Al-Khalid Al-Sabah were among the Gulf leaders at the summit.

Later on Tuesday, Kuala Lumpur also hosted the first ASEAN-GCC-China Summit, attended by Chinese Premier Li Qiang.
""",
        Rec(
            "Summit", "ASEAN-GCC Summit", 2, ("ASEAN", "GCC"),
            ("country:MYS:host", "person:Anwar Ibrahim:chair", "person:Tamim bin Hamad Al Thani:participant",
             "person:Sabah Al-Khalid Al-Sabah:participant"),
            "Kuala Lumpur/MYS", "2025-05-27", "past",
        ),
        Rec(
            "Summit", "ASEAN-GCC-China Summit", 1, ("ASEAN", "GCC"),
            ("country:MYS:host", "person:Li Qiang:participant"),
            "Kuala Lumpur/MYS", "2025-05-27", "past",
        ),
    ),
    # ------------------------------------------------------------------ Visit
    _c(
        "visit_state_beijing_talks_statement_expo",
        "State visit 'arrived in ... for a state visit' (ongoing range); talks 'later in the day' = "
        "Meeting; joint statement signed by 'the two heads of state'; a planned expo with '8th' edition",
        "2024-05-16",
        """
BEIJING, May 16 (Xinhua) - Russian President Vladimir Putin arrived in Beijing early on Thursday for a state visit to China on May 16-17.

Chinese President Xi Jinping held talks with Putin at the Great Hall of the People later in the day.

Following the talks, the two heads of state signed a joint statement on deepening the comprehensive strategic partnership of coordination for a new era.

On Friday, Putin will attend the opening of the 8th Russia-China Expo in Harbin.
""",
        Rec(
            "Visit", None, None, (), ("person:Vladimir Putin:visitor", "country:CHN:host"),
            "Beijing/CHN", "2024-05-16/2024-05-17", "ongoing",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Xi Jinping:participant", "person:Vladimir Putin:participant"),
            "Beijing/CHN", "2024-05-16", "past",
        ),
        Rec(
            "AgreementSigned", None, None, (),
            ("person:Xi Jinping:signatory", "person:Vladimir Putin:signatory", "country:CHN:party", "country:RUS:party"),
            "Beijing/CHN", "2024-05-16", "past",
        ),
        Rec(
            "Forum", "Russia-China Expo", 8, (), ("person:Vladimir Putin:participant",),
            "Harbin/CHN", "2024-05-17", "planned",
        ),
    ),
    _c(
        "visit_official_received_by_documents",
        "Official visit 'is paying' = ongoing; passive 'was received by X' = X host; 'a number of "
        "documents were signed' = one AgreementSigned",
        "2024-11-12",
        """
ABU DHABI, November 12 (WAM) - Turkmen President Serdar Berdimuhamedov, who is paying an official visit to the United Arab Emirates, was received by UAE President Mohamed bin Zayed Al Nahyan at Qasr Al Watan in Abu Dhabi on Tuesday.

The two presidents discussed cooperation in energy, transport and investment. A number of documents were signed following the talks.
""",
        Rec(
            "Visit", None, None, (), ("person:Serdar Berdimuhamedov:visitor", "country:ARE:host"),
            "Abu Dhabi/ARE", "2024-11-12", "ongoing",
        ),
        Rec(
            "Meeting", None, None, (),
            ("person:Mohamed bin Zayed Al Nahyan:host", "person:Serdar Berdimuhamedov:participant"),
            "Abu Dhabi/ARE", "2024-11-12", "past",
        ),
        Rec("AgreementSigned", None, None, (), ("country:TKM:party", "country:ARE:party"), "Abu Dhabi/ARE", "2024-11-12", "past"),
    ),
    _c(
        "visit_working_with_planned_council",
        "Working visit 'is on a working visit to Moscow' = ongoing, dated by the publication day; "
        "the dateline city is not the place; the Supreme Eurasian Economic Council on Wednesday = planned Summit",
        "2024-05-07",
        """
YEREVAN, May 7 (Armenpress) - Armenian Prime Minister Nikol Pashinyan is on a working visit to Moscow, where he will take part in a meeting of the Supreme Eurasian Economic Council on Wednesday, the government press service said.
""",
        Rec(
            "Visit", None, None, (), ("person:Nikol Pashinyan:visitor", "country:RUS:host"),
            "Moscow/RUS", "2024-05-07", "ongoing",
        ),
        Rec(
            "Summit", "Supreme Eurasian Economic Council", None, ("EAEU",),
            ("country:RUS:host", "person:Nikol Pashinyan:participant"),
            "Moscow/RUS", "2024-05-08", "planned",
        ),
    ),
    _c(
        "visit_visited_with_talks_and_count",
        "'visited Dushanbe on January 15-16'; 'his first trip' restates the visit; 'During the visit' "
        "talks inherit the visit's dates; '23 cooperation documents' = one AgreementSigned with parties",
        "2025-01-16",
        """
DUSHANBE, January 16 (Asia-Plus) - Iranian President Masoud Pezeshkian visited Dushanbe on January 15-16, his first trip to Central Asia since taking office.

During the visit, Pezeshkian held talks with Tajik President Emomali Rahmon, and Iran and Tajikistan signed 23 cooperation documents.
""",
        Rec(
            "Visit", None, None, (), ("person:Masoud Pezeshkian:visitor", "country:TJK:host"),
            "Dushanbe/TJK", "2025-01-15/2025-01-16", "past",
            evidence=("visited Dushanbe", "During the visit"),
        ),
        Rec(
            "Meeting", None, None, (), ("person:Masoud Pezeshkian:participant", "person:Emomali Rahmon:participant"),
            "Dushanbe/TJK", "2025-01-15/2025-01-16", "past",
        ),
        Rec(
            "AgreementSigned", None, None, (), ("country:IRN:party", "country:TJK:party"),
            "Dushanbe/TJK", "2025-01-15/2025-01-16", "past",
        ),
    ),
    _c(
        "visit_delegation_country_visitor",
        "A delegation with no person named: the country is the visitor; the reporting ministry is no participant",
        "2024-10-17",
        """
ASHGABAT, October 17 (Trend) - An Iranian government delegation paid a working visit to Ashgabat on October 15-16 to discuss the expansion of rail freight through the Sarakhs border crossing, Turkmenistan's Foreign Ministry said.
""",
        Rec(
            "Visit", None, None, (), ("country:IRN:visitor", "country:TKM:host"),
            "Ashgabat/TKM", "2024-10-15/2024-10-16", "past",
        ),
    ),
    _c(
        "visit_arrived_today_until",
        "'arrived in Almaty today on an official visit' + 'will last until Wednesday' = ongoing range",
        "2025-09-01",
        """
ALMATY, September 1 (Kazinform) - Chinese Premier Li Qiang arrived in Almaty today on an official visit to Kazakhstan. The visit will last until Wednesday, the Kazakh government's press office said.
""",
        Rec(
            "Visit", None, None, (), ("person:Li Qiang:visitor", "country:KAZ:host"),
            "Almaty/KAZ", "2025-09-01/2025-09-03", "ongoing",
            evidence=("arrived in Almaty", "The visit will last"),
        ),
    ),
    _c(
        "visit_one_visit_three_meetings",
        "Splitting: a working visit with three separate talks = one Visit and three Meetings; "
        "'was received by' = host; 'his Azerbaijani counterpart'; 'Speaker of the Milli Majlis' title",
        "2024-04-16",
        """
BAKU, April 16 (Trend) - Kazakh Foreign Minister Murat Nurtleu paid a working visit to Baku on Tuesday.

During the visit, Nurtleu was received by Azerbaijani President Ilham Aliyev. The sides discussed the development of the Trans-Caspian International Transport Route.

The Kazakh minister also held talks with his Azerbaijani counterpart Jeyhun Bayramov on cooperation in the Caspian region.

Later, Nurtleu met with Speaker of the Milli Majlis Sahiba Gafarova to discuss inter-parliamentary ties.
""",
        Rec(
            "Visit", None, None, (), ("person:Murat Nurtleu:visitor", "country:AZE:host"),
            "Baku/AZE", "2024-04-16", "past",
            evidence=("paid a working visit", "During the visit"),
        ),
        Rec(
            "Meeting", None, None, (), ("person:Ilham Aliyev:host", "person:Murat Nurtleu:participant"),
            "Baku/AZE", "2024-04-16", "past",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Murat Nurtleu:participant", "person:Jeyhun Bayramov:participant"),
            "Baku/AZE", "2024-04-16", "past",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Murat Nurtleu:participant", "person:Sahiba Gafarova:participant"),
            "Baku/AZE", "2024-04-16", "past",
        ),
    ),
    _c(
        "visit_planned_month",
        "'will pay an official visit to Turkmenistan in September' = planned, month granularity, country-only place",
        "2025-08-14",
        """
ASHGABAT, August 14 (Turkmenportal) - Turkish President Recep Tayyip Erdogan will pay an official visit to Turkmenistan in September, Turkmen Foreign Minister Rashid Meredov told reporters on Thursday.
""",
        Rec(
            "Visit", None, None, (), ("person:Recep Tayyip Erdogan:visitor", "country:TKM:host"),
            "/TKM", ("2025-09-01", "2025-09-30", "month"), "planned",
        ),
    ),
    _c(
        "visit_began_monday_ongoing",
        "A visit known only by the day it began ('which began on Monday', 'continues') = that day, ongoing",
        "2024-06-12",
        """
BISHKEK, June 12 (AKIpress) - The state visit of Mongolian President Ukhnaagiin Khurelsukh to Kyrgyzstan, which began on Monday, continues in Bishkek. On Wednesday, the Mongolian leader laid a wreath at the Ata-Beyit memorial complex.
""",
        Rec(
            "Visit", None, None, (), ("person:Ukhnaagiin Khurelsukh:visitor", "country:KGZ:host"),
            "Bishkek/KGZ", "2024-06-10", "ongoing",
        ),
    ),
    _c(
        "visit_trip_with_talks_and_mou",
        "'trip to Baku on July 11-12' = Visit; talks and an MoU 'during the trip' inherit its dates; "
        "the dateline (Islamabad) is not the place",
        "2024-07-13",
        """
ISLAMABAD, July 13 (APP) - Prime Minister Shehbaz Sharif returned home on Saturday after a trip to Baku on July 11-12, during which he held talks with Azerbaijani President Ilham Aliyev.

Pakistan and Azerbaijan signed a memorandum of understanding on cooperation in the oil and gas sector during the trip.
""",
        Rec(
            "Visit", None, None, (), ("person:Shehbaz Sharif:visitor", "country:AZE:host"),
            "Baku/AZE", "2024-07-11/2024-07-12", "past",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Shehbaz Sharif:participant", "person:Ilham Aliyev:participant"),
            "Baku/AZE", "2024-07-11/2024-07-12", "past",
        ),
        Rec(
            "MemorandumSigned", None, None, (), ("country:PAK:party", "country:AZE:party"),
            "Baku/AZE", "2024-07-11/2024-07-12", "past",
        ),
    ),
    _c(
        "visit_planned_with_expected_mou",
        "Planned state visit with a range; 'is expected to be signed ... during the visit' = planned "
        "MemorandumSigned inheriting the visit's dates and place; a company as party",
        "2024-05-20",
        """
TASHKENT, May 20 (UzA) - Russian President Vladimir Putin will pay a state visit to Uzbekistan on May 26-27, the press service of the Uzbek leader said.

A memorandum on the construction of a small nuclear power plant is expected to be signed between Uzbekistan and Russia's state corporation Rosatom during the visit.
""",
        Rec(
            "Visit", None, None, (), ("person:Vladimir Putin:visitor", "country:UZB:host"),
            "/UZB", "2024-05-26/2024-05-27", "planned",
        ),
        Rec(
            "MemorandumSigned", None, None, (), ("country:UZB:party", "organization:Rosatom:party"),
            "/UZB", "2024-05-26/2024-05-27", "planned",
        ),
    ),
    _c(
        "visit_current_and_past_in_passing",
        "Two visits: today's official visit (ongoing) restated as 'his second trip', and an earlier "
        "one 'to Kazan in February' (past, month)",
        "2024-09-03",
        """
MOSCOW, September 3 (AKIpress) - Kyrgyz President Sadyr Japarov arrived in Moscow on Tuesday on an official visit. It is his second trip to Russia this year, following his visit to Kazan in February.
""",
        Rec(
            "Visit", None, None, (), ("person:Sadyr Japarov:visitor", "country:RUS:host"),
            "Moscow/RUS", "2024-09-03", "ongoing",
        ),
        Rec(
            "Visit", None, None, (), ("person:Sadyr Japarov:visitor", "country:RUS:host"),
            "Kazan/RUS", ("2024-02-01", "2024-02-29", "month"), "past",
        ),
    ),
    # ------------------------------------------------------------------ Meeting
    _c(
        "meeting_met_with",
        "'met with' = Meeting, both participants, dated by 'on Tuesday'",
        "2025-04-22",
        """
TASHKENT, April 22 (UzA) - President Shavkat Mirziyoyev met with Chinese Foreign Minister Wang Yi in Tashkent on Tuesday. The sides discussed trade, investment and the Belt and Road Initiative.
""",
        Rec(
            "Meeting", None, None, (), ("person:Shavkat Mirziyoyev:participant", "person:Wang Yi:participant"),
            "Tashkent/UZB", "2025-04-22", "past",
        ),
    ),
    _c(
        "meeting_received_with_visit",
        "'received' = host + participant; 'President of Turkmenistan X' title form; the guest's "
        "working visit ('is in Ashgabat on a working visit') is its own Visit",
        "2025-01-27",
        """
ASHGABAT, January 27 (TDH) - President of Turkmenistan Serdar Berdimuhamedov received Iranian Foreign Minister Abbas Araghchi, who is in Ashgabat on a working visit, on Monday.
""",
        Rec(
            "Meeting", None, None, (),
            ("person:Serdar Berdimuhamedov:host", "person:Abbas Araghchi:participant"),
            "Ashgabat/TKM", "2025-01-27", "past",
        ),
        Rec(
            "Visit", None, None, (), ("person:Abbas Araghchi:visitor", "country:TKM:host"),
            "Ashgabat/TKM", "2025-01-27", "ongoing",
        ),
    ),
    _c(
        "meeting_delegations_countries",
        "'Delegations of Iran and Qatar held talks' = Meeting of two country participants; 'on Sunday' two days back",
        "2024-12-10",
        """
DOHA, December 10 (QNA) - Delegations of Iran and Qatar held talks in Doha on Sunday on expanding cooperation in the gas sector, including the joint development of the South Pars/North Dome field.
""",
        Rec(
            "Meeting", None, None, (), ("country:IRN:participant", "country:QAT:participant"),
            "Doha/QAT", "2024-12-08", "past",
        ),
    ),
    _c(
        "meeting_council_of_ministers",
        "A council of ministers is a Meeting, not a Summit; 'chaired by' = chair; organization framework",
        "2024-06-13",
        """
ALMATY, June 13 (Kazinform) - A meeting of the CSTO Council of Foreign Ministers was held in Almaty on Thursday, chaired by Kazakh Foreign Minister Murat Nurtleu.

Russian Foreign Minister Sergey Lavrov and Belarusian Foreign Minister Maxim Ryzhenkov took part in the meeting. The ministers discussed the situation on the Tajik-Afghan border.
""",
        Rec(
            "Meeting", ("CSTO Council of Foreign Ministers", "Council of Foreign Ministers of the CSTO"), None, ("CSTO",),
            ("person:Murat Nurtleu:chair", "person:Sergey Lavrov:participant", "person:Maxim Ryzhenkov:participant"),
            "Almaty/KAZ", "2024-06-13", "past",
            evidence=("CSTO Council of Foreign Ministers", "took part in the meeting"),
        ),
    ),
    _c(
        "meeting_committee_edition_cochairs",
        "An intergovernmental committee is a Meeting; '12th meeting' edition; 'co-chaired by' = two chairs",
        "2024-12-09",
        """
BEIJING, December 9 (Xinhua) - The 12th meeting of the China-Kazakhstan Cooperation Committee was held in Beijing on Monday, co-chaired by Chinese Vice Premier Ding Xuexiang and Kazakh First Deputy Prime Minister Roman Sklyar.
""",
        Rec(
            "Meeting", "China-Kazakhstan Cooperation Committee", 12, (),
            ("person:Ding Xuexiang:chair", "person:Roman Sklyar:chair"),
            "Beijing/CHN", "2024-12-09", "past",
        ),
    ),
    _c(
        "meeting_sidelines_summit_inherits",
        "A bilateral meeting 'on the sidelines of' a dated summit takes the summit's dates and place",
        "2024-07-05",
        """
ASTANA, July 5 (Anadolu) - Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held a meeting on the sidelines of the SCO Summit, which took place in Astana on July 3-4.

The two leaders discussed the situation in Ukraine, grain exports and the Akkuyu nuclear power plant.
""",
        Rec(
            "Summit", "SCO Summit", None, ("SCO",),
            ("country:KAZ:host", "person:Recep Tayyip Erdogan:participant", "person:Vladimir Putin:participant"),
            "Astana/KAZ", "2024-07-03/2024-07-04", "past",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Recep Tayyip Erdogan:participant", "person:Vladimir Putin:participant"),
            "Astana/KAZ", "2024-07-03/2024-07-04", "past",
        ),
    ),
    _c(
        "meeting_planned_next_week",
        "'will meet in Abu Dhabi next week' = planned Meeting, week granularity (Monday to Sunday)",
        "2025-07-03",
        """
BAKU, July 3 (APA) - Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan will meet in Abu Dhabi next week, a source in the Azerbaijani government told reporters.
""",
        Rec(
            "Meeting", None, None, (), ("person:Ilham Aliyev:participant", "person:Nikol Pashinyan:participant"),
            "Abu Dhabi/ARE", ("2025-07-07", "2025-07-13", "week"), "planned",
        ),
    ),
    _c(
        "meeting_phone_call_filtered_trip_planned",
        "A phone call is no Meeting; 'upcoming trip to Astana' = planned Visit with null date; "
        "'received ... in Moscow' = Meeting with host",
        "2024-11-26",
        """
MOSCOW, November 26 (TASS) - Russian President Vladimir Putin spoke by phone with Kazakh President Kassym-Jomart Tokayev on Monday, discussing preparations for Putin's upcoming trip to Astana.

On Tuesday, Putin received Kyrgyz President Sadyr Japarov in Moscow. The two leaders discussed the work of the Kant airbase and labour migration.
""",
        Rec(
            "Visit", None, None, (), ("person:Vladimir Putin:visitor", "country:KAZ:host"),
            "Astana/KAZ", None, "planned",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Vladimir Putin:host", "person:Sadyr Japarov:participant"),
            "Moscow/RUS", "2024-11-26", "past",
        ),
    ),
    _c(
        "meeting_two_separate_at_forum",
        "Splitting: 'met separately with A and B' = two Meetings; the Doha Forum that 'opened ... "
        "earlier in the day' is an ongoing Forum with the three ministers",
        "2024-12-07",
        """
DOHA, December 7 (TASS) - Russian Foreign Minister Sergey Lavrov met separately with Iranian Foreign Minister Abbas Araghchi and Turkish Foreign Minister Hakan Fidan on Saturday on the sidelines of the Doha Forum, which opened in the Qatari capital earlier in the day.
""",
        Rec(
            "Meeting", None, None, (), ("person:Sergey Lavrov:participant", "person:Abbas Araghchi:participant"),
            "Doha/QAT", "2024-12-07", "past",
        ),
        Rec(
            "Meeting", None, None, (), ("person:Sergey Lavrov:participant", "person:Hakan Fidan:participant"),
            "Doha/QAT", "2024-12-07", "past",
        ),
        Rec(
            "Forum", "Doha Forum", None, (),
            ("person:Sergey Lavrov:participant", "person:Abbas Araghchi:participant", "person:Hakan Fidan:participant"),
            "Doha/QAT", "2024-12-07", "ongoing",
        ),
    ),
    _c(
        "meeting_under_way",
        "'Talks between A and B are under way' = ongoing Meeting; New Delhi is its own GeoNames place, not Delhi",
        "2025-08-18",
        """
NEW DELHI, August 18 (PTI) - Talks between Chinese Foreign Minister Wang Yi and Indian External Affairs Minister Subrahmanyam Jaishankar are under way in New Delhi, the Ministry of External Affairs said.
""",
        Rec(
            "Meeting", None, None, (), ("person:Wang Yi:participant", "person:Subrahmanyam Jaishankar:participant"),
            "New Delhi/IND", "2025-08-18", "ongoing",
        ),
    ),
    _c(
        "meeting_with_hope_to_sign",
        "'held talks with her Kazakh counterpart' = Meeting; 'hope to sign' is hedged: no signing record",
        "2024-10-14",
        """
ASTANA, October 14 (Kazinform) - Mongolian Foreign Minister Battsetseg Batmunkh held talks with her Kazakh counterpart Murat Nurtleu in Astana on Monday. The ministers said they hope to sign an agreement on labour migration next year.
""",
        Rec(
            "Meeting", None, None, (), ("person:Battsetseg Batmunkh:participant", "person:Murat Nurtleu:participant"),
            "Astana/KAZ", "2024-10-14", "past",
        ),
    ),
    _c(
        "meeting_with_negated_meeting",
        "A real meeting beside a negated one ('did not meet'); the UNGA session is a Meeting of the UN (spec section 5), the day's news",
        "2024-09-25",
        """
NEW YORK, September 25 (Anadolu) - Turkish President Recep Tayyip Erdogan met with Azerbaijani President Ilham Aliyev on the sidelines of the 79th session of the UN General Assembly in New York on Tuesday. Erdogan did not meet Armenian Prime Minister Nikol Pashinyan, who is also in New York.
""",
        Rec(
            "Meeting", None, None, (), ("person:Recep Tayyip Erdogan:participant", "person:Ilham Aliyev:participant"),
            "New York City/USA", "2024-09-24", "past",
        ),
        Rec("Meeting", "UN General Assembly", 79, ("UN",), (), "New York City/USA", "2024-09-24", "past"),
    ),
    _c(
        "meeting_received_delegation_org",
        "'received a delegation of <organization> led by its President X' = host, person and organization participants",
        "2024-05-30",
        """
ASTANA, May 30 (Kazinform) - President Kassym-Jomart Tokayev received a delegation of the European Bank for Reconstruction and Development led by its President Odile Renaud-Basso in Astana on Thursday.
""",
        Rec(
            "Meeting", None, None, (),
            ("person:Kassym-Jomart Tokayev:host", "person:Odile Renaud-Basso:participant", "organization:EBRD:participant"),
            "Astana/KAZ", "2024-05-30", "past",
        ),
    ),
    _c(
        "meeting_cica_committee_org_name_trap",
        "A CICA committee meeting 'under the chairmanship of Azerbaijan' (country chair); the "
        "organization's full name with 'Conference' is no Forum",
        "2025-06-04",
        """
BAKU, June 4 (AZERTAC) - The CICA Senior Officials Committee held a meeting in Baku on Wednesday under the chairmanship of Azerbaijan. Delegations of the member states of the Conference on Interaction and Confidence Building Measures in Asia discussed the implementation of confidence-building measures.
""",
        Rec(
            "Meeting", "CICA Senior Officials Committee", None, ("CICA",), ("country:AZE:chair",),
            "Baku/AZE", "2025-06-04", "past",
        ),
    ),
    # ------------------------------------------------------------------ Forum
    _c(
        "forum_aif_planned_speaker",
        "Named forum 'will be held ... on May 29-30' = planned; 'will address the plenary session' = speaker",
        "2025-05-28",
        """
ASTANA, May 28 (Kazinform) - The Astana International Forum will be held in Astana on May 29-30, its organizers said. President Kassym-Jomart Tokayev will address the plenary session of the forum.
""",
        Rec(
            "Forum", "Astana International Forum", None, (), ("person:Kassym-Jomart Tokayev:speaker",),
            "Astana/KAZ", "2025-05-29/2025-05-30", "planned",
            evidence=("Astana International Forum will", "plenary session of the forum"),
        ),
    ),
    _c(
        "forum_spief_opened_today",
        "Forum 'opened today' + 'runs until June 21' = ongoing range; Roman 'XXVIII'; "
        "St. Petersburg -> Saint Petersburg; SPIEF is an event, not an organization",
        "2025-06-18",
        """
SAINT PETERSBURG, June 18 (TASS) - The XXVIII St. Petersburg International Economic Forum opened today at the Expoforum convention centre. The forum, which runs until June 21, has drawn delegations from more than 140 countries. Russian President Vladimir Putin will address the plenary session on Friday.
""",
        Rec(
            "Forum", ("St. Petersburg International Economic Forum", "SPIEF"), 28, (), ("person:Vladimir Putin:speaker",),
            "Saint Petersburg/RUS", "2025-06-18/2025-06-21", "ongoing",
            evidence=("opened today", "The forum, which runs"),
        ),
    ),
    _c(
        "forum_expo_countries",
        "Expo is a Forum; '8th' edition; 'opened ... on Wednesday and runs through June 30' = ongoing "
        "range; states named as attending are country participants",
        "2024-06-26",
        """
URUMQI, June 26 (Xinhua) - The 8th China-Eurasia Expo opened in Urumqi, capital of northwest China's Xinjiang Uygur Autonomous Region, on Wednesday and runs through June 30. Delegations from Kazakhstan, Kyrgyzstan, Uzbekistan, Pakistan and Russia are taking part in the expo.
""",
        Rec(
            "Forum", "China-Eurasia Expo", 8, (),
            ("country:KAZ:participant", "country:KGZ:participant", "country:UZB:participant",
             "country:PAK:participant", "country:RUS:participant"),
            "Urumqi/CHN", "2024-06-26/2024-06-30", "ongoing",
        ),
    ),
    _c(
        "forum_roundtable_organizer_speaker",
        "A roundtable titled '...' is a Forum; 'organized by the OSCE Programme Office' = OSCE organizer "
        "(a body of an organization is the organization); 'opened the roundtable with welcoming remarks' = speaker",
        "2024-11-14",
        """
DUSHANBE, November 14 (Asia-Plus) - A roundtable titled "Women in Border Management" was held in Dushanbe on Thursday, organized by the OSCE Programme Office in Dushanbe. Tajik Deputy Foreign Minister Sodiq Imomi opened the roundtable with welcoming remarks.
""",
        Rec(
            "Forum", "Women in Border Management", None, (),
            ("organization:OSCE:organizer", "person:Sodiq Imomi:speaker"),
            "Dushanbe/TJK", "2024-11-14", "past",
        ),
    ),
    _c(
        "forum_conference_opened_today_participants",
        "An international conference with a quoted title; 'opened ... today' = ongoing; 'among the participants'",
        "2025-04-10",
        """
SAMARKAND, April 10 (UzA) - The international conference "Central Asia: Shared Past and Common Future" opened in Samarkand today, bringing together more than 300 delegates from 40 countries. Kyrgyz Foreign Minister Zheenbek Kulubaev and UN Under-Secretary-General Rosemary DiCarlo are among the participants of the conference.
""",
        Rec(
            "Forum", "Central Asia: Shared Past and Common Future", None, (),
            ("person:Zheenbek Kulubaev:participant", "person:Rosemary DiCarlo:participant"),
            "Samarkand/UZB", "2025-04-10", "ongoing",
        ),
    ),
    _c(
        "forum_exhibition_planned",
        "An industrial exhibition is a Forum; 'will be held ... on April 28-30' = planned range; the ministry quoted is no participant",
        "2025-04-14",
        """
TASHKENT, April 14 (Kun.uz) - The international industrial exhibition Innoprom. Central Asia will be held in Tashkent on April 28-30, the Uzbek Ministry of Investment, Industry and Trade said. More than 600 exhibitors are expected to take part in the expo.
""",
        Rec(
            "Forum", ("Innoprom. Central Asia", "Innoprom Central Asia", "Innoprom"), None, (), (),
            "Tashkent/UZB", "2025-04-28/2025-04-30", "planned",
        ),
    ),
    _c(
        "forum_under_way_began_monday",
        "'is under way' = ongoing; dated by the day it began ('opening ceremony ... on Monday'); 'third' "
        "edition; delegations as country participants; 'addressed' = speaker",
        "2025-02-18",
        """
TEHRAN, February 18 (IRNA) - The third Caspian Economic Forum is under way in Tehran, with delegations of Azerbaijan, Kazakhstan, Russia and Turkmenistan in attendance. Iranian First Vice President Mohammad Reza Aref addressed the opening ceremony of the forum on Monday.
""",
        Rec(
            "Forum", "Caspian Economic Forum", 3, (),
            ("country:AZE:participant", "country:KAZ:participant", "country:RUS:participant",
             "country:TKM:participant", "person:Mohammad Reza Aref:speaker"),
            "Tehran/IRN", "2025-02-17", "ongoing",
        ),
    ),
    _c(
        "forum_past_with_agreements_count",
        "Past forum 'held on June 10-12' ('fourth' edition); 'Agreements worth $30.5 billion were "
        "signed during the forum' = one AgreementSigned inheriting its dates",
        "2025-06-13",
        """
TASHKENT, June 13 (UzA) - The fourth Tashkent International Investment Forum, held on June 10-12, brought together more than 2,500 participants from 90 countries. Agreements worth $30.5 billion were signed during the forum, the Ministry of Investment said.
""",
        Rec(
            "Forum", "Tashkent International Investment Forum", 4, (), (),
            "Tashkent/UZB", "2025-06-10/2025-06-12", "past",
        ),
        Rec("AgreementSigned", None, None, (), (), "Tashkent/UZB", "2025-06-10/2025-06-12", "past"),
    ),
    _c(
        "forum_merge_and_next_edition",
        "Forum over three paragraphs = one record (speaker, organizer, country participants); "
        "'The next Eurasian Economic Forum will be held in Kazakhstan next year' = a second, planned Forum",
        "2025-06-27",
        """
MINSK, June 27 (BelTA) - The Eurasian Economic Forum, held in Minsk on June 26-27, focused on industrial cooperation within the Eurasian Economic Union.

Belarusian President Alexander Lukashenko addressed the plenary session of the forum on Friday, calling for joint projects in machine building and microelectronics.

The forum was organized by the Eurasian Economic Commission. Delegations from Iran, Uzbekistan and Cuba, observer states of the EAEU, also attended the forum.

The next Eurasian Economic Forum will be held in Kazakhstan next year.
""",
        Rec(
            "Forum", "Eurasian Economic Forum", None, ("EAEU",),
            ("person:Alexander Lukashenko:speaker", "organization:EEC:organizer", "country:IRN:participant",
             "country:UZB:participant", "country:CUB:participant"),
            "Minsk/BLR", "2025-06-26/2025-06-27", "past",
            evidence=("held in Minsk on June 26-27", "plenary session of the forum", "organized by", "also attended the forum"),
        ),
        Rec(
            "Forum", "Eurasian Economic Forum", None, ("EAEU",), (),
            "/KAZ", ("2026-01-01", "2026-12-31", "year"), "planned",
        ),
    ),
    # ------------------------------------------------------------------ signings
    _c(
        "mou_two_different_parties",
        "Splitting: two memoranda with different parties = two MemorandumSigned; an organization (ADB) as party",
        "2024-12-09",
        """
TASHKENT, December 9 (UzA) - Uzbekistan and the Asian Development Bank signed a memorandum of understanding on a $500 million climate resilience programme in Tashkent on Monday.

Also in Tashkent on Monday, Uzbekistan and Malaysia signed a memorandum of cooperation in the halal industry.
""",
        Rec("MemorandumSigned", None, None, (), ("country:UZB:party", "organization:ADB:party"), "Tashkent/UZB", "2024-12-09", "past"),
        Rec("MemorandumSigned", None, None, (), ("country:UZB:party", "country:MYS:party"), "Tashkent/UZB", "2024-12-09", "past"),
    ),
    _c(
        "mou_signatories_persons",
        "Persons who sign are signatories; the states they sign for are parties",
        "2025-04-22",
        """
RIYADH, April 22 (SPA) - Azerbaijani Economy Minister Mikayil Jabbarov and Saudi Investment Minister Khalid Al-Falih signed a memorandum of understanding on investment cooperation in Riyadh on Tuesday.
""",
        Rec(
            "MemorandumSigned", None, None, (),
            ("person:Mikayil Jabbarov:signatory", "person:Khalid Al-Falih:signatory", "country:AZE:party", "country:SAU:party"),
            "Riyadh/SAU", "2025-04-22", "past",
        ),
    ),
    _c(
        "agreement_inked_named_treaty_with_visit",
        "'inked the Treaty on ...' = AgreementSigned with its title; 'is in Bishkek on a state visit' = ongoing Visit",
        "2025-03-13",
        """
BISHKEK, March 13 (AKIpress) - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon inked the Treaty on the Kyrgyz-Tajik State Border in Bishkek on Thursday. Rahmon is in Bishkek on a state visit to Kyrgyzstan.
""",
        Rec(
            "AgreementSigned", "Treaty on the Kyrgyz-Tajik State Border", None, (),
            ("person:Sadyr Japarov:signatory", "person:Emomali Rahmon:signatory", "country:KGZ:party", "country:TJK:party"),
            "Bishkek/KGZ", "2025-03-13", "past",
        ),
        Rec(
            "Visit", None, None, (), ("person:Emomali Rahmon:visitor", "country:KGZ:host"),
            "Bishkek/KGZ", "2025-03-13", "ongoing",
        ),
    ),
    _c(
        "agreement_named_parties_and_signatories_merge",
        "A named treaty with state parties and signatories over two sentences ('The document was "
        "signed by') = one record; 'talks in narrow and extended formats' = one Meeting",
        "2024-04-18",
        """
DUSHANBE, April 18 (Asia-Plus) - Tajikistan and Uzbekistan signed the Treaty on Allied Relations in Dushanbe on Thursday. The document was signed by Presidents Emomali Rahmon and Shavkat Mirziyoyev following talks in narrow and extended formats.
""",
        Rec(
            "AgreementSigned", "Treaty on Allied Relations", None, (),
            ("country:TJK:party", "country:UZB:party", "person:Emomali Rahmon:signatory", "person:Shavkat Mirziyoyev:signatory"),
            "Dushanbe/TJK", "2024-04-18", "past",
            evidence=("signed the Treaty on Allied Relations", "The document was signed"),
        ),
        Rec(
            "Meeting", None, None, (), ("person:Emomali Rahmon:participant", "person:Shavkat Mirziyoyev:participant"),
            "Dushanbe/TJK", "2024-04-18", "past",
        ),
    ),
    _c(
        "agreement_concluded_and_two_memoranda",
        "'concluded an intergovernmental agreement' = AgreementSigned; 'two memoranda on ...' = one "
        "MemorandumSigned; Ulaanbaatar is GeoNames' Ulan Bator",
        "2025-06-04",
        """
ULAANBAATAR, June 4 (Montsame) - Mongolia and China concluded an intergovernmental agreement on the construction of the Gashuunsukhait-Ganqimaodu cross-border railway in Ulaanbaatar on Wednesday. The two countries also signed two memoranda on customs and veterinary cooperation.
""",
        Rec("AgreementSigned", None, None, (), ("country:MNG:party", "country:CHN:party"), "Ulaanbaatar/MNG", "2025-06-04", "past"),
        Rec("MemorandumSigned", None, None, (), ("country:MNG:party", "country:CHN:party"), "Ulaanbaatar/MNG", "2025-06-04", "past"),
    ),
    _c(
        "agreement_cities_as_parties",
        "Cities as sides of a signed document are organization parties",
        "2024-10-02",
        """
ALMATY, October 2 (Kazinform) - Almaty and Bishkek signed a sister-city agreement in Almaty on Wednesday, aimed at expanding cooperation in public transport, tourism and culture.
""",
        Rec(
            "AgreementSigned", None, None, (), ("organization:Almaty:party", "organization:Bishkek:party"),
            "Almaty/KAZ", "2024-10-02", "past",
        ),
    ),
    _c(
        "agreement_after_cis_council",
        "Summit = CIS Council of Heads of State with chair; 'A package of documents was signed following "
        "the meeting' = AgreementSigned with the summit's organization, date and place",
        "2025-10-10",
        """
DUSHANBE, October 10 (Asia-Plus) - A meeting of the CIS Council of Heads of State took place in Dushanbe on Friday, chaired by Tajik President Emomali Rahmon. Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev took part in the meeting. A package of documents was signed following the meeting.
""",
        Rec(
            "Summit", ("CIS Council of Heads of State", "Council of CIS Heads of State"), None, ("CIS",),
            ("country:TJK:host", "person:Emomali Rahmon:chair", "person:Vladimir Putin:participant", "person:Ilham Aliyev:participant"),
            "Dushanbe/TJK", "2025-10-10", "past",
        ),
        Rec("AgreementSigned", None, None, ("CIS",), (), "Dushanbe/TJK", "2025-10-10", "past"),
    ),
    _c(
        "agreement_planned_next_week",
        "'is planned to be signed ... next week' = planned, week granularity; three state parties",
        "2025-07-10",
        """
TASHKENT, July 10 (Kun.uz) - A framework agreement on the Trans-Afghan railway is planned to be signed by Uzbekistan, Afghanistan and Pakistan in Kabul next week, the Uzbek Transport Ministry said.
""",
        Rec(
            "AgreementSigned", None, None, (), ("country:UZB:party", "country:AFG:party", "country:PAK:party"),
            "Kabul/AFG", ("2025-07-14", "2025-07-20", "week"), "planned",
        ),
    ),
    _c(
        "agreement_intend_to_sign_during_visit",
        "'intend to sign' = planned signing; a planned state visit 'in August' (month) that the signing inherits",
        "2024-07-22",
        """
BAKU, July 22 (Report) - Azerbaijan and Uzbekistan intend to sign an agreement on allied relations during President Shavkat Mirziyoyev's state visit to Azerbaijan in August, Azerbaijani Foreign Minister Jeyhun Bayramov said on Monday.
""",
        Rec(
            "Visit", None, None, (), ("person:Shavkat Mirziyoyev:visitor", "country:AZE:host"),
            "/AZE", ("2024-08-01", "2024-08-31", "month"), "planned",
        ),
        Rec(
            "AgreementSigned", None, None, (), ("country:AZE:party", "country:UZB:party"),
            "/AZE", ("2024-08-01", "2024-08-31", "month"), "planned",
        ),
    ),
    _c(
        "mou_signed_agreement_may_be_signed",
        "A signed memorandum beside a hedged agreement ('may be signed later this year'): one record",
        "2024-12-10",
        """
HANOI, December 10 (VNA) - Kazakhstan and Vietnam signed a memorandum of understanding on digital transformation in Hanoi on Tuesday. An agreement on mutual visa exemption may be signed later this year, Kazakh Deputy Foreign Minister Alibek Bakayev said.
""",
        Rec("MemorandumSigned", None, None, (), ("country:KAZ:party", "country:VNM:party"), "Hanoi/VNM", "2024-12-10", "past"),
    ),
    _c(
        "mou_signed_agreement_initialled",
        "A signed memorandum beside an initialled agreement: initialling is no signing",
        "2023-10-13",
        """
ASHGABAT, October 13 (Trend) - Turkmenistan and Uzbekistan signed a memorandum on cooperation in the water sector in Ashgabat on Friday, while an agreement on the joint use of the Amu Darya river was initialled by the delegations.
""",
        Rec("MemorandumSigned", None, None, (), ("country:TKM:party", "country:UZB:party"), "Ashgabat/TKM", "2023-10-13", "past"),
    ),
    _c(
        "agreement_with_un",
        "The UN as a party of a signed agreement (a UN centre in the title is no participant)",
        "2024-10-17",
        """
ALMATY, October 17 (Kazinform) - Kazakhstan and the United Nations signed an agreement on the establishment of the UN Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan in Almaty on Thursday.
""",
        Rec("AgreementSigned", None, None, (), ("country:KAZ:party", "organization:UN:party"), "Almaty/KAZ", "2024-10-17", "past"),
    ),
    # ------------------------------------------------------------------ not events
    _c(
        "none_org_name_forum",
        "An organization whose name contains 'Forum' (GECF) is no Forum; an outlook release is no event",
        "2024-03-02",
        """
DOHA, March 2 (QNA) - The Gas Exporting Countries Forum remains a key platform for producers, Qatar's Minister of State for Energy Affairs Saad Sherida al-Kaabi said. The GECF Secretariat publishes its Global Gas Outlook every year.
""",
    ),
    _c(
        "none_org_name_conference",
        "Organizations whose names contain 'Conference' (CICA, UNCTAD) are no Forums",
        "2024-06-18",
        """
ASTANA, June 18 (Kazinform) - The Conference on Interaction and Confidence Building Measures in Asia now brings together 28 member states. According to the United Nations Conference on Trade and Development, foreign direct investment in Central Asia grew by 10 percent last year.
""",
    ),
    _c(
        "none_generic_mentions",
        "Generic mentions ('summits of this kind are useful', 'regular forums and meetings') are no events",
        "2024-05-15",
        """
Summits of this kind are useful because they allow leaders to compare notes on regional security, the analyst said. Regular forums and meetings between business communities help to build trust between Central Asian states, he added.
""",
    ),
    _c(
        "none_hypothetical_could_may",
        "Hypotheticals: 'could sign', 'may be signed' are no signings",
        "2024-08-20",
        """
ASTANA, August 20 (Kazinform) - Kazakhstan and Uzbekistan could sign an agreement on the joint management of transboundary rivers, Kazakh Deputy Foreign Minister Roman Vassilenko said. The document may be signed before the end of the year, he added.
""",
    ),
    _c(
        "none_hope_to_sign",
        "'we hope to sign' (quoted) is no signing",
        "2024-09-10",
        """
ULAANBAATAR, September 10 (Montsame) - "We hope to sign a temporary free trade agreement with the Eurasian Economic Union next year," Mongolian Minister of Economy and Development Luvsannyam Gantumur told reporters.
""",
    ),
    _c(
        "none_negated_meeting",
        "Negations: 'did not meet', 'no meeting ... is planned' are no Meetings",
        "2024-10-07",
        """
YEREVAN, October 7 (Armenpress) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev did not meet in Prague, contrary to earlier media reports, a government spokesperson said on Monday. No meeting between the two leaders is currently planned, she added.
""",
    ),
    _c(
        "none_phone_call",
        "A telephone conversation is no Meeting; 'ready to host talks' is hypothetical",
        "2024-06-04",
        """
ANKARA, June 4 (Anadolu) - Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held a telephone conversation on Tuesday, the Turkish Presidency said. During the phone call, Erdogan said Turkiye was ready to host talks on a ceasefire.
""",
    ),
    _c(
        "none_ratified_initialled",
        "Ratifying and initialling documents are no signings",
        "2024-02-14",
        """
ASTANA, February 14 (Kazinform) - The Mazhilis of Kazakhstan ratified the agreement between Kazakhstan and Kyrgyzstan on the state border regime on Wednesday. A separate treaty on water sharing was initialled by the two delegations last month.
""",
    ),
    _c(
        "none_proposal",
        "A proposal to hold a summit is no planned Summit",
        "2024-09-19",
        """
TASHKENT, September 19 (UzA) - President Shavkat Mirziyoyev proposed holding a summit of the Central Asian states and the Gulf Cooperation Council countries in Samarkand, the presidential press service said.
""",
    ),
    _c(
        "none_draft_finalized",
        "'a draft was finalized' is no signing",
        "2025-02-11",
        """
BISHKEK, February 11 (AKIpress) - A draft roadmap on industrial cooperation between Kyrgyzstan and Turkiye for 2025-2027 was finalized by the joint working group, the Kyrgyz Ministry of Economy said.
""",
    ),
    _c(
        "none_adopted_resolution",
        "Adopting a resolution without signature is no signing",
        "2024-12-13",
        """
NEW YORK, December 13 (TDH) - The UN General Assembly adopted by consensus a resolution initiated by Turkmenistan declaring 2025 the International Year of Peace and Trust.
""",
    ),
    _c(
        "none_forum_praise",
        "A forum named only as a topic of praise (no time, place or participant) is no event",
        "2025-03-03",
        """
ASTANA, March 3 (Kazinform) - The Astana International Forum has become an important platform for open dialogue on global challenges, Kazakh Foreign Minister Murat Nurtleu said in an interview.
""",
    ),
    _c(
        "none_invitation_in_call",
        "A phone call with an invitation to visit 'at a convenient time' gives neither a Meeting nor a Visit",
        "2025-01-15",
        """
MOSCOW, January 15 (TASS) - Russian President Vladimir Putin invited Uzbek President Shavkat Mirziyoyev to visit Russia at a convenient time during a telephone conversation on Wednesday, the Kremlin press service said.
""",
    ),
]
