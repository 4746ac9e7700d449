// The English word a trainer writing in Italian probably meant: keys and values of the format are English
// in every scenario (so one guide and one set of tools serve both languages), and a message that names the
// English word is friendlier than "did you mean" guessing from spelling.
#pragma once

#include <string_view>

namespace frontdesk {

// The format's English word for an Italian one ("ascolto" -> "listening", "cliente" -> "client"), or null.
const char* english_for(std::string_view italian);

}  // namespace frontdesk
