// The findings of an audit, collected and then made sharing one block.
#include "finding_collector.hpp"

#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace jixiao::audit_detail {

void FindingCollector::clear() noexcept {
  texts_.clear();
  errors_.clear();
  warnings_.clear();
  infos_.clear();
  writing_ = false;
}

void FindingCollector::add(const Finding::Parts& parts) {
  finish();
  const std::size_t at = texts_.size();
  texts_.resize(at + Finding::block_size(parts, at));
  Record r{};
  r.severity = parts.severity;
  r.present = Finding::write_texts(parts, texts_.data(), at, r.begin);
  list(parts.severity).push_back(r);
}

void FindingCollector::start(Severity s, std::string_view code, std::string_view form, std::string_view form_name,
                             std::string_view row, std::string_view field) {
  finish();
  current_ = Record{};
  current_.severity = s;
  writing_ = true;
  const std::array<std::string_view, 5> place{code, form, form_name, row, field};
  std::size_t size = 0;
  for (const std::string_view t : place) size += t.size() + 1;
  std::size_t at = texts_.size();
  texts_.resize(at + size);  // zero-filled: each text's NUL is there already
  for (std::size_t k = 0; k < place.size(); ++k) {
    current_.begin[k] = static_cast<std::uint32_t>(at);
    if (!place[k].empty()) std::memcpy(texts_.data() + at, place[k].data(), place[k].size());
    at += place[k].size() + 1;
  }
  next_ = static_cast<std::uint8_t>(place.size());
}

char* FindingCollector::reserve(Text t, std::size_t size) {
  static_assert(static_cast<int>(Text::code) == 0 && static_cast<int>(Text::found) + 1 == Finding::slot_count_ &&
                Finding::path_ == static_cast<int>(Text::path) && Finding::zh_ == static_cast<int>(Text::zh) &&
                Finding::expected_ == static_cast<int>(Text::expected));
  const auto slot = static_cast<std::uint8_t>(t);
  if (!writing_ || slot < next_) throw std::logic_error("jixiao audit: a finding's texts written out of order");
  const std::size_t skipped = slot - next_;  // each left empty: a NUL alone
  const std::size_t at = texts_.size();
  texts_.resize(at + skipped + size + 1);  // zero-filled: the NULs are there already
  for (std::size_t k = 0; k < skipped; ++k) current_.begin[next_ + k] = static_cast<std::uint32_t>(at + k);
  current_.begin[slot] = static_cast<std::uint32_t>(at + skipped);
  next_ = static_cast<std::uint8_t>(slot + 1);
  if (slot == Finding::expected_ || slot == Finding::found_) current_.present |= static_cast<std::uint16_t>(1u << slot);
  return texts_.data() + at + skipped;
}

void FindingCollector::finish() {
  if (!writing_) return;
  writing_ = false;
  const std::size_t at = texts_.size();
  const std::size_t left = Finding::slot_count_ - next_;  // each empty (expected and found: absent)
  texts_.resize(at + left);
  for (std::size_t k = 0; k < left; ++k) current_.begin[next_ + k] = static_cast<std::uint32_t>(at + k);
  if (texts_.size() > UINT32_MAX) throw std::length_error("jixiao audit: findings' texts over 4 GiB");
  current_.begin[Finding::slot_count_] = static_cast<std::uint32_t>(texts_.size());
  list(current_.severity).push_back(current_);
}

std::vector<Finding> FindingCollector::take() {
  finish();
  std::vector<Finding> out;
  out.reserve(errors_.size() + warnings_.size() + infos_.size());
  if (!texts_.empty()) {
    std::shared_ptr<char[]> block = std::make_shared_for_overwrite<char[]>(texts_.size());
    std::memcpy(block.get(), texts_.data(), texts_.size());
    const std::shared_ptr<const char[]> shared = std::move(block);
    for (const std::vector<Record>* records : {&errors_, &warnings_, &infos_})
      for (const Record& r : *records) out.push_back(Finding(shared, r.begin, r.present, r.severity));
  }
  // keep no more than a usual audit needs
  if (texts_.capacity() > (1u << 20)) texts_ = std::string();
  for (std::vector<Record>* records : {&errors_, &warnings_, &infos_})
    if (records->capacity() > 1024) *records = std::vector<Record>();
  clear();
  return out;
}

}  // namespace jixiao::audit_detail
