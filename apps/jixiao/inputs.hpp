// The inputs named on the command line: files, directories of packages, or standard input.
#ifndef JIXIAO_APPS_INPUTS_HPP
#define JIXIAO_APPS_INPUTS_HPP

#include <string>
#include <vector>

namespace jixiao::cli {

/// Each argument as given, except that a directory becomes the *.json files in it (sorted, not
/// recursive) and "-" stays "-" (standard input). A path that does not exist is kept: reading it
/// reports the error.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

/// A one-line progress bar on standard error, drawn only when it is a terminal.
class Progress {
 public:
  explicit Progress(std::size_t total);
  void step(const std::string& label);
  ~Progress();

 private:
  std::size_t total_;
  std::size_t done_ = 0;
  bool enabled_;
};

}  // namespace jixiao::cli

#endif  // JIXIAO_APPS_INPUTS_HPP
