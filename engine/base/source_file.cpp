// SPDX-License-Identifier: Apache-2.0
#include "base/source_file.hpp"

#include <algorithm>

namespace netral::base {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    std::uint32_t code_points = 0;
    code_points_.reserve(text_.size() / kColumnStride + 1);
    // The index is size_t so the loop ends on any text; offsets past 4 GiB cannot be spans, and
    // the parser refuses such files (kMaxFileBytes) before any span points into them.
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (i % kColumnStride == 0) code_points_.push_back(code_points);
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++code_points;
        if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
    if (text_.size() % kColumnStride == 0) code_points_.push_back(code_points);
}

std::uint32_t SourceFile::code_points_before(std::uint32_t offset) const {
    std::uint32_t count = code_points_[offset / kColumnStride];
    for (std::uint32_t i = offset - offset % kColumnStride; i < offset; ++i) {
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
}

LineCol SourceFile::line_col(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
    std::uint32_t first = line_starts_[line - 1];
    // A byte-order mark opening the file takes no column.
    if (first == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0 && offset >= 3) first = 3;
    // Count code points, not bytes: continuation bytes (10xxxxxx) do not start a column.
    return {line, code_points_before(offset) - code_points_before(first) + 1};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::uint32_t begin = line_starts_[line - 1];
    // The byte-order mark is not part of the first line's text.
    if (begin == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) begin = 3;
    std::uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1
                                                   : static_cast<std::uint32_t>(text_.size());
    if (end > begin && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(begin, end - begin);
}

FileId SourceMap::add(std::string path, std::string text) {
    files_.emplace_back(std::move(path), std::move(text));
    return static_cast<FileId>(files_.size() - 1);
}

}  // namespace netral::base
