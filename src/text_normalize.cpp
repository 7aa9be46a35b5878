#include <jixiao/text_normalize.hpp>

namespace jixiao {
namespace {

/// Length of the space at `i` (ASCII space, tab, CR, LF, U+3000, U+00A0), 0 when there is none.
std::size_t space_length(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r') return 1;
  if (b == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;
  if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

}  // namespace

std::string normalize_label(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t run = 0;  // text[run, i) is copied as it is
  for (std::size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    // Only these bytes can start a space or a full-width form: the rest is copied in runs.
    if (b0 > ' ' && b0 != 0xC2 && b0 != 0xE3 && b0 != 0xEF) {
      ++i;
      continue;
    }
    if (const std::size_t n = space_length(text, i)) {
      out.append(text, run, i - run);
      i += n;
      run = i;
      continue;
    }
    // U+FF01..FF5E is EF BC 81..BF and EF BD 80..9E; its ASCII twin is the code point − 0xFEE0.
    if (b0 == 0xEF && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)) {
        const unsigned cp = ((b1 & 0x3Fu) << 6 | (b2 & 0x3Fu)) + 0xF000u;
        out.append(text, run, i - run);
        out += static_cast<char>(cp - 0xFEE0u);
        i += 3;
        run = i;
        continue;
      }
    }
    ++i;
  }
  out.append(text, run, text.size() - run);
  return out;
}

bool is_normalized_label(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 > ' ' && b0 != 0xC2 && b0 != 0xE3 && b0 != 0xEF) continue;  // cannot start a space or form
    if (space_length(text, i) != 0) return false;
    if (b0 == 0xEF && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)) return false;
    }
  }
  return true;
}

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
