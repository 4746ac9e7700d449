// Where a Learning Record Store is and how to sign in to it, from the settings file an administrator writes
// for a training PC's user ($XDG_CONFIG_HOME/frontdesk/config.yaml, or ~/.config/frontdesk/config.yaml):
//
//   lrs:
//     endpoint: https://lrs.example.org/xapi/
//     key: 3f1c...              # or FRONTDESK_LRS_KEY
//     secret: 9b2e...           # or FRONTDESK_LRS_SECRET
//     ca_file: /etc/ssl/certs/organisation-ca.pem   # optional
//     home_page: https://hr.example.org             # optional, as export-xapi --home-page
//
// A file that holds a key or a secret must belong to the user and be readable by nobody else, since the
// secret lets anyone write into the organisation's learning records; otherwise it is refused whole, with the
// command that fixes it. Mistakes are diagnostics with their line and column, like a scenario's.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "frontdesk/diagnostic.h"
#include "frontdesk/lrs_client.h"
#include "frontdesk/xapi_export.h"

namespace frontdesk {

struct LrsSettings {
    LrsConnection connection;   // endpoint, key, secret, CA file, timeout
    std::size_t batch_size = 500;
    XapiOptions xapi;           // home_page, iri_base, include_names (find_scenario and courses are the client's)
};

// $XDG_CONFIG_HOME/frontdesk/config.yaml, or ~/.config/frontdesk/config.yaml.
std::string frontdesk_config_path();

// The settings file read: no file is not a mistake (`found` false, nothing configured); a file without an
// `lrs:` section configures nothing either. With `diagnostics` holding errors the settings are not to be used.
struct LrsSettingsFile {
    bool found = false;
    std::optional<LrsSettings> settings;  // set when the file has a usable `lrs:` section
    DiagnosticList diagnostics;
};
LrsSettingsFile read_lrs_settings(const std::string& path);

// FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET, when set, in place of the file's key and secret.
void take_environment_credentials(LrsConnection& connection);

// What is missing before anything can be sent (no endpoint, no key or secret), as a sentence that says where
// to put it; empty when the settings are complete.
std::string lrs_settings_problem(const LrsSettings& settings, const std::string& config_path);

}  // namespace frontdesk
