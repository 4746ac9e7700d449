// Reading the LRS settings file with the scenario reader's own pieces (the source checks, the bounded YAML
// document, diagnostics with positions), so a hostile or mistyped file is reported as a scenario would be.
#include "frontdesk/lrs_settings.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "frontdesk/source_text.h"
#include "frontdesk/suggest.h"
#include "frontdesk/yaml_document.h"

namespace frontdesk {

namespace {

// A settings file is a few lines; anything larger is not one.
constexpr std::size_t max_settings_bytes = 64 * 1024;

const char* environment(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

class SettingsReader {
public:
    SettingsReader(const SourceText& source, const YamlDocument& yaml, DiagnosticList& diagnostics)
        : source_(source), yaml_(yaml), diagnostics_(diagnostics) {}

    std::optional<LrsSettings> read(bool& holds_credentials) {
        YamlDocument::Index root = yaml_.root();
        if (root == 0 || yaml_.kind(root) == YamlDocument::Kind::null) return std::nullopt;  // an empty file configures nothing
        if (yaml_.kind(root) != YamlDocument::Kind::map) {
            error(root, "the settings file should be a map of sections, such as 'lrs:' with the LRS's endpoint, key and secret below it");
            return std::nullopt;
        }
        YamlDocument::Index lrs = 0;
        yaml_.for_each_entry(root, [&](YamlDocument::Index key, YamlDocument::Index value) {
            std::string name(yaml_.text(key));
            if (name == "lrs") lrs = value;
            else error(key, "unknown section " + in_quotes(name) + did_you_mean(name, {"lrs"}) + " (this file has only 'lrs:', the Learning Record Store)");
        });
        if (lrs == 0) return std::nullopt;
        if (yaml_.kind(lrs) != YamlDocument::Kind::map) {
            error(lrs, "'lrs:' should hold the LRS's settings on the lines below it (endpoint:, key:, secret:), indented");
            return std::nullopt;
        }
        LrsSettings settings;
        const std::vector<std::string> known = {"endpoint", "key", "secret", "ca_file", "timeout", "batch", "home_page", "iri_base", "names"};
        yaml_.for_each_entry(lrs, [&](YamlDocument::Index key, YamlDocument::Index value) {
            std::string name(yaml_.text(key));
            if (name == "endpoint") {
                settings.connection.endpoint = text(value, name);
                if (!settings.connection.endpoint.empty())
                    if (std::string problem = lrs_endpoint_problem(settings.connection.endpoint); !problem.empty()) error(value, problem);
            } else if (name == "key") {
                settings.connection.key = text(value, name);
                holds_credentials = true;
            } else if (name == "secret") {
                settings.connection.secret = text(value, name);
                holds_credentials = true;
            } else if (name == "ca_file") {
                settings.connection.ca_file = text(value, name);
                if (!settings.connection.ca_file.empty() && access(settings.connection.ca_file.c_str(), R_OK) != 0)
                    error(value, "the CA file " + in_quotes(settings.connection.ca_file) + " cannot be read (" + std::strerror(errno) +
                                     "): give the path of the PEM file of the organisation's certificate authority");
            } else if (name == "timeout") {
                if (std::optional<double> seconds = number(value, name, 1, 600)) settings.connection.timeout_seconds = *seconds;
            } else if (name == "batch") {
                if (std::optional<double> count = number(value, name, 1, 10000)) {
                    if (*count != std::floor(*count)) error(value, "'batch' is a whole number of statements per request, such as 500");
                    else settings.batch_size = static_cast<std::size_t>(*count);
                }
            } else if (name == "home_page") {
                settings.xapi.home_page = text(value, name);
            } else if (name == "iri_base") {
                settings.xapi.iri_base = text(value, name);
            } else if (name == "names") {
                std::string flag = text(value, name);
                if (flag == "true" || flag == "yes") settings.xapi.include_names = true;
                else if (flag == "false" || flag == "no") settings.xapi.include_names = false;
                else error(value, "'names' is true (statements carry the trainee's name) or false (the account alone)");
            } else {
                error(key, "unknown setting " + in_quotes(name) + " in 'lrs:'" + did_you_mean(name, known) +
                               " (known: endpoint, key, secret, ca_file, timeout, batch, home_page, iri_base, names)");
            }
        });
        if (std::string problem = xapi_options_problem(settings.xapi); !problem.empty()) error(lrs, problem);
        return settings;
    }

private:
    void error(YamlDocument::Index at, const std::string& message) {
        diagnostics_.error(source_.location_of(yaml_.node(at).offset), message);
    }

    std::string text(YamlDocument::Index value, const std::string& name) {
        if (value == 0 || yaml_.kind(value) == YamlDocument::Kind::null) return {};
        if (yaml_.kind(value) != YamlDocument::Kind::scalar) {
            error(value, in_quotes(name) + " should be one value on its line, not a list or a map");
            return {};
        }
        return std::string(yaml_.text(value));
    }

    std::optional<double> number(YamlDocument::Index value, const std::string& name, double low, double high) {
        std::string written = text(value, name);
        if (written.empty()) return std::nullopt;
        char* end = nullptr;
        errno = 0;
        double parsed = std::strtod(written.c_str(), &end);
        if (errno != 0 || end == written.c_str() || *end != '\0' || !(parsed >= low && parsed <= high)) {
            char range[64];
            std::snprintf(range, sizeof range, "%g and %g", low, high);
            error(value, in_quotes(name) + " should be a number between " + range + ", not " + in_quotes(written));
            return std::nullopt;
        }
        return parsed;
    }

    const SourceText& source_;
    const YamlDocument& yaml_;
    DiagnosticList& diagnostics_;
};

// Why a file holding the LRS's secret may not be trusted (someone else's, or readable by others), or empty.
std::string permission_problem(const std::string& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return {};
    if (info.st_uid != geteuid())
        return "the settings file holds the LRS's key or secret but belongs to another user (uid " + std::to_string(info.st_uid) +
               "): it is not used; the user who plays should own it (chown) or give the key and secret in FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET";
    if ((info.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
        return std::string("the settings file holds the LRS's key or secret and other users of this computer can ") +
               ((info.st_mode & 022) ? "change" : "read") + " it (permissions " + mode + "): it is not used until only you can read it: chmod 600 '" +
               path + "'";
    }
    return {};
}

}  // namespace

std::string frontdesk_config_path() {
    if (const char* config = environment("XDG_CONFIG_HOME")) return std::string(config) + "/frontdesk/config.yaml";
    const char* home = environment("HOME");
    return std::string(home ? home : ".") + "/.config/frontdesk/config.yaml";
}

LrsSettingsFile read_lrs_settings(const std::string& path) {
    LrsSettingsFile file;
    file.diagnostics = DiagnosticList(path);
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 && errno == ENOENT) return file;
    file.found = true;
    if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_settings_bytes) {
        file.diagnostics.error({}, "the file is " + grouped(static_cast<std::size_t>(info.st_size)) +
                                       " bytes, too large to be frontdesk's settings file (a few lines): is it the right file?");
        return file;
    }
    std::optional<SourceText> source = read_source_file(path, file.diagnostics, max_settings_bytes);
    if (!source || file.diagnostics.has_errors()) return file;
    std::optional<YamlDocument> yaml = parse_yaml_document(*source, file.diagnostics);
    if (!yaml || file.diagnostics.has_errors()) return file;
    bool holds_credentials = false;
    std::optional<LrsSettings> settings = SettingsReader(*source, *yaml, file.diagnostics).read(holds_credentials);
    if (holds_credentials)
        if (std::string problem = permission_problem(path); !problem.empty()) file.diagnostics.error({}, problem);
    file.diagnostics.sort_by_location();
    if (!file.diagnostics.has_errors()) file.settings = std::move(settings);
    return file;
}

void take_environment_credentials(LrsConnection& connection) {
    if (const char* key = environment("FRONTDESK_LRS_KEY")) connection.key = key;
    if (const char* secret = environment("FRONTDESK_LRS_SECRET")) connection.secret = secret;
}

std::string lrs_settings_problem(const LrsSettings& settings, const std::string& config_path) {
    if (settings.connection.endpoint.empty())
        return "no LRS endpoint: give --endpoint URL, or 'endpoint:' under 'lrs:' in " + config_path;
    if (settings.connection.key.empty() || settings.connection.secret.empty())
        return "no LRS credentials: set FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET to the key and secret the LRS gave for frontdesk, "
               "or write them as 'key:' and 'secret:' under 'lrs:' in " + config_path +
               " (readable only by you); they are never taken from the command line, which everyone on the computer can see";
    return {};
}

}  // namespace frontdesk
