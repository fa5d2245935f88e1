// Stage 5, classify: what each sentence is (agree, detail, repeat, boilerplate) and the finer
// marks inside it (detail words, verbatim runs, conflicting values).
//
// Boilerplate and repeats are found before alignment (so page furniture never forms claims); the
// rest after it, from the claims.
#pragma once

#include <vector>

#include "document.h"

namespace corroborate {

// Donation appeals, share/follow/comment prompts, bylines, datelines, captions and credits, site
// names, taglines, headings and author bios: by structure (a heading is a lone line without a full
// stop in an article of real paragraphs), cues that carry across sites (second person, calls to
// action, publisher's "we", first person outside quotes, caption words, contact addresses, a bio
// opening with the byline's name) and relevance to the
// story (how much of a sentence's vocabulary the other articles, or the rest of this one, share).
void mark_boilerplate(std::vector<Document>& docs, const Vocabulary& vocab);

// The second and later copies of a sentence an article repeats word for word.
void mark_repeats(std::vector<Document>& docs);

// agree / detail from the claims, and the detail words of agreeing sentences: content words
// that none of the sentence's counterparts in other articles has.
void mark_agreement(std::vector<Document>& docs, const std::vector<Claim>& claims);

// Runs of at least `min_words` words shared word for word (case, quotes and punctuation aside)
// with another article.
void mark_verbatim(std::vector<Document>& docs, uint32_t min_words);

// Numbers and dates that differ between the members of a claim (a less precise value is not a
// conflict), where the two answer each other: close versions of the claim, the same word
// governing both, or counts of one thing in sentences naming one event (`outcome`: per term id,
// the kinds outcome_kinds() gives it, as align takes them); and people named in one role
// ("President Julio Vargas" / "President Carlos Mendez").  Recorded on the claim and as spans,
// one per value.
void find_conflicts(std::vector<Document>& docs, std::vector<Claim>& claims, const Vocabulary& vocab,
                    const std::vector<outcome::Kinds>& outcome);

}  // namespace corroborate
