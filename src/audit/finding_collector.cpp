// The findings of an audit, collected and then made sharing one block.
#include "finding_collector.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace jixiao::audit_detail {

void FindingCollector::clear() noexcept {
  size_ = 0;
  errors_.clear();
  warnings_.clear();
  infos_.clear();
  writing_ = false;
}

void FindingCollector::regrow(std::size_t n) {
  if (n > UINT32_MAX - size_) throw std::length_error("jixiao audit: findings' texts over 4 GiB");
  const std::size_t capacity = std::max({2 * capacity_, size_ + n, std::size_t{4096}});
  std::unique_ptr<char[]> texts(new char[capacity]);
  if (size_ > 0) std::memcpy(texts.get(), texts_.get(), size_);
  texts_ = std::move(texts);
  capacity_ = capacity;
}

void FindingCollector::add(const Finding::Parts& parts) {
  finish();
  const std::size_t at = size_;
  grow(Finding::block_size(parts, at));
  Record r{};
  r.severity = parts.severity;
  r.present = Finding::write_texts(parts, texts_.get(), at, r.begin);
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
  char* to = grow(size);
  for (std::size_t k = 0; k < place.size(); ++k) {
    current_.begin[k] = static_cast<std::uint32_t>(to - texts_.get());
    if (!place[k].empty()) std::memcpy(to, place[k].data(), place[k].size());
    to += place[k].size();
    *to++ = '\0';
  }
  next_ = static_cast<std::uint8_t>(place.size());
}

char* FindingCollector::reserve_slow(Text t, std::size_t size) {
  static_assert(static_cast<int>(Text::code) == 0 && static_cast<int>(Text::found) + 1 == Finding::slot_count_ &&
                Finding::path_ == static_cast<int>(Text::path) && Finding::zh_ == static_cast<int>(Text::zh) &&
                Finding::expected_ == static_cast<int>(Text::expected) &&
                Finding::found_ == static_cast<int>(Text::found));
  const auto slot = static_cast<std::uint8_t>(t);
  if (!writing_ || slot < next_) throw std::logic_error("jixiao audit: a finding's texts written out of order");
  const std::size_t skipped = slot - next_;  // each left empty: a NUL alone
  char* to = grow(skipped + size + 1);
  for (std::size_t k = 0; k < skipped; ++k) {
    current_.begin[next_ + k] = static_cast<std::uint32_t>(to - texts_.get());
    *to++ = '\0';
  }
  current_.begin[slot] = static_cast<std::uint32_t>(to - texts_.get());
  to[size] = '\0';
  next_ = static_cast<std::uint8_t>(slot + 1);
  if (t >= Text::expected) current_.present |= static_cast<std::uint16_t>(1u << slot);
  return to;
}

void FindingCollector::finish() {
  if (!writing_) return;
  writing_ = false;
  const std::size_t left = Finding::slot_count_ - next_;  // each empty (expected and found: absent)
  char* to = grow(left);
  for (std::size_t k = 0; k < left; ++k) {
    current_.begin[next_ + k] = static_cast<std::uint32_t>(to - texts_.get());
    *to++ = '\0';
  }
  current_.begin[Finding::slot_count_] = static_cast<std::uint32_t>(size_);
  list(current_.severity).push_back(current_);
}

std::vector<Finding> FindingCollector::take() {
  finish();
  std::vector<Finding> out;
  out.reserve(errors_.size() + warnings_.size() + infos_.size());
  if (size_ > 0) {
    std::shared_ptr<char[]> block = std::make_shared_for_overwrite<char[]>(size_);
    std::memcpy(block.get(), texts_.get(), size_);
    const std::shared_ptr<const char[]> shared = std::move(block);
    for (const std::vector<Record>* records : {&errors_, &warnings_, &infos_})
      for (const Record& r : *records) out.push_back(Finding(shared, r.begin, r.present, r.severity));
  }
  // keep no more than a usual audit needs
  if (capacity_ > (1u << 20)) {
    texts_.reset();
    capacity_ = 0;
  }
  for (std::vector<Record>* records : {&errors_, &warnings_, &infos_})
    if (records->capacity() > 1024) *records = std::vector<Record>();
  clear();
  return out;
}

}  // namespace jixiao::audit_detail
