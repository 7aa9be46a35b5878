#include <jixiao/text_normalize.hpp>

#include "normalized_label.hpp"

namespace jixiao {
using detail::space_length;

std::string normalize_label(std::string_view text) {
  std::string folded;
  const std::string_view n = detail::normalized(text, folded);
  return n.data() == folded.data() ? std::move(folded) : std::string(n);
}

bool is_normalized_label(std::string_view text) noexcept { return detail::nothing_folds(text); }

std::string_view trim(std::string_view text) noexcept {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t n = space_length(text, begin);
    if (n == 0) break;
    begin += n;
  }
  std::size_t end = text.size();
  while (end > begin) {
    // Step back over one trailing space of 1, 2 or 3 bytes.
    std::size_t n = 0;
    for (std::size_t len : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
      if (end - begin >= len && space_length(text, end - len) == len) {
        n = len;
        break;
      }
    }
    if (n == 0) break;
    end -= n;
  }
  return text.substr(begin, end - begin);
}

}  // namespace jixiao
