// The server's side of the codec between the results tables and the records (stored_rows.h): a row of a
// text-format result as stored_rows reads it, the decisions' time columns, and a decision's time as the
// milliseconds it is stored as.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <string>

#include "frontdesk/results_records.h"
#include "frontdesk/stored_rows.h"
#include "pg_connection.h"

namespace frontdesk::pg {

// Of decisions d with their answers a: stored_rows' columns, then the time (milliseconds, or the text it
// was given in when that was not the store's own form).
extern const char* const decision_time_columns;

// "2026-11-24T21:31:49.120Z" as milliseconds since the epoch, when it is exactly in the store's own form
// (so it comes back byte for byte); empty for any other text, which is then stored as it is.
std::optional<std::int64_t> canonical_milliseconds(const std::string& time);
std::string time_from_milliseconds(std::int64_t milliseconds);

// Row `row` of a text-format result.
struct Row {
    const PGresult* rows;
    int row;
    std::string text(int column) const { return pg::text(rows, row, column); }
    std::int64_t integer(int column) const { return pg::integer(rows, row, column); }
    int small_integer(int column) const { return pg::small_integer(rows, row, column); }
    double real(int column) const { return pg::real(rows, row, column); }
    bool flag(int column) const { return pg::boolean(rows, row, column); }
    bool is_null(int column) const { return pg::is_null(rows, row, column); }
    // decision_time_columns from `column` on.
    std::string recorded_at(int column) const {
        return is_null(column + 1) ? time_from_milliseconds(integer(column)) : text(column + 1);
    }
};

}  // namespace frontdesk::pg
