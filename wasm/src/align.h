// Stage 4, align: which sentences of different articles state the same claim.
//
// Sentences are compared by the IDF²-weighted overlap of their normalized terms (stems, concepts,
// numbers, dates): cosine similarity of binary vectors weighted by how rare a term is among the
// story's sentences, so "Europol" counts for more than "X" (in a story of fewer than twelve
// sentences, too few to tell, a figure counts for more and a name for less), and two sentences need two words in
// common (or, both short, one word and one figure each, of one kind, the word not what the
// figures count: "Turnout 46.1%" / "Turnout was just 41.6 per cent").  Two sentences of the same
// words but for two at most, in which a word both say actively has the shared words around it the
// other way round ("Redport beat Harcastle" / "Harcastle beat Redport"; not in a quote, whose
// speaker comes before or after it), or one negates or hedges and the other not, or one calls off
// what the other tells as going ahead ("va recourir au 49.3" / "a renoncé à recourir au 49.3"), or the two take opposite sides of a polar pair ("up" / "down", "avant" /
// "après") (see AlignOptions), or their figures or names exchange places between the same words ("12 km north
// ... a depth of 10 km" / "10 km north ... a depth of 12 km"), or, short, a word naming what
// happened is swapped for a plain one ("reportée" / "avancée"), are not one claim.
// Sentences with identical terms (and roles) are aligned once.  Candidate pairs come from an
// inverted index over the rarer terms, so the cost grows with the text, not with its square.
// Between articles of three content sentences or more, two sentences that are each other's best
// match in the other's article are a pair at 70% of the threshold.
// Pairs above the threshold are grouped into claims greedily, strongest first: a sentence joins a
// claim when it matches three quarters of the claim's first (at most 8) distinct sentences and its
// article is not in the claim yet; a sentence that matches two separate groups belongs to both (to at
// most 4 claims: a lead sentence can pack that many).  A long sentence's clauses (runs of six
// content words or more between commas, brackets, dashes, quotation marks or conjunctions; a quotation is a
// clause of its own) are aligned beside it, at a threshold
// half as high again: a claim one of them joins is the sentence's, so that a lead packing several claims
// shares each with the sentences that tell only one of them (not two sentences of nearly the same
// words found to be two claims).  A claim whose sentences all belong
// to another claim too is dropped.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"

namespace corroborate {

struct AlignOptions {
  double threshold = 0.15;  // minimum similarity of two sentences stating the same claim
  // Per term id, the kinds of exclusive outcome it names (bits, see outcome_kinds(); 0 = none, and
  // terms past the end have none): a sentence naming one outcome of a kind and another naming a
  // different one, neither naming the other's, are not the same claim; nor are two short
  // sentences (12 terms or fewer) naming events, none in common (of one joining clauses by a comma
  // and a conjunction, the events of the clause the other sentence shares most with: "X scored
  // twice, and the coach called it his proudest day" / "the coach said the win was his proudest
  // day" may be one claim); nor a short one naming a
  // reversal (a cancellation) and one naming no outcome of its kind.
  std::vector<outcome::Kinds> outcome;
  // Per term id, whether it is a figure's rounding cell (terms past the end are not): evidence of
  // one claim when two sentences share it ("412,318" / "about 412,000"), at half a term's weight,
  // and no cost when they do not -- it counts in no sentence's norm, nor as a word in common.
  std::vector<bool> rounding;
  // Per term id, the kind of figure it is (0: none; 1: a count or an amount; 2: a percentage;
  // terms past the end are none): two short sentences sharing one word, not what their figures
  // count, each with one figure, of one kind, and not the same, may state one measure ("Turnout
  // 46.1%" / "Turnout was just 41.6 per cent") -- the figure pair counts as the second word in
  // common.
  std::vector<uint8_t> figure;
  // Per word id (the folded surface), whether it marks the passive voice before a verb ("was",
  // "été") or its agent after it ("by", "par"): words past the end mark nothing.  Two sentences of
  // the same words whose roles are swapped ("A beat B" / "B beat A", not "B was beaten by A") are
  // not the same claim.
  std::vector<bool> auxiliary, agent;
  // Per word id, 1 when it attributes a statement ("said", "told", "according", "selon", "a
  // déclaré"; see attribution_words()), 2 when it is a subject pronoun ("it", "they", "il"): who
  // said it is no role of what was said ("The mayor said the city will open a center" / "A center
  // will open, the mayor said"), unless the statement's subject is the speaker again ("Varnia said
  // it would lift its ban on Ostreli boats" / "Ostrel said it would lift its ban on Varnian boats").
  std::vector<uint8_t> speech;
  // Per word id, its part in negating its sentence ("not", "never", "aucun", "n'a"; "until" and
  // "qu'", which undo a negation just before them, "did not reopen until 3:40 p.m.", "n'a rouvert
  // qu'à 15 h 40"; see negation_role(); words past the end have none): two sentences of at most 20 terms and of the
  // same terms but for two, one negating and the other not, state opposite claims ("it would offer
  // customers free credit monitoring" / "it would not offer customers free credit monitoring"; "a
  // décidé d'exclure l'élève" / "a décidé de ne pas exclure l'élève"), unless one gives a
  // percentage (a share negated is the share of the rest).  (Sentences further apart are left to
  // the threshold: one claim is often told once with a negation and once without, "the cause was
  // not known" / "the cause is under investigation".)
  std::vector<uint8_t> negation;
  // Per word id, whether it hedges its sentence and how (hedge::possibility or hedge::other; 0:
  // not): a possibility, a proposal, a plan or a suspicion rather than a fact ("could", "whether",
  // "proposed", "intends", "envisagent", "suspecté"; see hedge_kind(); words past the end do not;
  // nor a word the normalizer read as a date's, "May 7").  Two sentences of the same terms but for
  // three (the hedge may change its verb: "confirmed 14 cases" / "are investigating 14 suspected
  // cases"), one hedging and the other not, state different claims
  // ("no passwords were compromised" / "it could not rule out that passwords were compromised";
  // "proposed an $18 million fine" / "imposed an $18 million fine"; "ont placé la vallée en
  // vigilance rouge" / "envisagent de placer la vallée en vigilance rouge").  Not forecasts
  // ("expected", "devrait"): "la route ne devrait pas rouvrir avant le 16 mars" is the claim "ne
  // rouvrira pas avant".
  std::vector<uint8_t> hedge;
  // Per word id, its side of a polar pair (1 + 2 × pair + side; 0: none; see polar_side(); words
  // past the end have none): two sentences of the same terms but for two, as for a negation, one
  // with words of one side of a pair only and the other of the other side only, state different
  // claims ("turnout was 41 per cent, up from 2021" / "down from 2021"; "bonus compris" / "hors
  // bonus").
  std::vector<uint8_t> polar;
  // Per word id (and concept term id), what it tells of a negation's scope (bits of
  // negation_scope, see negation_scope_of(); ids past the end tell nothing): two sentences of any
  // other words, one negating a verb with a particle and the other stating that verb, state
  // opposite claims ("Marchetti did not testify in his own defense" / "Marchetti testified in his
  // own defense, telling jurors ..."; "l'ambassadeur n'était pas visé par la mesure" / "fait
  // partie des diplomates visés par la mesure"), unless the other says no in a word of its own
  // ("you can't rent out a whole house" / "the ordinance bars owners from renting").
  std::vector<uint8_t> scope;
};

// Claims over the content sentences (kind detail) of `docs`, every content sentence in at least
// one (alone if no other article makes its claim); fills Document::claims.  Claims are numbered
// in the order their first sentence appears (article order, then text order).
std::vector<Claim> align(std::vector<Document>& docs, const AlignOptions& options);

// The similarity of two term sets under the given weights (exposed for tests).
double similarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                  const std::vector<double>& weight, const std::vector<bool>& rounding = {},
                  const std::vector<uint8_t>& figure = {});

}  // namespace corroborate
