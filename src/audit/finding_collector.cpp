// The findings of an audit, collected and then made sharing one block.
#include "finding_collector.hpp"

#include <algorithm>
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
  start(parts.severity, parts.code, parts.form, parts.form_name, parts.row, parts.field);
  write(Text::path, parts.path);
  write(Text::zh, parts.zh);
  write(Text::en, parts.en);
  if (parts.expected) write(Text::expected, *parts.expected);
  if (parts.found) write(Text::found, *parts.found);
  finish();
}

void FindingCollector::start(Severity s, std::string_view code, std::string_view form, std::string_view form_name,
                             std::string_view row, std::string_view field) {
  finish();
  current_ = Record{};
  current_.severity = s;
  writing_ = true;
  next_ = 0;
  write(Text::code, code);
  write(Text::form, form);
  write(Text::form_name, form_name);
  write(Text::row, row);
  write(Text::field, field);
}

void FindingCollector::skip_to(std::uint8_t slot) {
  char* to = grow(slot - next_);
  for (; next_ < slot; ++next_) {
    current_.begin[next_] = static_cast<std::uint32_t>(to - texts_.get());
    *to++ = '\0';
  }
}

void FindingCollector::prepare(std::uint8_t slot, std::size_t size) {
  static_assert(static_cast<int>(Text::code) == 0 && static_cast<int>(Text::found) + 1 == Finding::slot_count_ &&
                Finding::path_ == static_cast<int>(Text::path) && Finding::zh_ == static_cast<int>(Text::zh) &&
                Finding::expected_ == static_cast<int>(Text::expected) &&
                Finding::found_ == static_cast<int>(Text::found));
  if (!writing_ || slot < next_) throw std::logic_error("jixiao audit: a finding's texts written out of order");
  skip_to(slot);  // the texts before it not written: empty (expected: absent)
  if (size >= capacity_ - size_) regrow(size + 1);
}

void FindingCollector::finish() {
  if (!writing_) return;
  writing_ = false;
  skip_to(Finding::slot_count_);  // the texts not written: empty (expected, found: absent)
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
