// SPDX-License-Identifier: Apache-2.0
// The names of the output formats and languages, in one place, so every host (the CLI's flags, a
// service's request fields) accepts and prints exactly the same words. to_string() switches
// without a default, so a new enumerator does not compile until it has a name.
#include "netral/evaluate.hpp"

namespace netral {

std::string_view to_string(Format format) {
    switch (format) {
        case Format::Text:
            return "text";
        case Format::Json:
            return "json";
        case Format::Markdown:
            return "markdown";
        case Format::Html:
            return "html";
    }
    return "text";
}

std::optional<Format> parse_format(std::string_view name) {
    for (Format format : {Format::Text, Format::Json, Format::Markdown, Format::Html}) {
        if (to_string(format) == name) return format;
    }
    return std::nullopt;
}

std::string_view to_string(Language language) {
    switch (language) {
        case Language::Indonesian:
            return "id";
        case Language::English:
            return "en";
    }
    return "id";
}

std::optional<Language> parse_language(std::string_view name) {
    for (Language language : {Language::Indonesian, Language::English}) {
        if (to_string(language) == name) return language;
    }
    return std::nullopt;
}

std::string_view to_string(Detail detail) {
    switch (detail) {
        case Detail::Summary:
            return "summary";
        case Detail::Full:
            return "full";
    }
    return "summary";
}

std::optional<Detail> parse_detail(std::string_view name) {
    for (Detail detail : {Detail::Summary, Detail::Full}) {
        if (to_string(detail) == name) return detail;
    }
    return std::nullopt;
}

}  // namespace netral
