// UUIDs from libuuid (util-linux). Random ones (version 4) name each session wherever it was recorded, so
// results from several sites merge without colliding; name-based ones (RFC 4122 version 5: SHA-1 of a
// namespace and a name) make an xAPI export repeatable: the same session always gives the same statement
// ids, so a Learning Record Store recognises what it already holds.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frontdesk {

struct Uuid {
    std::array<std::uint8_t, 16> bytes{};

    // Standard form: 8-4-4-4-12 lowercase hex digits.
    std::string str() const;
    // Accepts the standard form in either case; anything else is empty.
    static std::optional<Uuid> parse(std::string_view text);

    bool operator==(const Uuid& other) const { return bytes == other.bytes; }
    bool operator!=(const Uuid& other) const { return bytes != other.bytes; }
};

// The namespaces RFC 4122 (appendix C) defines.
Uuid uuid_namespace_dns();
Uuid uuid_namespace_url();

// The version 5 UUID of `name` inside `name_space`.
Uuid uuid_v5(const Uuid& name_space, std::string_view name);

// A random (version 4) UUID, from the system's random source.
Uuid uuid_v4();

}  // namespace frontdesk
