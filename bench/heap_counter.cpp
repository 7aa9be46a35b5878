// jixiao-evaluation-bench: replacement global operator new/delete that can count live heap bytes.
// See heap_counter.hpp.
#include "heap_counter.hpp"

#include <malloc.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace jixiao_bench::heap {

namespace {
bool g_on = false;
std::int64_t g_live = 0;
std::int64_t g_peak = 0;
std::uint64_t g_allocations = 0;
}  // namespace

void start() noexcept {
  g_live = g_peak = 0;
  g_allocations = 0;
  g_on = true;
}
void stop() noexcept { g_on = false; }
std::int64_t live() noexcept { return g_live; }
std::int64_t peak() noexcept { return g_peak; }
void reset_peak() noexcept { g_peak = g_live; }
std::uint64_t allocations() noexcept { return g_allocations; }

namespace {

inline void on_alloc(void* p) noexcept {
  if (g_on) [[unlikely]] {
    g_live += static_cast<std::int64_t>(malloc_usable_size(p));
    g_peak = std::max(g_peak, g_live);
    ++g_allocations;
  }
}
inline void on_free(void* p) noexcept {
  if (g_on && p != nullptr) [[unlikely]]
    g_live -= static_cast<std::int64_t>(malloc_usable_size(p));
}

void* allocate(std::size_t n) {
  if (n == 0) n = 1;
  for (;;) {
    if (void* p = std::malloc(n)) [[likely]] {
      on_alloc(p);
      return p;
    }
    std::new_handler h = std::get_new_handler();
    if (h == nullptr) throw std::bad_alloc();
    h();
  }
}
void* allocate(std::size_t n, std::align_val_t al) {
  if (n == 0) n = 1;
  const auto a = std::max(static_cast<std::size_t>(al), sizeof(void*));
  for (;;) {
    void* p = nullptr;
    if (posix_memalign(&p, a, n) == 0) [[likely]] {
      on_alloc(p);
      return p;
    }
    std::new_handler h = std::get_new_handler();
    if (h == nullptr) throw std::bad_alloc();
    h();
  }
}
void release(void* p) noexcept {
  on_free(p);
  std::free(p);
}

}  // namespace

}  // namespace jixiao_bench::heap

using jixiao_bench::heap::allocate;
using jixiao_bench::heap::release;

void* operator new(std::size_t n) { return allocate(n); }
void* operator new[](std::size_t n) { return allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new(std::size_t n, std::align_val_t al) { return allocate(n, al); }
void* operator new[](std::size_t n, std::align_val_t al) { return allocate(n, al); }
void* operator new(std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept {
  try {
    return allocate(n, al);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept {
  try {
    return allocate(n, al);
  } catch (...) {
    return nullptr;
  }
}

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
