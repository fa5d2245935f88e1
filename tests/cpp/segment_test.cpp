// Stage 2, segment: paragraphs, sentences and words on real news text and edge cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "support.h"

using corroborate::Language;
using corroborate::Segmenter;
using test::sentences;
using test::u;

TEST_CASE("a dotted acronym does not end a sentence when a name or a lower-case word follows") {
  CHECK(sentences(u("The U.K. also launched an investigation.")) ==
        std::vector<std::string>{"The U.K. also launched an investigation."});
  CHECK(sentences(u("The U.K. Government said so. The U.S. Senate agreed.")) ==
        std::vector<std::string>{"The U.K. Government said so.", "The U.S. Senate agreed."});
  CHECK(sentences(u("It was 9 a.m. on Tuesday when police arrived.")).size() == 1);
}

TEST_CASE("a dotted acronym still ends a sentence when a new one plainly starts") {
  CHECK(sentences(u("The company moved to the U.S. The move was costly.")) ==
        std::vector<std::string>{"The company moved to the U.S.", "The move was costly."});
  CHECK(sentences(u("He left the U.K. \"It was time,\" he said.")).size() == 2);
}

TEST_CASE("single-period abbreviations and initials do not split") {
  CHECK(sentences(u("Mr. Musk did not respond. Dr. Smith did.")) ==
        std::vector<std::string>{"Mr. Musk did not respond.", "Dr. Smith did."});
  CHECK(sentences(u("John F. Kennedy spoke in Berlin.")).size() == 1);
  // a first initial after "by", a slash or another initial: credits and bylines
  CHECK(sentences(u("The novel by J. K. Rowling sold well. We chose Plan B. Then it rained.")) ==
        std::vector<std::string>{"The novel by J. K. Rowling sold well.", "We chose Plan B.", "Then it rained."});
  CHECK(sentences(u("Image: Helix-C lift-off, 10 March 2026. Credit: Kestrel Launch Systems/J. Haug")) ==
        std::vector<std::string>{"Image: Helix-C lift-off, 10 March 2026.", "Credit: Kestrel Launch Systems/J. Haug"});
  CHECK(sentences(u("Il a été reçu par J. Martin et Mme Durand. Le maire a refusé."), Language::fr) ==
        std::vector<std::string>{"Il a été reçu par J. Martin et Mme Durand.", "Le maire a refusé."});
  // or opening its line: a commenter's name
  CHECK(sentences(u("Like (34)\nK. Lindgren\n4 hours ago")) ==
        std::vector<std::string>{"Like (34)", "K. Lindgren", "4 hours ago"});
  // or after a comma, a name given after its role; a function word after it still opens a sentence
  CHECK(sentences(u("The chief inspector of mines, R. Aldane, leads the inquiry. It began in 2024, X. The firm agreed.")) ==
        std::vector<std::string>{"The chief inspector of mines, R. Aldane, leads the inquiry.", "It began in 2024, X.",
                                 "The firm agreed."});
}

TEST_CASE("a month's abbreviation goes on with its day or year, on a short line too; a full name may end a sentence") {
  CHECK(sentences(u("By Marcus Ellery-Tran\nOct. 15, 2025\n7 min read")) ==
        std::vector<std::string>{"By Marcus Ellery-Tran", "Oct. 15, 2025", "7 min read"});
  CHECK(sentences(u("Published Sept. 3, 2025\nProtesters sat on the bridge.")) ==
        std::vector<std::string>{"Published Sept. 3, 2025", "Protesters sat on the bridge."});
  CHECK(sentences(u("The plan will cost $12.99 a month when it launches on Oct. 1. Orbit bundles storage into one plan.")) ==
        std::vector<std::string>{"The plan will cost $12.99 a month when it launches on Oct. 1.", "Orbit bundles storage into one plan."});
  CHECK(sentences(u("Le vote a eu lieu le 3 oct. 2025 à Paris."), Language::fr).size() == 1);
}

TEST_CASE("'No.', 'Nos.', 'Ep.', 'Vol.' before a figure go on with it: 'the No. 3 West section', 'Ep. 147'") {
  CHECK(sentences(u("Nine miners were trapped when part of the roof came down in the No. 3 West section. Rescuers reached "
                    "them on Wednesday.")) ==
        std::vector<std::string>{"Nine miners were trapped when part of the roof came down in the No. 3 West section.",
                                 "Rescuers reached them on Wednesday."});
  CHECK(sentences(u("Shafts Nos. 4 and 5 were closed.")).size() == 1);
  // a podcast's episode over its date
  CHECK(sentences(u("Ep. 147 \u2013 Dishly settles: a fine, refunds and the end of exclusivity\n4 March 2026")) ==
        std::vector<std::string>{"Ep. 147 \u2013 Dishly settles: a fine, refunds and the end of exclusivity", "4 March 2026"});
  CHECK(sentences(u("See Fig. 3 and Vol. 2 of the report.")).size() == 1);
}

TEST_CASE("an initial after a slash set apart by spaces is a credit's, not a sentence's end") {
  CHECK(sentences(u("Le palais de justice de Vaudrac. Photo archives \u00C9cho de la Lotte / P. Rivi\u00E8re"),
                  Language::fr) ==
        std::vector<std::string>{"Le palais de justice de Vaudrac.", "Photo archives \u00C9cho de la Lotte / P. Rivi\u00E8re"});
}

TEST_CASE("a weekday's abbreviation goes on with the date after it; a word before a figure may still end a sentence") {
  CHECK(sentences(u("Message par Garde70 » mer. 15 mai 2024 17:26\nCiter"), Language::fr) ==
        std::vector<std::string>{"Message par Garde70 » mer. 15 mai 2024 17:26", "Citer"});
  CHECK(sentences(u("Posted Thu. 12 March 2026 at 9:40")).size() == 1);
  CHECK(sentences(u("Le chantier a coûté 2,5 milliards d'euros. 7 personnes sont mortes."), Language::fr).size() == 2);
}

TEST_CASE("a stamp's date goes on past a second date's day and a time's half of the day; a dateline still ends before its sentence") {
  CHECK(sentences(u("Published: 11 March 2026 | Updated: 12 March 2026")).size() == 1);
  CHECK(sentences(u("November 17, 2026 1:46 PM UTC Updated 2 hours ago")).size() == 1);
  CHECK(sentences(u("February 4, 2026 Frozen food maker Brindle recalled three meals on Tuesday.")) ==
        std::vector<std::string>{"February 4, 2026", "Frozen food maker Brindle recalled three meals on Tuesday."});
}

TEST_CASE("a lone capital letter ICU takes for an abbreviation ends its sentence before a function word") {
  // ICU's English suppressions hold "X.", "Q.", "T." wherever they stand; the platform X is news
  CHECK(sentences(u("The office would no longer communicate via X. The office moved to LinkedIn.")) ==
        std::vector<std::string>{"The office would no longer communicate via X.", "The office moved to LinkedIn."});
  CHECK(sentences(u("Musk replied on X. He called it a political attack. Then the office left Q. It said so.")) ==
        std::vector<std::string>{"Musk replied on X.", "He called it a political attack.", "Then the office left Q.",
                                 "It said so."});
  // an initial before a name still goes on, and so does a French title
  CHECK(sentences(u("Reporters asked Malcolm X. Jones about it.")).size() == 1);
  CHECK(sentences(u("Il a reçu M. Le Pen à l'Élysée."), Language::fr).size() == 1);
  // (French: ICU holds "C.", "D.", "L.", "W.")
  CHECK(sentences(u("Le feu a pris dans le bâtiment C. Il a été évacué."), Language::fr) ==
        std::vector<std::string>{"Le feu a pris dans le bâtiment C.", "Il a été évacué."});
}

TEST_CASE("a dateline glued to the first sentence becomes a sentence of its own") {
  CHECK(sentences(u("PARIS (AP) \u2014 French prosecutors raided the offices of X on Tuesday.")) ==
        std::vector<std::string>{"PARIS (AP) \u2014", "French prosecutors raided the offices of X on Tuesday."});
  CHECK(sentences(u("MILLBROOK, Ohio, Feb 8 (Reuters) - A freight train derailed late on Sunday.")) ==
        std::vector<std::string>{"MILLBROOK, Ohio, Feb 8 (Reuters) -", "A freight train derailed late on Sunday."});
  CHECK(sentences(u("February 4, 2026 Police raided the offices.")) ==
        std::vector<std::string>{"February 4, 2026", "Police raided the offices."});
  // a place ending in a state's abbreviation ("Ky.", where ICU ends a sentence), a place in
  // capitals opening with a function word ("LA ROCHELLE", "THE HAGUE")
  CHECK(sentences(u("RIDGEFORD, Ky. (WRDG) — Varden Motors is recalling about 412,000 vehicles.")) ==
        std::vector<std::string>{"RIDGEFORD, Ky. (WRDG) —", "Varden Motors is recalling about 412,000 vehicles."});
  CHECK(sentences(u("LA ROCHELLE, 13 janvier 2026 (AFP) - La tempête a frappé le littoral."), Language::fr) ==
        std::vector<std::string>{"LA ROCHELLE, 13 janvier 2026 (AFP) -", "La tempête a frappé le littoral."});
  CHECK(sentences(u("THE HAGUE (Reuters) - The court ruled on Friday.")) ==
        std::vector<std::string>{"THE HAGUE (Reuters) -", "The court ruled on Friday."});
  // a French agency's place in lower case, after a date and its bracketed name
  CHECK(sentences(u("Lyon, 10 mars 2026 (AFP) - Les conducteurs du métro sont en grève."), Language::fr) ==
        std::vector<std::string>{"Lyon, 10 mars 2026 (AFP) -", "Les conducteurs du métro sont en grève."});
  // or without the date, a place of a few words before the bracketed agency
  CHECK(sentences(u("Bordeaux (AFP) - La cour a annulé mardi l'autorisation."), Language::fr) ==
        std::vector<std::string>{"Bordeaux (AFP) -", "La cour a annulé mardi l'autorisation."});
  CHECK(sentences(u("Les Sables-d'Olonne (AFP) - Le maire a démissionné."), Language::fr) ==
        std::vector<std::string>{"Les Sables-d'Olonne (AFP) -", "Le maire a démissionné."});
  // not a party in brackets in a long sentence's dash
  CHECK(sentences(u("The leader of the Greens (Ecologists) - who spoke first - said so.")).size() == 1);
  // a press-release wire's: the agency between slashes, two hyphens for the dash
  CHECK(sentences(u("BOSTON, April 8, 2026 /PRNewswire/ -- Halvard Therapeutics today announced trial results.")) ==
        std::vector<std::string>{"BOSTON, April 8, 2026 /PRNewswire/ --", "Halvard Therapeutics today announced trial results."});
  // (a state's abbreviation and a wire of two words: the dash is the tenth word's)
  CHECK(sentences(u("MARLOW SPRINGS, Colo., October 28, 2025 /Meridian Newswire/ -- Harlow Devices reported its results.")) ==
        std::vector<std::string>{"MARLOW SPRINGS, Colo., October 28, 2025 /Meridian Newswire/ --", "Harlow Devices reported its results."});
  CHECK(sentences(u("LYON, April 8, 2026 (GLOBE NEWSWIRE) -- Vireo today announced its results.")) ==
        std::vector<std::string>{"LYON, April 8, 2026 (GLOBE NEWSWIRE) --", "Vireo today announced its results."});
  // a sentence opening with a function word is no place, nor one in capitals after a lower-case one
  CHECK(sentences(u("La tempête a frappé la côte - Les secours sont mobilisés."), Language::fr).size() == 1);
  CHECK(sentences(u("On Tuesday, Gov. Holt spoke. The fire went on.")) ==
        std::vector<std::string>{"On Tuesday, Gov. Holt spoke.", "The fire went on."});
  // a year inside a title is no dateline: the words before it must be mostly figures and months
  CHECK(sentences(u("Related: Redmarsh's 2003 Crown Cup heroes: where are they now?")).size() == 1);
  // a dash inside an ordinary sentence is not a dateline
  CHECK(sentences(u("Officials said on Monday - in a statement - That was all.")).size() == 1);
  CHECK(sentences(u("The minister (who resigned) - Reuters learned - Left early.")).size() == 1);
}

TEST_CASE("text wrapped at a fixed width: a line break before a lower-case word goes on with the sentence") {
  CHECK(sentences(u("Aucune rame ne circulait mardi sur les lignes A, B et C du métro\nlyonnais, au premier jour de "
                    "la grève.\nLa ligne D circule."), Language::fr) ==
        std::vector<std::string>{"Aucune rame ne circulait mardi sur les lignes A, B et C du métro\nlyonnais, au premier "
                                 "jour de la grève.", "La ligne D circule."});
  CHECK(sentences(u("The strike closed lines A, B and C of the\r\nmetro on Tuesday.\r\nLine D ran.")) ==
        std::vector<std::string>{"The strike closed lines A, B and C of the\r\nmetro on Tuesday.", "Line D ran."});
  // a line that ends like a sentence, or a next line opening in capitals, is a break as ever
  CHECK(sentences(u("Métro à l'arrêt à Lyon\nPar Sophie Garnier\nThe strike began.\nthen it spread.")).size() == 4);
  // and so is a line too short to have been wrapped: a comment's button over the next one's author
  CHECK(sentences(u("Reply \u00B7 14\npcb_patricia \u00B7 1 hour ago\nWe run forty of their switches.")).size() == 3);
}

TEST_CASE("text wrapped at a fixed width: a full line goes on before a capital, and an open bracket before anything") {
  // (a fire service's release as a PDF gives it, wrapped at 88 code units: the lines going on in a
  // lower-case word tell the width)
  const std::u16string release = u(
      "INCIDENT UPDATE 3: FIRE AT THE RIVERSIDE TRADING ESTATE\n"
      "The fire service was called at 06:42 this morning to reports of an explosion at a\n"
      "storage premises on Riverside Road, where crews found a well-developed fire involving a\n"
      "warehouse of approximately 60 metres by 40 metres.\n"
      "At the height of the incident, sixteen fire engines and more than eighty firefighters\n"
      "were in attendance, and crews will remain at the scene throughout the night on Riverside\n"
      "Road and at the Marlpit Lane Industrial Estate.\n"
      "Crews were called back (Tuesday 10\n"
      "March) to damp down hot spots.\n"
      "Advice to residents\n"
      "Residents are asked to keep windows and doors closed.");
  CHECK(sentences(release) ==
        std::vector<std::string>{
            "INCIDENT UPDATE 3: FIRE AT THE RIVERSIDE TRADING ESTATE",
            "The fire service was called at 06:42 this morning to reports of an explosion at a\nstorage premises on "
            "Riverside Road, where crews found a well-developed fire involving a\nwarehouse of approximately 60 metres by "
            "40 metres.",
            "At the height of the incident, sixteen fire engines and more than eighty firefighters\nwere in attendance, "
            "and crews will remain at the scene throughout the night on Riverside\nRoad and at the Marlpit Lane "
            "Industrial Estate.",
            "Crews were called back (Tuesday 10\nMarch) to damp down hot spots.", "Advice to residents",
            "Residents are asked to keep windows and doors closed."});
  // a headline as long as the lines, over its byline, is a line of its own
  CHECK(sentences(u("Hundreds of residents evacuated from their homes as the flood waters rise in Ashby Park\n"
                    "By Anna Kvist\n"
                    "Hundreds of residents were evacuated from their homes overnight as the river rose to its\n"
                    "highest level in forty years, and the county council opened three rest centres for the\n"
                    "families who had to leave.")) ==
        std::vector<std::string>{"Hundreds of residents evacuated from their homes as the flood waters rise in Ashby Park",
                                 "By Anna Kvist",
                                 "Hundreds of residents were evacuated from their homes overnight as the river rose to "
                                 "its\nhighest level in forty years, and the county council opened three rest centres "
                                 "for the\nfamilies who had to leave."});
  // nor is a title as long as the lines over a sentence opening with a function word
  const auto prefecture = sentences(
      u("Déraillement d'un train régional à Valbrune (Jura) : point de situation à 17 heures\n"
        "Le mardi 10 mars 2026, à 7 h 48, un train régional reliant Bellerive à Saint-Véran a\n"
        "déraillé à faible vitesse à la sortie de la halte de Montferrand, sur la commune de\n"
        "Valbrune ; les cinquante-sept voyageurs ont été évacués à pied le long de la voie et\n"
        "pris en charge dans la salle des fêtes."),
      Language::fr);
  REQUIRE(prefecture.size() == 2);
  CHECK(prefecture[0] == "Déraillement d'un train régional à Valbrune (Jura) : point de situation à 17 heures");
  // and where no lines go on in lower case, the width is not known: a line before a capital ends there
  CHECK(sentences(u("Residents were evacuated overnight as the water rose in the streets of Lowfield and\n"
                    "Ashby Park, the county council said on Tuesday.")).size() == 2);
}

TEST_CASE("a newspaper's narrow columns: a word split at a hyphen, or a line ending with an article, goes on") {
  // (an e-paper's text: "Mar-" / "git Odell", "presented a" / "2026 budget", "allow-" / "ance")
  CHECK(sentences(u("LIROVO \u2014\nFinance Minister Mar-\ngit Odell yesterday presented a\n2026 budget that cuts corporate\n"
                    "tax, raises the personal allow-\nance and cuts VAT.\nContinued on Page 7")) ==
        std::vector<std::string>{"LIROVO \u2014", "Finance Minister Mar-\ngit Odell yesterday presented a\n2026 budget that cuts "
                                 "corporate\ntax, raises the personal allow-\nance and cuts VAT.", "Continued on Page 7"});
  CHECK(sentences(u("Les députés ont adopté dans la nuit le\nprojet de loi de finances par 289 voix.\nLa séance est levée."),
                  Language::fr).size() == 2);
  // a preposition ends a heading before a capital, and a line too short for a column is its own
  CHECK(sentences(u("What we are asking for\nWe are calling for an independent review.")).size() == 2);
  CHECK(sentences(u("Read more-\nsport")).size() == 2);
}

TEST_CASE("a list number opening a paragraph stays with its item") {
  CHECK(sentences(u("1. Soap star's secret wedding revealed in Italy snaps")) ==
        std::vector<std::string>{"1. Soap star's secret wedding revealed in Italy snaps"});
  CHECK(sentences(u("12) Energy bills to fall. Prices rise.")) ==
        std::vector<std::string>{"12) Energy bills to fall.", "Prices rise."});
}

TEST_CASE("French: suppressions and sentence starts") {
  auto fr = sentences(u("M. Dupont est arrivé à Paris. Il a parlé aux enquêteurs."), Language::fr);
  CHECK(fr == std::vector<std::string>{"M. Dupont est arrivé à Paris.", "Il a parlé aux enquêteurs."});
  CHECK(sentences(u("Le parquet de Paris a ouvert une enquête. Elle vise X."), Language::fr).size() == 2);
}

TEST_CASE("a sentence opening with a figure after a full stop is a sentence of its own") {
  CHECK(sentences(u("Le rachat coûte 2,5 milliards d'euros. 7 personnes ont été licenciées."), Language::fr) ==
        std::vector<std::string>{"Le rachat coûte 2,5 milliards d'euros.", "7 personnes ont été licenciées."});
  CHECK(sentences(u("The fire broke out overnight. 25 people were taken to hospital.")).size() == 2);
  // but not after an abbreviation or a month: "Feb. 3", "sept. 2025", "art. 12", "3 p.m. 25"
  CHECK(sentences(u("It happened on Feb. 3 in Paris.")).size() == 1);
  CHECK(sentences(u("Le texte a été voté le 3 sept. 2025 par les députés."), Language::fr).size() == 1);
  CHECK(sentences(u("Selon l'art. 12 du code pénal, c'est un délit."), Language::fr).size() == 1);
  CHECK(sentences(u("The match ended at 10 p.m. 25 minutes late.")).size() == 1);
}

TEST_CASE("paragraphs are the non-blank lines, trimmed, whatever the line breaks") {
  Segmenter seg(Language::en);
  auto text = u("  First line.  \r\n\r\nSecond line.\rThird.\u2029Fourth.\n   \n");
  auto s = seg.segment(text);
  REQUIRE(s.paragraphs.size() == 4);
  CHECK(test::s8(text.substr(s.paragraphs[0].start, s.paragraphs[0].size())) == "First line.");
  CHECK(s.paragraphs[0].start == 2);
  CHECK(test::s8(text.substr(s.paragraphs[3].start, s.paragraphs[3].size())) == "Fourth.");
  REQUIRE(s.sentences.size() == 4);
  for (uint32_t i = 0; i < 4; ++i) CHECK(s.sentences[i].paragraph == i);
}

TEST_CASE("a narrow no-break space parts words, as a space does: '5 800', '« pénurie »'") {
  for (const char* text : {"Près de 5\u202F800 pharmacies, « pénurie\u202F».", "Près de 5\u202F800 pharmacies, \u05D0 « pénurie\u202F»."}) {
    // (the second has a Hebrew letter: ICU's word breaker reads it, not the Latin fast path)
    Segmenter seg(Language::fr);
    auto t = u(text);
    auto s = seg.segment(t);
    std::vector<std::string> words;
    for (const auto& w : s.words) words.push_back(test::s8(t.substr(w.range.start, w.range.size())));
    CHECK(std::find(words.begin(), words.end(), "5") != words.end());
    CHECK(std::find(words.begin(), words.end(), "800") != words.end());
    CHECK(std::find(words.begin(), words.end(), "pénurie") != words.end());
    for (const auto& w : words) CHECK(w.find("\u202F") == std::string::npos);
  }
}

TEST_CASE("offsets are UTF-16 code units: emoji take two, accents one") {
  Segmenter seg(Language::en);
  auto text = u("Hi \U0001F44B there. Élysée said no.");
  auto s = seg.segment(text);
  REQUIRE(s.sentences.size() == 2);
  CHECK(s.sentences[0].range == corroborate::Range{0, 12});  // "Hi 👋 there."
  CHECK(s.sentences[1].range == corroborate::Range{13, 28});
  // words: Hi, there, Élysée, said, no (the emoji is not a word)
  REQUIRE(s.words.size() == 5);
  CHECK(s.words[1].range == corroborate::Range{6, 11});
  CHECK(s.words[2].range == corroborate::Range{13, 19});
  CHECK(s.sentences[0].first_word == 0);
  CHECK(s.sentences[0].end_word == 2);
  CHECK(s.sentences[1].first_word == 2);
  CHECK(s.sentences[1].end_word == 5);
}

TEST_CASE("no offset splits a surrogate pair") {
  Segmenter seg(Language::en);
  auto text = u("\U0001F600\U0001F600 ok. \U0001D400bc is math. \U0001F468\u200D\U0001F469\u200D\U0001F467 family.");
  auto s = seg.segment(text);
  auto inside_pair = [&](uint32_t i) { return i > 0 && i < text.size() && U16_IS_TRAIL(text[i]) && U16_IS_LEAD(text[i - 1]); };
  for (const auto& sen : s.sentences) {
    CHECK_FALSE(inside_pair(sen.range.start));
    CHECK_FALSE(inside_pair(sen.range.end));
  }
  for (const auto& w : s.words) {
    CHECK_FALSE(inside_pair(w.range.start));
    CHECK_FALSE(inside_pair(w.range.end));
  }
}

TEST_CASE("numbers are single words, flagged numeric") {
  Segmenter seg(Language::en);
  auto text = u("Grok generated 23,000 images in 11 days.");
  auto s = seg.segment(text);
  REQUIRE(s.words.size() == 7);
  CHECK(test::s8(text.substr(s.words[2].range.start, s.words[2].range.size())) == "23,000");
  CHECK(s.words[2].numeric);
  CHECK(s.words[5].numeric);
  CHECK_FALSE(s.words[3].numeric);
}

TEST_CASE("an amount glued to its currency's code is two words, the code and the figure: 'ALK3.4bn'") {
  Segmenter seg(Language::en);
  auto text = u("Defence rises by ALK3.4bn, the MH370 search by USD5m and A320 orders by 12.");
  auto s = seg.segment(text);
  std::vector<std::string> words;
  for (const auto& w : s.words) words.push_back(test::s8(text.substr(w.range.start, w.range.size())));
  CHECK(words == std::vector<std::string>{"Defence", "rises", "by", "ALK", "3.4bn", "the", "MH370", "search", "by", "USD",
                                          "5m", "and", "A320", "orders", "by", "12"});
}

TEST_CASE("a closing guillemet after the quotation's full stop and a space ends the quotation, not a sentence of its own") {
  // French sets a space (or a no-break one) before "»"; UAX #29 breaks before it
  CHECK(sentences(u("« Je pense à ma grand-mère, qui n'a jamais su lire. »\nSon éditeur a annoncé une réimpression."),
                  Language::fr) ==
        std::vector<std::string>{"« Je pense à ma grand-mère, qui n'a jamais su lire. »", "Son éditeur a annoncé une réimpression."});
  CHECK(sentences(u("Il a dit : « Ce n'est rien.\u00a0» Deuxième, Eklund refusait de s'avouer vaincu."), Language::fr) ==
        std::vector<std::string>{"Il a dit : « Ce n'est rien.\u00a0»", "Deuxième, Eklund refusait de s'avouer vaincu."});
  // an attribution after it goes on with the quotation
  CHECK(sentences(u("« On nous parle de volontariat. », s'emporte Karim Belkacem, de la CGT. Le préfet se tait."),
                  Language::fr) ==
        std::vector<std::string>{"« On nous parle de volontariat. », s'emporte Karim Belkacem, de la CGT.", "Le préfet se tait."});
  // a guillemet that opens a quotation (a letter right after it) is left where it is
  CHECK(sentences(u("Er ging. »Komm zurück«, rief sie.")).size() == 2);
}

TEST_CASE("a list numbered line by line is a line per item, though a line ends with a preposition and the next opens with a figure") {
  CHECK(sentences(u("MOST READ IN NEWS\n2 Lottery winner, 71, reveals what he spent first \u00a31m on\n"
                    "3 Warning to drivers over new motorway speed cameras")) ==
        std::vector<std::string>{"MOST READ IN NEWS", "2 Lottery winner, 71, reveals what he spent first \u00a31m on",
                                 "3 Warning to drivers over new motorway speed cameras"});
  // a sentence wrapped before its figure still goes on
  CHECK(sentences(u("The regulator said wholesale gas prices for next-day delivery rose by\n14% in early trading.")).size() == 1);
}

TEST_CASE("empty and blank text have no paragraphs, sentences or words") {
  Segmenter seg(Language::en);
  for (auto text : {u(""), u("   \n\n \t "), u("\n")}) {
    auto s = seg.segment(text);
    CHECK(s.paragraphs.empty());
    CHECK(s.sentences.empty());
    CHECK(s.words.empty());
  }
}

TEST_CASE("a sentence of only punctuation has no words") {
  Segmenter seg(Language::en);
  auto s = seg.segment(u("***"));
  REQUIRE(s.sentences.size() == 1);
  CHECK(s.sentences[0].first_word == s.sentences[0].end_word);
}

TEST_CASE("the demo articles: real sentences come out whole, and sentences tile each paragraph") {
  const auto& truthout = test::demo_article("truthout");
  auto sens = sentences(truthout.text);
  auto has = [&](std::string_view s) { return std::find(sens.begin(), sens.end(), s) != sens.end(); };
  CHECK(has("French police have raided X\u2019s offices in Paris and summoned its chairman, Elon Musk, to "
            "testify, in an escalation of a multifaceted investigation into the social media "
            "platform\u2019s data use, deepfake porn generation, and other allegations of wrongdoing."));
  CHECK(has("By Sharon Zhang ,"));

  Segmenter seg(Language::en);
  for (const auto& a : test::demo_articles()) {
    CAPTURE(a.id);
    auto s = seg.segment(a.text);
    CHECK(s.sentences.size() > 10);
    // every non-space character of a paragraph is in exactly one sentence, in order
    size_t si = 0;
    for (uint32_t p = 0; p < s.paragraphs.size(); ++p) {
      uint32_t pos = s.paragraphs[p].start;
      while (si < s.sentences.size() && s.sentences[si].paragraph == p) {
        CHECK(s.sentences[si].range.start >= pos);
        for (uint32_t i = pos; i < s.sentences[si].range.start; ++i) CHECK(u_isUWhiteSpace(a.text[i]));
        pos = s.sentences[si].range.end;
        ++si;
      }
      CHECK(pos == s.paragraphs[p].end);
    }
    CHECK(si == s.sentences.size());
  }
}

TEST_CASE("written_without_spaces: its shortcut below Thai agrees with ICU's properties on every code point") {
  auto by_properties = [](UChar32 c) {
    const auto script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
    return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
           u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
  };
  int disagree = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) disagree += corroborate::written_without_spaces(c) != static_cast<bool>(by_properties(c));
  CHECK(disagree == 0);
  CHECK(corroborate::written_without_spaces(U'\u0E01'));  // Thai
  CHECK(corroborate::written_without_spaces(U'\u6F22'));  // Han
  CHECK(!corroborate::written_without_spaces(U'é'));
}

namespace {

// ICU's words of `text`, as the segmenter took them before the fast path: runs whose rule status
// is a word's, numeric when the status is a number's.
std::vector<corroborate::Word> icu_words(icu::BreakIterator& it, std::u16string_view text) {
  std::vector<corroborate::Word> out;
  icu::UnicodeString s(false, text.data(), static_cast<int32_t>(text.size()));
  it.setText(s);
  int32_t prev = it.first();
  for (int32_t next = it.next(); next != icu::BreakIterator::DONE; prev = next, next = it.next()) {
    const int32_t rule = it.getRuleStatus();
    if (rule >= UBRK_WORD_NONE_LIMIT)
      out.push_back({{uint32_t(prev), uint32_t(next)}, rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT});
  }
  return out;
}

// Compares latin_words with ICU on `text`; true when latin_words took the text.
bool same_words_as_icu(icu::BreakIterator& it, std::u16string_view text, int& mismatches) {
  std::vector<corroborate::Word> fast;
  const bool taken = corroborate::latin_words(text, {0, uint32_t(text.size())}, fast);
  if (!taken) {
    if (!fast.empty()) ++mismatches;
    return false;
  }
  const auto ref = icu_words(it, text);
  bool same = fast.size() == ref.size();
  for (size_t k = 0; same && k < ref.size(); ++k)
    same = fast[k].range.start == ref[k].range.start && fast[k].range.end == ref[k].range.end &&
           fast[k].numeric == ref[k].numeric;
  if (!same && ++mismatches <= 5) MESSAGE("latin_words differs from ICU on: ", test::s8(text));
  return true;
}

std::unique_ptr<icu::BreakIterator> word_iterator(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
  REQUIRE(U_SUCCESS(status));
  return it;
}

}  // namespace

TEST_CASE("latin_words splits every string of up to four characters of its classes as ICU does") {
  // one or two characters of each class: letters, figures, joiners, the mid characters, colon
  // (ICU leaves it out of MidLetter), spaces and other punctuation
  const std::u16string alphabet = u"a\u00C91_\u203F.'\u2019,;\u2044\u00B7: -\"";
  for (const char* locale : {"en@ss=standard", "fr@ss=standard"}) {
    auto it = word_iterator(locale);
    int mismatches = 0, taken = 0;
    const size_t n = alphabet.size();
    for (size_t length = 1; length <= 4; ++length) {
      size_t total = 1;
      for (size_t k = 0; k < length; ++k) total *= n;
      for (size_t code = 0; code < total; ++code) {
        std::u16string s;
        for (size_t c = code, k = 0; k < length; ++k, c /= n) s += alphabet[c % n];
        taken += same_words_as_icu(*it, s, mismatches);
      }
    }
    CHECK(mismatches == 0);
    CHECK(taken == 16 + 256 + 4096 + 65536);
  }
}

TEST_CASE("latin_words agrees with ICU on each character of its ranges, alone and between letters, figures, joiners") {
  auto it = word_iterator("en@ss=standard");
  int mismatches = 0, taken = 0;
  auto check = [&](char16_t c) {
    for (std::u16string context : {u"#", u"a#", u"#a", u"a#a", u"1#", u"#1", u"1#1", u"_#", u"#_", u"a#1", u"1#a"}) {
      std::replace(context.begin(), context.end(), u'#', c);
      taken += same_words_as_icu(*it, context, mismatches);
    }
  };
  for (char16_t c = 0; c < 0x250; ++c) check(c);
  for (char16_t c = 0x2000; c < 0x2070; ++c) check(c);
  CHECK(mismatches == 0);
  CHECK(taken > 6000);
}

TEST_CASE("latin_words agrees with ICU on random Latin text, and leaves other text to ICU") {
  auto it = word_iterator("en@ss=standard");
  // code points from the fast path's ranges (with the classes it leaves to ICU: U+00AD, U+200D,
  // U+2028) and a few beyond them
  std::vector<char16_t> pool;
  for (char16_t c = 0x20; c < 0x250; ++c) pool.push_back(c);
  for (char16_t c = 0x2000; c < 0x2070; ++c) pool.push_back(c);
  for (char16_t c : {u'a', u'e', u'1', u'0', u' ', u' ', u'.', u',', u'\'', u'_'})
    for (int k = 0; k < 40; ++k) pool.push_back(c);  // common characters, so runs form
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  int mismatches = 0, taken = 0, left = 0;
  for (int round = 0; round < 3000; ++round) {
    std::u16string s;
    const uint32_t length = 1 + next() % 60;
    for (uint32_t k = 0; k < length; ++k) s += pool[next() % pool.size()];
    if (round % 10 == 0) s += (round % 20 == 0) ? u'\u0301' : u'\u05D0';  // a combining accent, Hebrew
    (same_words_as_icu(*it, s, mismatches) ? taken : left)++;
  }
  CHECK(mismatches == 0);
  CHECK(taken > 1000);
  CHECK(left >= 300);
  // every paragraph of the demo articles that the fast path takes
  int paragraphs = 0;
  for (const auto& article : test::demo_articles()) {
    const std::u16string& text = article.text;
    Segmenter seg(Language::en);
    for (const auto& p : seg.segment(text).paragraphs)
      paragraphs += same_words_as_icu(*it, std::u16string_view(text).substr(p.start, p.size()), mismatches);
  }
  CHECK(mismatches == 0);
  CHECK(paragraphs > 100);
}

TEST_CASE("latin_words: words, figures and joined forms") {
  auto words = [](std::u16string_view text) {
    std::vector<corroborate::Word> out;
    REQUIRE(corroborate::latin_words(text, {0, uint32_t(text.size())}, out));
    std::vector<std::string> shown;
    for (const auto& w : out) shown.push_back(test::s8(text.substr(w.range.start, w.range.size())) + (w.numeric ? "#" : ""));
    return shown;
  };
  CHECK(words(u"L\u2019enquête a coûté 1 200,50 euros, soit 3.5 % de plus.") ==
        std::vector<std::string>{"L\u2019enquête", "a", "coûté", "1#", "200,50#", "euros", "soit", "3.5#", "de", "plus"});
  CHECK(words(u"U.S. a1 1a e.g. ratio:3 __init__ _ press@example.org") ==
        std::vector<std::string>{"U.S", "a1#", "1a", "e.g", "ratio", "3#", "__init__", "press@example.org"});
  std::vector<corroborate::Word> out;
  CHECK_FALSE(corroborate::latin_words(u"Ελλάδα", {0, 6}, out));
  CHECK_FALSE(corroborate::latin_words(u"cafe\u0301", {0, 5}, out));
  CHECK(out.empty());
}

TEST_CASE("one_latin_sentence: a paragraph it calls one sentence is one sentence for ICU") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  REQUIRE(U_SUCCESS(status));
  int wrong = 0, one = 0, other = 0;
  auto check = [&](std::u16string_view text) {
    if (!corroborate::one_latin_sentence(text, {0, uint32_t(text.size())})) return ++other, void();
    ++one;
    icu::UnicodeString s(false, text.data(), static_cast<int32_t>(text.size()));
    it->setText(s);
    it->first();
    if (it->next() != static_cast<int32_t>(text.size()) && ++wrong <= 5)
      MESSAGE("ICU splits a paragraph one_latin_sentence took whole: ", test::s8(text));
  };
  for (const auto& article : test::demo_articles()) {
    Segmenter seg(Language::en);
    for (const auto& p : seg.segment(article.text).paragraphs) check(std::u16string_view(article.text).substr(p.start, p.size()));
  }
  CHECK(one > 50);
  CHECK(other > 30);
  std::vector<char16_t> pool;
  for (char16_t c = 0x20; c < 0x250; ++c) pool.push_back(c);
  for (char16_t c = 0x2000; c < 0x2070; ++c) pool.push_back(c);
  for (char16_t c : {u'a', u'B', u'1', u' ', u' ', u' '})
    for (int k = 0; k < 60; ++k) pool.push_back(c);
  uint32_t seed = 777;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 5000; ++round) {
    std::u16string s;
    const uint32_t length = 1 + next() % 80;
    for (uint32_t k = 0; k < length; ++k) s += pool[next() % pool.size()];
    check(s);
  }
  CHECK(wrong == 0);
  CHECK(one > 600);
  auto whole = [](std::u16string_view text) { return corroborate::one_latin_sentence(text, {0, uint32_t(text.size())}); };
  CHECK_FALSE(whole(u"It rained. Then it stopped."));
  CHECK_FALSE(whole(u"Prices rose 3.5 % in May"));
  CHECK(whole(u"He said \u201Cno\u201D!\u201D "));
  CHECK(whole(u"Un entrep\u00F4t d\u00E9truit \u00E0 V\u00E9nissieux"));
  CHECK_FALSE(whole(u"Il pleut\u2028encore"));
  CHECK_FALSE(whole(u"\u0391\u03B8\u03AE\u03BD\u03B1"));  // Greek: left to ICU
}

namespace {

// The paragraphs of `text`, as UTF-8 strings.
std::vector<std::string> paragraphs(std::u16string_view text, Language lang = Language::en) {
  Segmenter seg(lang);
  const auto s = seg.segment(text);
  std::vector<std::string> out;
  for (const auto& p : s.paragraphs) out.push_back(test::s8(text.substr(p.start, p.size())));
  return out;
}


}  // namespace

TEST_CASE("a page pasted as one line is split into its lines: byline, stamp, share button, credit, link") {
  const auto text = u(test::kGluedPage);
  REQUIRE(text.size() >= 1500);
  const auto p = paragraphs(text);
  REQUIRE(p.size() == 9);
  CHECK(p[0] == "Home > News > Transport Coastal line shut for a week after landslide buries tracks");
  CHECK(p[1] == "By Mara Jensen");
  CHECK(p[2] == "Published March 4, 2026 at 6:05 p.m.");
  CHECK(p[3] == "Share");
  CHECK(p[4] == "Workers clear mud from the tracks near Hollin Bay on Tuesday.");
  CHECK(p[5] == "Photo: Dan Okoro / Northern Post");
  CHECK(p[6].rfind("The coastal railway between", 0) == 0);
  CHECK(p[7] == "Read more: Why our railways keep sliding into the sea");
  CHECK(p[8].rfind("The line carries about 9,000 passengers", 0) == 0);
  // six lines of one sentence each, the story's 4 + 6 sentences and the link
  CHECK(sentences(text).size() == 17);
  // French: "Par" and a name, "Publié le", "Partager", "Photo", "Lire aussi"
  const auto fr = paragraphs(u("Accueil > Région Le pont de Saint-Aubin fermé pour six mois Par Lucie Garnier Publié le "
                               "04/03/2026 à 18h05 Partager Le pont vu depuis la rive gauche, mardi. Photo Le Petit "
                               "Courrier - Jean Marc Le pont de Saint-Aubin sera fermé à la circulation pendant six mois "
                               "à partir du 1er avril, a annoncé mardi le conseil départemental. Lire aussi : Les ponts "
                               "du département sont-ils sûrs ? Les travaux doivent coûter 4,2 millions d'euros. " +
                               std::string(1500, ' ') + "Fin."),
                             Language::fr);
  REQUIRE(fr.size() >= 8);
  CHECK(fr[1] == "Par Lucie Garnier");
  CHECK(fr[2] == "Publié le 04/03/2026 à 18h05");
  CHECK(fr[3] == "Partager");
  CHECK(fr[5] == "Photo Le Petit Courrier - Jean Marc");
  CHECK(fr[7] == "Lire aussi : Les ponts du département sont-ils sûrs ?");
}

TEST_CASE("a long paragraph of prose is not split at capitalised words that open page lines elsewhere") {
  // "By", "Share", "Photo" inside sentences, "Credit" as a name; a paragraph of a page's length
  std::string prose;
  while (prose.size() < 1600)
    prose += "Shares of Credit Suisse fell after the report, and the bank's Photo Archive was sold. Investors said "
             "that by Monday, By then the Share price had halved. ";
  const auto p = paragraphs(u(prose));
  CHECK(p.size() == 1);
  // and a paragraph shorter than a page is never split
  CHECK(paragraphs(u("Coastal line shut By Mara Jensen Published March 4 Share Workers clear mud.")).size() == 1);
}

TEST_CASE("a piece of signs only goes with a sentence: a bold run's close, an image's opening markdown, an emoji") {
  // (the one before it in the paragraph; the one after it at the paragraph's start)
  CHECK(sentences(u("**Le feu s'est déclaré mardi vers 23 h 40 dans les combles. Une partie de l'édifice est détruite.**")) ==
        std::vector<std::string>{"**Le feu s'est déclaré mardi vers 23 h 40 dans les combles.",
                                 "Une partie de l'édifice est détruite.**"});
  CHECK(sentences(u("![Les pompiers devant l'aile nord](https://example.fr/img/a.jpg)")) ==
        std::vector<std::string>{"![Les pompiers devant l'aile nord](https://example.fr/img/a.jpg)"});
  CHECK(sentences(u("We stayed all night. By the time we got there, more than 50 of the whales had already died. \U0001F494")) ==
        std::vector<std::string>{"We stayed all night.",
                                 "By the time we got there, more than 50 of the whales had already died. \U0001F494"});
  // a paragraph of signs only stays one
  CHECK(sentences(u("* * *")) == std::vector<std::string>{"* * *"});
  CHECK(sentences(u("?!")) == std::vector<std::string>{"?!"});
}

TEST_CASE("a case's 'v.' between its parties and 'No.' before a code with figures do not end a sentence") {
  CHECK(sentences(u("Delgado v. Aldervale Water Co. — CA-2026-0412 — Reasons for Judgment")).size() == 1);
  CHECK(sentences(u("The ruling in Delgado vs. Aldervale was the first of its kind. It was appealed.")) ==
        std::vector<std::string>{"The ruling in Delgado vs. Aldervale was the first of its kind.", "It was appealed."});
  CHECK(sentences(u("Case No. CA-2026-0412")).size() == 1);
  CHECK(sentences(u("The Trust is a registered charity (No. 1180457). It was founded in 1990.")).size() == 2);
  // (a word of letters after "No." is another sentence's: "Is it over? No. The talks go on.")
  CHECK(sentences(u("Did the talks end? No. The talks go on.")).size() == 3);
}
