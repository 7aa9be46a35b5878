// A finding's texts in one block of its own.
#include <jixiao/finding.hpp>

#include <cstring>
#include <memory>
#include <tuple>
#include <stdexcept>

namespace jixiao {

std::string_view severity_name(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "unknown";
}

std::string_view severity_label_zh(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "提示";
    case Severity::warning: return "警告";
    case Severity::error: return "错误";
  }
  return "未知";
}

namespace {

std::array<std::string_view, 10> texts_of(const Finding::Parts& p) noexcept {
  return {p.code, p.form, p.form_name, p.row, p.field, p.path, p.zh, p.en, p.expected.value_or(std::string_view()),
          p.found.value_or(std::string_view())};
}

}  // namespace

std::size_t Finding::block_size(const Parts& parts, std::size_t at) {
  std::size_t size = 0;
  for (const std::string_view t : texts_of(parts)) size += t.size() + 1;
  if (at > UINT32_MAX || size > UINT32_MAX - at) throw std::length_error("jixiao::Finding: texts over 4 GiB");
  return size;
}

std::uint16_t Finding::write_texts(const Parts& parts, char* block, std::size_t at, Offsets& begin) noexcept {
  static_assert(std::tuple_size_v<decltype(texts_of(parts))> == slot_count_);
  const auto texts = texts_of(parts);
  char* to = block + at;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    begin[k] = static_cast<std::uint32_t>(to - block);
    if (!texts[k].empty()) std::memcpy(to, texts[k].data(), texts[k].size());
    to += texts[k].size();
    *to++ = '\0';
  }
  begin[slot_count_] = static_cast<std::uint32_t>(to - block);
  return static_cast<std::uint16_t>((parts.expected ? 1u << expected_ : 0u) | (parts.found ? 1u << found_ : 0u));
}

Finding::Finding(const Parts& parts) : severity_(parts.severity) {
  const std::size_t size = block_size(parts, 0);
  std::shared_ptr<char[]> block = std::make_shared_for_overwrite<char[]>(size);
  present_ = write_texts(parts, block.get(), 0, begin_);
  block_ = std::move(block);
}

Finding::Parts Finding::parts() const noexcept {
  return {code(), severity(), form(), form_name(), row(), field(), path(), zh(), en(), expected(), found()};
}

bool operator==(const Finding& a, const Finding& b) noexcept {
  if (a.severity_ != b.severity_ || a.present_ != b.present_) return false;
  for (int k = 0; k < Finding::slot_count_; ++k)
    if (a.text(static_cast<Finding::Slot>(k)) != b.text(static_cast<Finding::Slot>(k))) return false;
  return true;
}

}  // namespace jixiao
