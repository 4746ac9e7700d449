#include "frontdesk/statement_delivery.h"

namespace frontdesk {

namespace {

void add_session(PendingStatements& pending, const std::set<std::string>& delivered, const SessionRecord& session, nlohmann::json& statements) {
    for (nlohmann::json& statement : statements) {
        std::string id = statement.value("id", "");
        if (delivered.count(id)) {
            ++pending.delivered_before;
            continue;
        }
        pending.session_of[id] = session.uuid;
        pending.statements.push_back(std::move(statement));
    }
}

}  // namespace

PendingStatements pending_statements(const ResultsReader& store, const std::set<std::string>& delivered, const XapiOptions& xapi,
                                     const std::optional<std::vector<std::int64_t>>& only) {
    PendingStatements pending;
    if (!only) {
        xapi_session_statements(store, {}, xapi, [&](const SessionRecord& session, nlohmann::json& statements) {
            add_session(pending, delivered, session, statements);
        });
        return pending;
    }
    for (std::int64_t id : *only) {
        std::optional<SessionRecord> session = store.session(id);
        if (!session) continue;  // forgotten since it was played
        nlohmann::json statements = xapi_statements_of_session(store, *session, xapi);
        add_session(pending, delivered, *session, statements);
    }
    return pending;
}

SyncOutcome deliver_statements(ResultsStore& store, LrsTransport& transport, const std::string& endpoint, const PendingStatements& pending,
                               const SyncPolicy& policy, std::set<std::string>& delivered) {
    return send_statements(transport, endpoint, pending.statements, policy, [&](const std::vector<std::string>& ids) {
        std::vector<StatementDelivery> deliveries;
        deliveries.reserve(ids.size());
        for (const std::string& id : ids) {
            auto session = pending.session_of.find(id);
            deliveries.push_back({id, session != pending.session_of.end() ? session->second : std::string()});
        }
        store.record_deliveries(deliveries);
        delivered.insert(ids.begin(), ids.end());
    });
}

}  // namespace frontdesk
