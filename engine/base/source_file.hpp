// SPDX-License-Identifier: Apache-2.0
// Source text and positions. Every stage points into source text with byte spans; line and
// column are computed only when a diagnostic is rendered, from the file's line-start table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace netral::base {

/// Dense index of a file in a SourceMap.
using FileId = std::uint32_t;

/// The largest file whose every byte offset fits a Span (offsets are 32-bit).
inline constexpr std::size_t kMaxFileBytes = 0xfffffffeu;

/// A byte range [begin, end) in one source file.
struct Span {
    FileId file = 0;           ///< which file of the SourceMap
    std::uint32_t begin = 0;   ///< offset of the first byte
    std::uint32_t end = 0;     ///< offset one past the last byte (== begin for a point)

    friend bool operator==(const Span&, const Span&) = default;
};

/// A 1-based line and column; the column counts UTF-8 code points, so carets line up.
struct LineCol {
    std::uint32_t line = 1;    ///< 1-based line number
    std::uint32_t column = 1;  ///< 1-based column in code points
};

/// One source file: owns its text and knows where each line starts.
/// Immutable after construction; safe to read from several threads.
class SourceFile {
public:
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }

    /// Line and column of a byte offset (offsets past the end clamp to the end).
    LineCol line_col(std::uint32_t offset) const;
    /// The text of a 1-based line without its line terminator.
    std::string_view line_text(std::uint32_t line) const;
    /// Number of lines (a file without text has one empty line).
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

private:
    std::string path_;                        ///< path as given by the caller, used in messages
    std::string text_;                        ///< the whole file
    std::vector<std::uint32_t> line_starts_;  ///< offset of the first byte of each line
    /// Code points before byte k * kColumnStride, so that a column costs at most one stride of
    /// counting however long its line is (a one-line file with many diagnostics was quadratic).
    static constexpr std::uint32_t kColumnStride = 64;
    std::vector<std::uint32_t> code_points_;
    /// Number of code points (bytes that are not UTF-8 continuation bytes) before `offset`.
    std::uint32_t code_points_before(std::uint32_t offset) const;
};

/// Owns every file of one compilation; FileId indexes into it. Files never move once added, so
/// views into their texts (values read from an incident or a change) and references to them stay
/// valid while more files are added.
class SourceMap {
public:
    /// Adds a file and returns its id. Ids are dense and stable.
    FileId add(std::string path, std::string text);
    /// The file of `id`; `id` must come from add() on this map.
    const SourceFile& file(FileId id) const { return files_.at(id); }
    /// The file of `id`, or null when this map has no such file.
    const SourceFile* find(FileId id) const { return id < files_.size() ? &files_[id] : nullptr; }
    std::size_t size() const { return files_.size(); }

private:
    std::deque<SourceFile> files_;  ///< indexed by FileId; a deque keeps elements in place
};

}  // namespace netral::base
