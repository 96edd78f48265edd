// SPDX-License-Identifier: Apache-2.0
// Implements pdf_print.hpp with posix_spawn: the document goes through a temporary file given as
// the program's standard input, and its standard output and error into another, read back only
// when it fails. Files rather than pipes, so that neither side can block on the other.
#include "cli/pdf_print.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

extern char** environ;

namespace netral::cli {

namespace {

/// A temporary file that removes itself; `path` is empty when it could not be made.
class TempFile {
public:
    explicit TempFile(std::string_view suffix) {
        std::error_code ec;
        std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
        if (ec) return;
        std::string name = (dir / "netral-XXXXXX").string() + std::string(suffix);
        std::vector<char> buffer(name.begin(), name.end());
        buffer.push_back('\0');
        int fd = mkstemps(buffer.data(), static_cast<int>(suffix.size()));
        if (fd < 0) return;
        close(fd);
        path = buffer.data();
    }
    ~TempFile() {
        if (!path.empty()) std::remove(path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    std::string path;  ///< the file, or empty
};

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::optional<std::string> find_on_path(std::string_view name,
                                        const std::optional<std::string>& path) {
    if (!path) return std::nullopt;
    std::string_view rest = *path;
    while (true) {
        std::size_t colon = rest.find(':');
        std::string_view dir = rest.substr(0, colon);
        std::filesystem::path candidate =
            (dir.empty() ? std::filesystem::path(".") : std::filesystem::path(dir)) / name;
        struct stat info {};
        if (stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
            access(candidate.c_str(), X_OK) == 0) {
            return candidate.string();
        }
        if (colon == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(colon + 1);
    }
}

std::string print_pdf(const std::string& program, std::string_view html,
                      const std::string& pdf_path) {
    TempFile input(".html");
    TempFile log(".log");
    if (input.path.empty() || log.path.empty()) return "cannot create a temporary file";
    {
        std::ofstream out(input.path, std::ios::binary | std::ios::trunc);
        out << html;
        if (!out.flush()) return "cannot write the temporary file `" + input.path + "`";
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.path.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.path.c_str(), O_WRONLY | O_TRUNC,
                                     0);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    // `-` reads the document on standard input; the output file is named.
    std::vector<std::string> words = {program, "--encoding", "utf-8", "-", pdf_path};
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return "cannot run " + program + ": " + std::strerror(spawned);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return "lost " + program + ": " + std::strerror(errno);
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
    std::string said = read_all(log.path);
    std::string how = WIFEXITED(status)
                          ? "exited with status " + std::to_string(WEXITSTATUS(status))
                          : "was stopped by a signal";
    return program + ' ' + how + (said.empty() ? std::string() : ":\n" + said);
}

std::string print_pdf_bytes(const std::string& program, std::string_view html, std::string& bytes) {
    TempFile pdf(".pdf");
    if (pdf.path.empty()) return "cannot create a temporary file";
    std::string problem = print_pdf(program, html, pdf.path);
    if (problem.empty()) bytes = read_all(pdf.path);
    return problem;
}

}  // namespace netral::cli
