#include "frontdesk/uuid_v5.h"

#include <algorithm>
#include <cstring>

namespace frontdesk {

namespace {

// SHA-1 as FIPS 180-4 section 6.1 describes it. Our own few lines rather than a crypto library: the engine
// needs only this, and only for stable ids.
class Sha1 {
public:
    void update(const std::uint8_t* data, std::size_t size) {
        length_ += size;
        while (size > 0) {
            std::size_t take = std::min(size, block_.size() - filled_);
            std::memcpy(block_.data() + filled_, data, take);
            filled_ += take;
            data += take;
            size -= take;
            if (filled_ == block_.size()) {
                compress();
                filled_ = 0;
            }
        }
    }

    Sha1Digest finish() {
        std::uint64_t bits = length_ * 8;
        std::uint8_t pad = 0x80;
        update(&pad, 1);
        std::uint8_t zero = 0;
        while (filled_ != 56) update(&zero, 1);
        std::uint8_t size_bytes[8];
        for (int i = 0; i < 8; ++i) size_bytes[i] = static_cast<std::uint8_t>(bits >> (56 - 8 * i));
        update(size_bytes, 8);
        Sha1Digest digest{};
        for (int i = 0; i < 5; ++i)
            for (int b = 0; b < 4; ++b) digest[static_cast<std::size_t>(4 * i + b)] = static_cast<std::uint8_t>(state_[i] >> (24 - 8 * b));
        return digest;
    }

private:
    static std::uint32_t rotl(std::uint32_t value, int bits) { return (value << bits) | (value >> (32 - bits)); }

    void compress() {
        std::uint32_t w[80];
        for (int t = 0; t < 16; ++t)
            w[t] = (std::uint32_t{block_[static_cast<std::size_t>(4 * t)]} << 24) | (std::uint32_t{block_[static_cast<std::size_t>(4 * t + 1)]} << 16) |
                   (std::uint32_t{block_[static_cast<std::size_t>(4 * t + 2)]} << 8) | std::uint32_t{block_[static_cast<std::size_t>(4 * t + 3)]};
        for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        std::uint32_t a = state_[0], b = state_[1], c = state_[2], d = state_[3], e = state_[4];
        for (int t = 0; t < 80; ++t) {
            std::uint32_t f, k;
            if (t < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            std::uint32_t temp = rotl(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = temp;
        }
        state_[0] += a;
        state_[1] += b;
        state_[2] += c;
        state_[3] += d;
        state_[4] += e;
    }

    std::uint32_t state_[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::array<std::uint8_t, 64> block_{};
    std::size_t filled_ = 0;
    std::uint64_t length_ = 0;
};

const char hex_digits[] = "0123456789abcdef";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Sha1Digest sha1(std::string_view data) {
    Sha1 hash;
    hash.update(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
    return hash.finish();
}

std::string sha1_hex(std::string_view data) {
    std::string out;
    for (std::uint8_t byte : sha1(data)) {
        out += hex_digits[byte >> 4];
        out += hex_digits[byte & 0x0F];
    }
    return out;
}

std::string Uuid::str() const {
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex_digits[bytes[i] >> 4];
        out += hex_digits[bytes[i] & 0x0F];
    }
    return out;
}

std::optional<Uuid> Uuid::parse(std::string_view text) {
    if (text.size() != 36) return std::nullopt;
    Uuid uuid;
    std::size_t byte = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-') return std::nullopt;
            ++i;
            continue;
        }
        int high = hex_value(text[i]), low = hex_value(text[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        uuid.bytes[byte++] = static_cast<std::uint8_t>(high << 4 | low);
        i += 2;
    }
    return uuid;
}

Uuid uuid_namespace_dns() { return *Uuid::parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"); }
Uuid uuid_namespace_url() { return *Uuid::parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"); }

Uuid uuid_v5(const Uuid& name_space, std::string_view name) {
    Sha1 hash;
    hash.update(name_space.bytes.data(), name_space.bytes.size());
    hash.update(reinterpret_cast<const std::uint8_t*>(name.data()), name.size());
    Sha1Digest digest = hash.finish();
    Uuid uuid;
    std::memcpy(uuid.bytes.data(), digest.data(), uuid.bytes.size());
    uuid.bytes[6] = static_cast<std::uint8_t>((uuid.bytes[6] & 0x0F) | 0x50);  // version 5
    uuid.bytes[8] = static_cast<std::uint8_t>((uuid.bytes[8] & 0x3F) | 0x80);  // variant: RFC 4122
    return uuid;
}

}  // namespace frontdesk
