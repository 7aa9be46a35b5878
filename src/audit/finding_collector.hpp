// Internal: the findings of one audit as they are found, their texts written once into one growing
// buffer, made into Findings that share one block when the audit ends.
#ifndef JIXIAO_SRC_AUDIT_FINDING_COLLECTOR_HPP
#define JIXIAO_SRC_AUDIT_FINDING_COLLECTOR_HPP

#include <jixiao/finding.hpp>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::audit_detail {

/// The findings of an audit so far, one list per severity in the order found. Kept per thread and
/// reused (clear() keeps the capacity), so an audit allocates nothing for its findings until
/// take() makes them: one block for all their texts.
///
/// A finding is added whole (add) or written text by text (start, reserve, finish), the texts in
/// the order of Text; a text not written is empty (an optional one absent).
class FindingCollector {
 public:
  /// A finding's texts, in the order they are written.
  enum class Text : std::uint8_t { code, form, form_name, row, field, path, zh, en, expected, found };

  /// A finding found: where its texts are in the buffer.
  struct Record {
    Finding::Offsets begin;
    std::uint16_t present;
    Severity severity;
  };

  void clear() noexcept;

  /// Adds a finding, its texts copied (after finishing the one being written, if any).
  void add(const Finding::Parts& parts);
  /// Starts a finding of severity `s` to be written text by text, its texts up to `field` given
  /// (after finishing the one being written, if any).
  void start(Severity s, std::string_view code, std::string_view form, std::string_view form_name,
             std::string_view row, std::string_view field);
  /// Room for text `t` of the finding being written: `size` bytes to write at the address returned
  /// (valid until the next call). Throws std::logic_error when `t` comes before a text already
  /// written.
  char* reserve(Text t, std::size_t size) {
    // inline for the usual case: the next text, with room
    const auto slot = static_cast<std::uint8_t>(t);
    if (!writing_ || slot != next_ || size >= capacity_ - size_) [[unlikely]]
      prepare(slot, size);
    char* to = texts_.get() + size_;
    current_.begin[slot] = static_cast<std::uint32_t>(size_);
    size_ += size + 1;
    to[size] = '\0';
    next_ = static_cast<std::uint8_t>(slot + 1);
    if (t >= Text::expected) current_.present |= static_cast<std::uint16_t>(1u << slot);
    return to;
  }
  /// reserve() and a copy of `value`.
  void write(Text t, std::string_view value) {
    char* to = reserve(t, value.size());
    if (!value.empty()) std::memcpy(to, value.data(), value.size());
  }
  /// Ends the finding being written, if any: it joins the list of its severity.
  void finish();

  /// The findings of severity `s` so far, in the order found (cross_form sorts the tail it adds).
  std::vector<Record>& list(Severity s) noexcept {
    return s == Severity::error ? errors_ : s == Severity::warning ? warnings_ : infos_;
  }
  std::string_view form(const Record& r) const noexcept { return text_of(r, Finding::form_); }
  std::string_view path(const Record& r) const noexcept { return text_of(r, Finding::path_); }

  /// The findings (the one being written finished), errors first, then warnings, then infos, each
  /// list in its order, sharing one block of text; empties the collector.
  std::vector<Finding> take();

 private:
  std::string_view text_of(const Record& r, Finding::Slot s) const noexcept {
    return {texts_.get() + r.begin[s], static_cast<std::size_t>(r.begin[s + 1] - r.begin[s] - 1)};
  }
  /// `n` more bytes at the end of the texts (not initialised), where they start.
  char* grow(std::size_t n) {
    if (n > capacity_ - size_) regrow(n);
    char* at = texts_.get() + size_;
    size_ += n;
    return at;
  }
  void regrow(std::size_t n);
  /// For reserve(): checks the order, leaves the texts before `slot` empty, makes room for `size`
  /// bytes and a NUL.
  void prepare(std::uint8_t slot, std::size_t size);
  /// Marks the texts from next_ to `slot` (excluded) empty: a NUL each.
  void skip_to(std::uint8_t slot);

  /// Every finding's texts, one finding after the other, each text NUL-ended: size_ bytes of
  /// capacity_ (a buffer of its own rather than a std::string, which would zero what it grows by).
  std::unique_ptr<char[]> texts_;
  std::size_t size_ = 0, capacity_ = 0;
  std::vector<Record> errors_, warnings_, infos_;
  Record current_{};        ///< the finding being written
  bool writing_ = false;    ///< whether one is
  std::uint8_t next_ = 0;   ///< its next slot to open
};

}  // namespace jixiao::audit_detail

#endif  // JIXIAO_SRC_AUDIT_FINDING_COLLECTOR_HPP
