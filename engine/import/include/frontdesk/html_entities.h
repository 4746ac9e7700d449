// HTML character references as Twine 2 writes them in attributes and passage text (&amp; &lt; &quot; &#39;
// &#x27; and the named letters Italian stories use, &egrave; &agrave;...), decoded to UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frontdesk {

// Decodes `text`. A reference that is not one (an unknown name, "&" alone, a number beyond Unicode or a
// surrogate) is kept as written, so nothing the author typed is lost. When `offsets` is given, it receives
// for each byte of the result the offset of the text it came from, plus `base`.
std::string decode_html_entities(std::string_view text, std::vector<std::uint32_t>* offsets = nullptr, std::size_t base = 0);

// A code point as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace frontdesk
