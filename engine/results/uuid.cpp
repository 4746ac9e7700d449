#include "frontdesk/uuid.h"

#include <uuid/uuid.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace frontdesk {

namespace {

Uuid from_raw(const uuid_t raw) {
    Uuid uuid;
    std::memcpy(uuid.bytes.data(), raw, uuid.bytes.size());
    return uuid;
}

Uuid template_uuid(const char* alias) {
    const uuid_t* raw = uuid_get_template(alias);
    return raw ? from_raw(*raw) : Uuid{};
}

}  // namespace

std::string Uuid::str() const {
    char text[37];
    uuid_unparse_lower(bytes.data(), text);
    return text;
}

std::optional<Uuid> Uuid::parse(std::string_view text) {
    // uuid_parse wants exactly the 36-character standard form; a copy gives it the terminating NUL.
    if (text.size() != 36) return std::nullopt;
    char copy[37];
    std::memcpy(copy, text.data(), 36);
    copy[36] = '\0';
    uuid_t raw;
    if (uuid_parse(copy, raw) != 0) return std::nullopt;
    return from_raw(raw);
}

Uuid uuid_namespace_dns() { return template_uuid("dns"); }
Uuid uuid_namespace_url() { return template_uuid("url"); }

Uuid uuid_v5(const Uuid& name_space, std::string_view name) {
    uuid_t out;
    uuid_generate_sha1(out, name_space.bytes.data(), name.data(), name.size());
    return from_raw(out);
}

Uuid uuid_v4() {
    uuid_t out;
    uuid_generate_random(out);
    return from_raw(out);
}

}  // namespace frontdesk
