// Name-based UUIDs (RFC 4122 version 5): the same namespace and name always give the same UUID, so an export
// can be repeated and a receiver recognises what it already has. Includes the SHA-1 they are built on; SHA-1
// serves here as a stable fingerprint, not as protection against anyone.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frontdesk {

using Sha1Digest = std::array<std::uint8_t, 20>;

Sha1Digest sha1(std::string_view data);
std::string sha1_hex(std::string_view data);

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

// SHA-1 of the namespace's bytes followed by the name, with the version (5) and variant (RFC 4122) bits set.
Uuid uuid_v5(const Uuid& name_space, std::string_view name);

}  // namespace frontdesk
