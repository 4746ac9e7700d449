// Two language versions of one scenario side by side: where their structure differs (nodes, answers, where
// answers lead, points, mood, conditions, flags, endings, the header's numbers), so a translation that changed
// more than the words is caught before trainees in one language are scored differently from the other.
#pragma once

#include <string>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

struct TranslationDifference {
    enum class Kind {
        header,          // start, pass, time_limit, on_mood_zero, skills, order, the character's mood, role, channel, difficulty
        node_missing,    // a node only one version has
        ending,          // an ending in one and not the other, or of another kind
        answer_count,    // a node with a different number of answers
        goto_target,     // an answer or a timeout leading elsewhere (its plain goto or a conditional entry)
        points,          // a skill's points of an answer or a timeout
        mood,            // an answer's, a timeout's or an arrival's mood change
        condition,       // an answer's `if`, or a conditional goto entry's
        flags,           // what an answer, a timeout or an arrival sets
        timeout,         // on_timeout in one version only
        arrival,         // on_enter in one version only
        node_setting,    // a node's order, call or visibility, an answer's ideal mark
    };
    Kind kind = Kind::header;
    std::string node;      // the node's id; empty for the header
    int choice = 0;        // the answer (1-based, as written), 0 for the node itself or its timeout
    std::string message;   // what differs, with both values: "answer 2 goes to 'fix' in the first, to 'thanks' in the second"
    SourceLocation first;  // where it is in each version; 0 (the whole file) where that version lacks it
    SourceLocation second;
};

// Every structural difference between `a` and `b`, the header's first, then by node in `a`'s order, then the
// nodes only `b` has. Texts and languages are not compared (they are what a translation changes), nor the
// scenarios' ids. Empty when the two play and score alike.
std::vector<TranslationDifference> compare_translations(const Scenario& a, const Scenario& b);

// The files beside `path` that look like another language version of `scenario`: scenario files of the same
// folder written in another language that share at least half of its node ids (a translation keeps them),
// the closest first. For the studio's pick list; a trainer can name any other file too.
std::vector<std::string> other_language_versions(const std::string& path, const Scenario& scenario);

}  // namespace frontdesk
