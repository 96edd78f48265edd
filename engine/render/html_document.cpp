// SPDX-License-Identifier: Apache-2.0
// The standalone HTML document around a rendering's body, with its print style sheet. Made for
// paper first (docs/decisions.md): A4 with page numbers "n / N", the decision record as the
// running footer of every page, tables fixed to the page width with long ids and digests
// wrapped, and headings kept with what follows them. No script, no external resource, so the
// file prints the same anywhere; WeasyPrint (`netral eval --format pdf`) reads the same CSS.
#include <fmt/format.h>

#include <string>

#include "render/html_writer.hpp"
#include "render/render_decision.hpp"

namespace netral::rendering {

namespace html {

namespace {

// The running element `record` is taken out of the flow on paper and shown in each page's
// bottom-left box; on screen it is hidden, since the record section ends the document anyway.
constexpr std::string_view kStyle = R"css(
@page {
  size: A4;
  margin: 18mm 18mm 24mm 18mm;
  @bottom-left {
    content: element(record);
    width: 150mm;
    vertical-align: top;
    padding-top: 3mm;
  }
  @bottom-right {
    content: counter(page) " / " counter(pages);
    width: 24mm;
    vertical-align: top;
    padding-top: 3mm;
    font: 8pt "DejaVu Sans", sans-serif;
    text-align: right;
  }
}
html { font: 10pt/1.4 "DejaVu Serif", "Liberation Serif", serif; color: #000; }
body { margin: 0 auto; max-width: 174mm; }
h1 { font-size: 15pt; margin: 0 0 3mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 0.5pt solid #444; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
h1, h2, h3 { font-family: "DejaVu Sans", sans-serif; break-after: avoid; page-break-after: avoid; }
p, li { overflow-wrap: anywhere; orphans: 2; widows: 2; }
p { margin: 1.5mm 0; }
ul, ol { margin: 1mm 0; padding-left: 6mm; }
li { margin: 0.5mm 0; }
code { font: 0.88em "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; word-break: break-all; }
pre { font: 8pt/1.3 "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
p.prose { text-align: justify; hyphens: auto; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 2mm 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #888; padding: 1mm 1.5mm; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; word-break: break-word; }
th { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; background: #eee; }
section.finding > h3 + p { break-before: avoid; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
.record { display: none; }
@media print {
  body { max-width: none; }
  .record { display: block; position: running(record);
            font: 7pt/1.3 "DejaVu Sans", sans-serif; color: #333; }
  .record code { font-size: 6.5pt; }
}
)css";

/// The document's `lang` attribute (BCP 47), which also picks the hyphenation dictionary.
std::string_view language_tag(Language language) {
    switch (language) {
        case Language::Indonesian:
            return "id";
        case Language::English:
            return "en";
    }
    return "id";
}

}  // namespace

std::string document(Language language, std::string_view title, std::string_view record,
                     std::string_view body) {
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n"
        "<div class=\"record\">{}</div>\n{}</body>\n</html>\n",
        language_tag(language), title, kStyle, record, body);
}

}  // namespace html

std::string text_as_html(std::string_view text, Language language) {
    std::string_view first = text.substr(0, text.find('\n'));
    std::string body = "<pre>";
    // escape() keeps one line; a preformatted block keeps the lines, so each is escaped alone.
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        body += html::escape(text.substr(start, end - start)) + "\n";
        start = end + 1;
    }
    body += "</pre>\n";
    return html::document(language, html::escape(first), "", body);
}

}  // namespace netral::rendering
