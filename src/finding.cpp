// A finding's texts in one block of its own.
#include <jixiao/finding.hpp>

#include <cstring>
#include <memory>
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

Finding::Finding(const Parts& p) : severity_(p.severity) {
  const std::array<std::string_view, slot_count_> texts{
      p.code, p.form, p.form_name, p.row, p.field, p.path, p.zh, p.en, p.expected.value_or(std::string_view()),
      p.found.value_or(std::string_view())};
  std::size_t size = 0;
  for (const std::string_view t : texts) size += t.size() + 1;
  if (size > UINT32_MAX) throw std::length_error("jixiao::Finding: texts over 4 GiB");
  std::shared_ptr<char[]> block = std::make_shared_for_overwrite<char[]>(size);
  char* to = block.get();
  for (std::size_t k = 0; k < texts.size(); ++k) {
    begin_[k] = static_cast<std::uint32_t>(to - block.get());
    if (!texts[k].empty()) std::memcpy(to, texts[k].data(), texts[k].size());
    to += texts[k].size();
    *to++ = '\0';
  }
  begin_[slot_count_] = static_cast<std::uint32_t>(size);
  present_ = static_cast<std::uint16_t>((p.expected ? 1u << expected_ : 0u) | (p.found ? 1u << found_ : 0u));
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
