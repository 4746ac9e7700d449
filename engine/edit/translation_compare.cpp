// Comparing the structure of two language versions of a scenario. Nodes are matched by id and answers by
// their place in the node, flags and skills by name: a translation keeps all of them and changes only texts.
#include "frontdesk/translation_compare.h"

#include "frontdesk/scenario_loader.h"
#include <algorithm>
#include <set>
#include <filesystem>

#include <map>

namespace frontdesk {

namespace {

using Kind = TranslationDifference::Kind;

std::string id_of(const Scenario& s, NodeIndex node) {
    return node == no_node ? std::string("(none)") : s.nodes[static_cast<std::size_t>(node)].id;
}

std::string condition_of(const std::shared_ptr<const Expression>& condition) {
    return condition ? condition->canonical() : std::string();
}
std::string condition_text(const std::shared_ptr<const Expression>& condition) {
    return condition ? in_quotes(condition->text()) : std::string("none");
}

std::map<std::string, std::int64_t> flags_of(const Scenario& s, const std::vector<FlagAssignment>& set) {
    std::map<std::string, std::int64_t> out;
    for (const FlagAssignment& a : set) out[s.flags[static_cast<std::size_t>(a.flag)]] = a.value;
    return out;
}

std::string describe_flags(const std::map<std::string, std::int64_t>& flags) {
    if (flags.empty()) return "nothing";
    std::string out;
    for (const auto& [name, value] : flags) out += (out.empty() ? "" : ", ") + name + ": " + std::to_string(value);
    return "{" + out + "}";
}

int points_of(const Scenario& s, const Effect& effect, const std::string& skill) {
    int index = s.find_skill(skill);
    return index < 0 || static_cast<std::size_t>(index) >= effect.score.size() ? 0 : effect.score[static_cast<std::size_t>(index)];
}

class Comparison {
public:
    Comparison(const Scenario& a, const Scenario& b) : a_(a), b_(b) {}

    std::vector<TranslationDifference> run() {
        compare_header();
        for (const Node& node : a_.nodes) {
            NodeIndex other = b_.find_node(node.id);
            if (other == no_node) {
                add(Kind::node_missing, node.id, 0, "node " + in_quotes(node.id) + " is only in the first version", node.location, {});
                continue;
            }
            compare_node(node, b_.nodes[static_cast<std::size_t>(other)]);
        }
        for (const Node& node : b_.nodes)
            if (a_.find_node(node.id) == no_node)
                add(Kind::node_missing, node.id, 0, "node " + in_quotes(node.id) + " is only in the second version", {}, node.location);
        return std::move(out_);
    }

private:
    void add(Kind kind, const std::string& node, int choice, std::string message, SourceLocation first, SourceLocation second) {
        out_.push_back({kind, node, choice, std::move(message), first, second});
    }
    template <typename Value>
    void differ(Kind kind, const std::string& node, int choice, const std::string& what, const Value& x, const Value& y,
                SourceLocation first, SourceLocation second) {
        if (x == y) return;
        add(kind, node, choice, what + ": " + text(x) + " in the first version, " + text(y) + " in the second", first, second);
    }
    static std::string text(const std::string& value) { return value; }
    static std::string text(int value) { return std::to_string(value); }

    void compare_header() {
        auto node_id = [](const Scenario& s, NodeIndex n) { return in_quotes(id_of(s, n)); };
        differ(Kind::header, "", 0, "the start", node_id(a_, a_.start), node_id(b_, b_.start), {}, {});
        differ(Kind::header, "", 0, "on_mood_zero", node_id(a_, a_.on_mood_zero), node_id(b_, b_.on_mood_zero), {}, {});
        differ(Kind::header, "", 0, "pass", a_.pass, b_.pass, {}, {});
        auto limit = [](const Scenario& s) { return s.time_limit ? std::to_string(*s.time_limit) + " s" : std::string("none"); };
        differ(Kind::header, "", 0, "the time limit", limit(a_), limit(b_), {}, {});
        auto skills = [](const Scenario& s) {
            std::string out;
            for (const std::string& skill : s.skills) out += (out.empty() ? "" : ", ") + skill;
            return "[" + out + "]";
        };
        differ(Kind::header, "", 0, "the skills", skills(a_), skills(b_), {}, {});
        auto order = [](AnswerOrder o) { return std::string(o == AnswerOrder::fixed ? "fixed" : "shuffled"); };
        differ(Kind::header, "", 0, "the order of the answers", order(a_.order), order(b_.order), {}, {});
        differ(Kind::header, "", 0, "the character's mood at the start", a_.character.mood, b_.character.mood, {}, {});
        differ(Kind::header, "", 0, "the role", std::string(role_name(a_.role)), std::string(role_name(b_.role)), {}, {});
        differ(Kind::header, "", 0, "the channel", std::string(channel_name(a_.channel)), std::string(channel_name(b_.channel)), {}, {});
        differ(Kind::header, "", 0, "the difficulty", a_.difficulty, b_.difficulty, {}, {});
    }

    void compare_node(const Node& x, const Node& y) {
        const std::string& id = x.id;
        std::string what = "node " + in_quotes(id);
        differ(Kind::ending, id, 0, what + (x.is_ending() || y.is_ending() ? " ends with" : ""), std::string(ending_name(x.ending)),
               std::string(ending_name(y.ending)), x.location, y.location);
        differ(Kind::answer_count, id, 0, what + " has answers", static_cast<int>(x.choices.size()), static_cast<int>(y.choices.size()), x.location, y.location);
        std::size_t both = std::min(x.choices.size(), y.choices.size());
        for (std::size_t c = 0; c < both; ++c) compare_choice(id, static_cast<int>(c + 1), x.choices[c], y.choices[c]);
        if (x.on_timeout.has_value() != y.on_timeout.has_value()) {
            add(Kind::timeout, id, 0, what + " has an on_timeout only in the " + (x.on_timeout ? "first" : "second") + " version",
                x.on_timeout ? x.on_timeout->location : x.location, y.on_timeout ? y.on_timeout->location : y.location);
        } else if (x.on_timeout) {
            compare_effect(id, 0, "the timeout of " + what, *x.on_timeout, *y.on_timeout);
        }
        if (x.on_enter.has_value() != y.on_enter.has_value()) {
            add(Kind::arrival, id, 0, what + " has an on_enter only in the " + (x.on_enter ? "first" : "second") + " version",
                x.on_enter ? x.on_enter->location : x.location, y.on_enter ? y.on_enter->location : y.location);
        } else if (x.on_enter) {
            differ(Kind::mood, id, 0, "arriving at " + what + " changes the mood by", x.on_enter->mood, y.on_enter->mood, x.on_enter->location, y.on_enter->location);
            differ(Kind::flags, id, 0, "arriving at " + what + " sets", describe_flags(flags_of(a_, x.on_enter->set)),
                   describe_flags(flags_of(b_, y.on_enter->set)), x.on_enter->location, y.on_enter->location);
        }
        auto order = [](const std::optional<AnswerOrder>& o) { return std::string(!o ? "as the scenario's" : *o == AnswerOrder::fixed ? "fixed" : "shuffled"); };
        differ(Kind::node_setting, id, 0, "the order of " + what + "'s answers", order(x.order), order(y.order), x.location, y.location);
        auto call = [](const std::optional<CallEvent>& e) {
            return std::string(!e ? "connected" : *e == CallEvent::hold ? "hold" : *e == CallEvent::transfer ? "transfer" : "end");
        };
        differ(Kind::node_setting, id, 0, "the call at " + what, call(x.call), call(y.call), x.location, y.location);
        auto visibility = [](Visibility v) { return std::string(v == Visibility::private_message ? "private" : "public"); };
        differ(Kind::node_setting, id, 0, "the visibility of " + what, visibility(x.visibility), visibility(y.visibility), x.location, y.location);
    }

    void compare_choice(const std::string& node, int number, const Choice& x, const Choice& y) {
        std::string what = "answer " + std::to_string(number) + " of node " + in_quotes(node);
        if (condition_of(x.condition) != condition_of(y.condition))
            add(Kind::condition, node, number, what + " is offered if " + condition_text(x.condition) + " in the first version, " +
                                                   condition_text(y.condition) + " in the second",
                x.condition ? x.condition_location : x.location, y.condition ? y.condition_location : y.location);
        auto ideal = [](bool marked) { return std::string(marked ? "marked ideal" : "not marked"); };
        differ(Kind::node_setting, node, number, what + " is", ideal(x.ideal), ideal(y.ideal), x.location, y.location);
        compare_effect(node, number, what, x, y);
    }

    void compare_effect(const std::string& node, int number, const std::string& what, const Effect& x, const Effect& y) {
        differ(Kind::goto_target, node, number, what + " goes to", in_quotes(id_of(a_, x.target)), in_quotes(id_of(b_, y.target)),
               x.target_location, y.target_location);
        differ(Kind::goto_target, node, number, what + " has conditional goto entries", static_cast<int>(x.conditional_gotos.size()),
               static_cast<int>(y.conditional_gotos.size()), x.location, y.location);
        std::size_t both = std::min(x.conditional_gotos.size(), y.conditional_gotos.size());
        for (std::size_t e = 0; e < both; ++e) {
            const ConditionalGoto& p = x.conditional_gotos[e];
            const ConditionalGoto& q = y.conditional_gotos[e];
            std::string entry = "entry " + std::to_string(e + 1) + " of the goto of " + what;
            differ(Kind::goto_target, node, number, entry + " leads to", in_quotes(id_of(a_, p.target)), in_quotes(id_of(b_, q.target)),
                   p.target_location, q.target_location);
            if (condition_of(p.condition) != condition_of(q.condition))
                add(Kind::condition, node, number, entry + " is taken if " + condition_text(p.condition) + " in the first version, " +
                                                       condition_text(q.condition) + " in the second",
                    p.location, q.location);
        }
        std::vector<std::string> skills = a_.skills;
        for (const std::string& skill : b_.skills)
            if (a_.find_skill(skill) < 0) skills.push_back(skill);
        for (const std::string& skill : skills)
            differ(Kind::points, node, number, what + " gives " + skill, points_of(a_, x, skill), points_of(b_, y, skill), x.location, y.location);
        differ(Kind::mood, node, number, what + " changes the mood by", x.mood, y.mood, x.location, y.location);
        differ(Kind::flags, node, number, what + " sets", describe_flags(flags_of(a_, x.set)), describe_flags(flags_of(b_, y.set)), x.location, y.location);
    }

    const Scenario& a_;
    const Scenario& b_;
    std::vector<TranslationDifference> out_;
};

}  // namespace

std::vector<TranslationDifference> compare_translations(const Scenario& a, const Scenario& b) { return Comparison(a, b).run(); }

std::vector<std::string> other_language_versions(const std::string& path, const Scenario& scenario) {
    std::error_code error;
    std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (folder.empty()) folder = ".";
    std::set<std::string> ids;
    for (const Node& node : scenario.nodes) ids.insert(node.id);
    std::vector<std::pair<double, std::string>> found;
    std::filesystem::directory_iterator it(folder, error), end;
    for (; !error && it != end; it.increment(error)) {
        const std::filesystem::path& file = it->path();
        if (file.extension() != ".yaml" || std::filesystem::equivalent(file, path, error) || !it->is_regular_file(error)) continue;
        LoadedScenario other = load_scenario_file(file.string());
        if (!other.scenario || other.scenario->language == scenario.language) continue;
        std::size_t shared = 0;
        for (const Node& node : other.scenario->nodes) shared += ids.count(node.id);
        double share = ids.empty() ? 0 : static_cast<double>(shared) / static_cast<double>(std::max(ids.size(), other.scenario->nodes.size()));
        if (share >= 0.5) found.emplace_back(share, file.string());
    }
    std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
    std::vector<std::string> files;
    for (const auto& [share, file] : found) files.push_back(file);
    return files;
}

}  // namespace frontdesk
