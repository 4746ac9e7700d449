// Results that hold nothing, at a location: what the Review reads where nothing has been recorded yet, and
// what a file the window writes is checked against when the database there cannot be opened (the file at
// the location must still never be written over).
#pragma once

#include <string>

#include "frontdesk/results_store.h"

namespace frontdesk::gui {

class EmptyResults : public ResultsReader {
public:
    explicit EmptyResults(std::string location) : location_(std::move(location)) {}
    const std::string& location() const override { return location_; }
    int schema_version() const override { return 0; }
    // The file at the location, when it is one (a server has none): nothing may write over it.
    std::vector<std::string> files() const override {
        if (location_.find("://") != std::string::npos) return {};
        return {location_};
    }
    std::vector<TraineeRecord> trainees() const override { return {}; }
    std::optional<TraineeRecord> trainee(const std::string&) const override { return std::nullopt; }
    std::vector<SessionRecord> sessions(const ResultsFilter&) const override { return {}; }
    std::optional<SessionRecord> session(std::int64_t) const override { return std::nullopt; }
    std::vector<DecisionRecord> decisions(std::int64_t) const override { return {}; }
    std::optional<SessionRecord> unfinished_session(const std::string&, const std::string&, const std::string&) const override {
        return std::nullopt;
    }
    void scan_trainees(const ResultsFilter&, const std::function<void(const TraineeRecord&)>&) const override {}
    void scan_sessions(const ResultsFilter&, const std::function<void(const SessionRecord&)>&) const override {}
    void scan_decisions(const ResultsFilter&, const std::function<void(const DecisionRecord&)>&) const override {}

private:
    std::string location_;
};

}  // namespace frontdesk::gui
