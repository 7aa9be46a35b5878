#include "inputs.hpp"

#include "text_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace jixiao::cli {

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& a : args) {
    std::error_code ec;
    if (a != "-" && std::filesystem::is_directory(a, ec)) {
      std::vector<std::string> in_dir;
      for (const auto& entry : std::filesystem::directory_iterator(a, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".json") in_dir.push_back(entry.path().string());
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else {
      files.push_back(a);
    }
  }
  return files;
}

Progress::Progress(std::size_t total) : total_(total), enabled_(total > 1 && isatty(fileno(stderr)) != 0) {}

void Progress::step(const std::string& label) {
  ++done_;
  if (!enabled_) return;
  constexpr int width = 30;
  const auto filled = static_cast<int>(done_ * width / total_);
  std::string bar;
  for (int i = 0; i < width; ++i) bar += i < filled ? "█" : "░";
  std::fprintf(stderr, "\r%s %zu/%zu %s\033[K", bar.c_str(), done_, total_, fit(label, 40).c_str());
  std::fflush(stderr);
}

Progress::~Progress() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace jixiao::cli
